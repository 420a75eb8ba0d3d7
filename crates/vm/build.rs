//! Compiles the Python standard library gilpy ships at build time, as CPython freezes its
//! start-up modules (`Programs/_freeze_module.c`): each module of `src/stdlib_modules.rs` becomes
//! a serialized code object in `OUT_DIR`, and `frozen.rs` there is the table `stdlib.rs` embeds
//! (name, source and code of each). A module that does not compile fails the build.

use gilpy_syntax::Mode;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[path = "src/stdlib_modules.rs"]
mod stdlib_modules;

fn main() {
    println!("cargo:rerun-if-changed=src/stdlib");
    println!("cargo:rerun-if-changed=src/stdlib_modules.rs");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let mut table = String::from("&[\n");
    let mut failed = false;
    for (name, file) in stdlib_modules::MODULE_FILES {
        let path = manifest.join("src/stdlib").join(file);
        match freeze(name, &path, &out) {
            Ok(code) => {
                let _ = writeln!(
                    table,
                    "    Frozen {{ name: {name:?}, source: include_str!({:?}), code: \
                     include_bytes!({:?}) }},",
                    path.display().to_string(),
                    code.display().to_string()
                );
            }
            Err(msg) => {
                eprintln!("error: {msg}");
                failed = true;
            }
        }
    }
    if failed {
        std::process::exit(1);
    }
    table.push_str("]\n");
    if let Err(e) = std::fs::write(out.join("frozen.rs"), table) {
        eprintln!("error: cannot write frozen.rs: {e}");
        std::process::exit(1);
    }
}

/// Compile module `name` from `path` and write its code object; the written file's path.
fn freeze(name: &str, path: &Path, out: &Path) -> Result<PathBuf, String> {
    let source = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let code = gilpy_compiler::compile_source(&source, &format!("<frozen {name}>"), Mode::Exec)
        .map_err(|e| {
            format!(
                "{}:{}:{}: {:?}: {}",
                path.display(),
                e.lineno,
                e.offset,
                e.kind,
                e.msg
            )
        })?;
    let dest = out.join(format!("{name}.gpyc"));
    std::fs::write(&dest, code.to_bytes())
        .map_err(|e| format!("cannot write {}: {e}", dest.display()))?;
    Ok(dest)
}
