//! Standard-library modules written in Python and compiled into the binary (as CPython's
//! frozen modules, `Python/frozen.c`): `build.rs` compiles each at build time, and the binary
//! embeds its source (for tracebacks and `inspect`) and its serialized code object. Dotted
//! names are submodules of a shipped package.

use crate::object::Value;
use crate::vm::{PyResult, Vm};
use gilpy_bytecode::{CodeObject, DecodeError};

/// One shipped module.
struct Frozen {
    name: &'static str,
    source: &'static str,
    /// The code object of the module body, as `CodeObject::to_bytes` wrote it.
    code: &'static [u8],
}

const MODULES: &[Frozen] = include!(concat!(env!("OUT_DIR"), "/frozen.rs"));

/// Start-up code that is not an importable module (`STARTUP_FILES` of `stdlib_modules.rs`).
const STARTUP: &[Frozen] = include!(concat!(env!("OUT_DIR"), "/startup.rs"));

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

/// Run the start-up code `key` (`"sys_info"`, `"site"`) with `ns` as its globals and locals.
pub fn run_startup(vm: &Vm, key: &str, ns: Value) -> PyResult<()> {
    let frozen = STARTUP.iter().find(|m| m.name == key);
    let co = frozen
        .ok_or_else(|| format!("no start-up code named {key}"))
        .and_then(|m| CodeObject::from_bytes(m.code).map_err(|e| e.to_string()))
        .map_err(|e| vm.runtime_error(format!("start-up code {key}: {e}")))?;
    let code = crate::objects::function_ops::load_code(vm, co)?;
    crate::run::run_code(vm, code, ns.clone(), ns).map(drop)
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
        let startup = crate::stdlib_modules::STARTUP_FILES
            .iter()
            .map(|s| s.2.to_owned());
        let filenames = super::MODULES
            .iter()
            .map(|m| format!("<frozen {}>", m.name))
            .chain(startup);
        for (m, filename) in super::MODULES.iter().chain(super::STARTUP).zip(filenames) {
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
