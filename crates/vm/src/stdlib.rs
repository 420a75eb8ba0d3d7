//! Standard-library modules written in Python and compiled into the binary (as CPython's
//! frozen modules): the source of each, by module name.

/// The embedded source of module `name`, if gilpy ships it.
pub fn source(name: &str) -> Option<&'static str> {
    MODULES.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

const MODULES: &[(&str, &str)] = &[
    ("errno", include_str!("stdlib/errno.py")),
    ("io", include_str!("stdlib/io.py")),
    ("os", include_str!("stdlib/os.py")),
    ("posixpath", include_str!("stdlib/posixpath.py")),
];
