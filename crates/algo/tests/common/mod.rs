//! Readers for the oracle files in tests/data (written by oracle.py via regen.sh).
#![allow(dead_code)]

/// The rows of a tab-separated oracle file.
pub fn rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines().map(|line| line.split('\t').collect())
}

/// Bytes from hex text.
pub fn unhex_bytes(hex: &str) -> Vec<u8> {
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex"))
        .collect()
}

/// A string from hex-encoded UTF-8.
pub fn unhex(hex: &str) -> String {
    String::from_utf8(unhex_bytes(hex)).expect("utf-8")
}

/// A float from its bit pattern in hex.
pub fn float(bits: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(bits, 16).expect("bits"))
}

/// A float's bits in hex, for comparing results (NaNs compare by pattern).
pub fn bits(x: f64) -> String {
    format!("{:016x}", x.to_bits())
}

/// An oracle result field: `Ok(text)` from "ok:..." or `Err(message)` from "err:<hex>".
pub fn expected(field: &str) -> Result<&str, String> {
    match field.split_once(':') {
        Some(("ok", value)) => Ok(value),
        Some(("err", message)) => Err(unhex(message)),
        _ => panic!("bad result field {field}"),
    }
}
