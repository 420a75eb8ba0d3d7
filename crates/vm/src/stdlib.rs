//! Standard-library modules written in Python and compiled into the binary (as CPython's
//! frozen modules): the source of each, by module name; dotted names are submodules of a
//! shipped package.

/// The embedded source of module `name`, if gilpy ships it.
pub fn source(name: &str) -> Option<&'static str> {
    MODULES.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// Whether stdlib module `name` is a package (some shipped module is named `name.*`).
pub fn is_package(name: &str) -> bool {
    MODULES.iter().any(|(n, _)| {
        n.strip_prefix(name)
            .is_some_and(|rest| rest.starts_with('.'))
    })
}

const MODULES: &[(&str, &str)] = &[
    ("threading", include_str!("stdlib/threading.py")),
    ("queue", include_str!("stdlib/queue.py")),
    ("concurrent", include_str!("stdlib/concurrent/__init__.py")),
    (
        "concurrent.futures",
        include_str!("stdlib/concurrent/futures.py"),
    ),
];
