//! Link options of the `gilpy` executable. Counterpart of the `LDFLAGS` of CPython's build.
//!
//! The executable is linked at a fixed address (`-no-pie`): a position-independent executable
//! makes the dynamic loader apply about 5,000 relative relocations at every start and
//! copy-on-write every page of vtables and tables that holds an address. Fixed, `gilpy -c pass`
//! takes about 20% less CPU time (2.05 → 1.64 ms, `perf stat -r 100`) and 25 fewer page faults.
//!
//! It is also linked statically against the C library where the static archives are installed:
//! no dynamic loader runs (mapping libc, libm and libgcc_s, resolving about 290 symbols), which
//! is 0.34 M of the 2.06 M instructions of `gilpy -c pass`, 45 of its 280 page faults and about
//! 0.3 ms of CPU time. Rust links its C libraries dynamically on `*-linux-gnu` unless every
//! crate is built with `+crt-static`, which proc-macro crates (the test harness's `clap`)
//! cannot be; so the executable's link finds, ahead of the system's, a `libc.so`, `libm.so`
//! and `libgcc_s.so` that are linker scripts naming the static archives, and `-static` makes
//! the link static. Name lookups (`getaddrinfo`) still load glibc's NSS modules when the
//! configuration asks for them, as a static glibc does. A build for valgrind's memcheck (the
//! `system-allocator` feature) stays dynamic: memcheck replaces malloc through the dynamic
//! loader.
//! Only the executable is affected (the objects stay position-independent; tests link as before).

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("linux") {
        return;
    }
    println!("cargo:rustc-link-arg-bins=-no-pie");
    let memcheck = std::env::var_os("CARGO_FEATURE_SYSTEM_ALLOCATOR").is_some();
    let gnu = std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu");
    if gnu
        && !memcheck
        && let Some(dir) = static_shims()
    {
        println!("cargo:rustc-link-arg-bins=-L{}", dir.display());
        println!("cargo:rustc-link-arg-bins=-static");
    }
}

/// The shared libraries rustc asks for, each replaced by a linker script naming its static
/// archive; `None` when an archive is not installed (the link stays dynamic).
fn static_shims() -> Option<PathBuf> {
    let dir = PathBuf::from(std::env::var_os("OUT_DIR")?).join("static-libc");
    std::fs::create_dir_all(&dir).ok()?;
    for (shared, archive) in [
        ("libc.so", "libc.a"),
        ("libm.so", "libm.a"),
        ("libgcc_s.so", "libgcc_eh.a"),
    ] {
        let path = archive_path(archive)?;
        std::fs::write(dir.join(shared), format!("INPUT({})\n", path.display())).ok()?;
    }
    Some(dir)
}

/// Where the C compiler finds `archive`, if it is installed.
fn archive_path(archive: &str) -> Option<PathBuf> {
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let out = Command::new(cc)
        .arg(format!("-print-file-name={archive}"))
        .output()
        .ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    let path = Path::new(text.trim());
    // The compiler echoes the bare name back when it does not find the file.
    (path.is_absolute() && path.is_file()).then(|| path.to_path_buf())
}
