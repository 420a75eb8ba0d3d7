//! Compiles the Python standard library gilpy ships at build time, as CPython freezes its
//! start-up modules (`Programs/_freeze_module.c`): each module of `src/stdlib_modules.rs` becomes
//! a serialized code object in `OUT_DIR`, and `frozen.rs` there is the table `stdlib.rs` embeds
//! (name, source and code of each). A file that does not compile fails the build.

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
    let modules = stdlib_modules::MODULE_FILES.iter().map(|(name, file)| {
        let path = manifest.join("src/stdlib").join(file);
        (name.to_string(), path, format!("<frozen {name}>"))
    });
    write_table(modules, &out, "frozen");
}

/// Freeze each (name, path, filename) and write the table of them to `out/TABLE.rs`; exit with
/// the compiler's messages if any fails.
fn write_table(files: impl Iterator<Item = (String, PathBuf, String)>, out: &Path, table: &str) {
    let table_name = format!("{table}.rs");
    let mut rows = String::from("&[\n");
    let mut failed = false;
    for (name, path, filename) in files {
        let dest = out.join(format!("{table}-{name}.gpyc"));
        match freeze(&path, &filename, &dest) {
            Ok(code) => {
                let _ = writeln!(
                    rows,
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
    rows.push_str("]\n");
    if let Err(e) = std::fs::write(out.join(&table_name), rows) {
        eprintln!("error: cannot write {table_name}: {e}");
        std::process::exit(1);
    }
}

/// Compile `path` as `filename` and write its code object to `dest`; `dest` again.
fn freeze(path: &Path, filename: &str, dest: &Path) -> Result<PathBuf, String> {
    let source = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let code = gilpy_compiler::compile_source(&source, filename, Mode::Exec).map_err(|e| {
        format!(
            "{}:{}:{}: {:?}: {}",
            path.display(),
            e.lineno,
            e.offset,
            e.kind,
            e.msg
        )
    })?;
    std::fs::write(dest, code.to_bytes())
        .map_err(|e| format!("cannot write {}: {e}", dest.display()))?;
    Ok(dest.to_path_buf())
}
