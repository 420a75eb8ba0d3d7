//! Standard-library modules written in Python and compiled into the binary (as CPython's
//! frozen modules): the source of each, by module name.

/// The embedded source of module `name`, if gilpy ships it.
pub fn source(name: &str) -> Option<&'static str> {
    MODULES.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

const MODULES: &[(&str, &str)] = &[];
