//! Standard-library modules written in Python and compiled into the binary (as CPython's
//! frozen modules, `Python/frozen.c`): `build.rs` compiles each at build time, and the binary
//! embeds its source (for tracebacks and `inspect`) and its serialized code object. Dotted
//! names are submodules of a shipped package.

use gilpy_bytecode::{CodeObject, DecodeError};

/// One shipped module.
struct Frozen {
    name: &'static str,
    source: &'static str,
    /// The code object of the module body, as `CodeObject::to_bytes` wrote it.
    code: &'static [u8],
}

const MODULES: &[Frozen] = include!(concat!(env!("OUT_DIR"), "/frozen.rs"));

fn find(name: &str) -> Option<&'static Frozen> {
    MODULES.iter().find(|m| m.name == name)
}

/// The embedded source of module `name`, if gilpy ships it.
pub fn source(name: &str) -> Option<&'static str> {
    find(name).map(|m| m.source)
}

/// The compiled body of module `name`, if gilpy ships it (its filename is `<frozen NAME>`).
pub fn code(name: &str) -> Option<Result<CodeObject, DecodeError>> {
    find(name).map(|m| CodeObject::from_bytes(m.code))
}

/// Whether stdlib module `name` is a package (some shipped module is named `name.*`).
pub fn is_package(name: &str) -> bool {
    MODULES.iter().any(|m| {
        m.name
            .strip_prefix(name)
            .is_some_and(|rest| rest.starts_with('.'))
    })
}

#[cfg(test)]
mod tests {
    use gilpy_bytecode::CodeObject;

    /// The build-time compile and its serialization give exactly what compiling now gives.
    #[test]
    fn frozen_code_equals_a_fresh_compile() {
        for m in super::MODULES {
            let filename = format!("<frozen {}>", m.name);
            let fresh =
                gilpy_compiler::compile_source(m.source, &filename, gilpy_syntax::Mode::Exec);
            let frozen = CodeObject::from_bytes(m.code).map_err(|e| e.to_string());
            assert_eq!(frozen, Ok(fresh.expect("stdlib compiles")), "{}", m.name);
        }
    }

    #[test]
    fn every_module_is_frozen() {
        assert_eq!(
            super::MODULES.len(),
            crate::stdlib_modules::MODULE_FILES.len()
        );
        assert!(super::is_package("asyncio") && !super::is_package("re"));
    }
}
