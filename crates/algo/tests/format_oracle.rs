//! `format(value, spec)` for floats, ints and strs against CPython 3.11.
mod common;

use common::{expected, float, rows, unhex};
use gilpy_algo::format_spec;
use num_bigint::BigInt;

fn check(got: Result<String, format_spec::FormatError>, want_field: &str, what: &str) {
    let got = got.map_err(|e| e.message().to_string());
    let want = expected(want_field).map(unhex);
    assert_eq!(got, want, "{what}");
}

#[test]
fn floats() {
    for row in rows(include_str!("data/float_format.tsv")) {
        let x = float(row[0]);
        let spec = unhex(row[1]);
        check(
            format_spec::format_float(x, &spec),
            row[2],
            &format!("format({x:?}, {spec:?})"),
        );
    }
}

#[test]
fn ints() {
    for row in rows(include_str!("data/int_format.tsv")) {
        let n: BigInt = row[0].parse().unwrap();
        let spec = unhex(row[1]);
        check(
            format_spec::format_int(&n, &spec),
            row[2],
            &format!("format({n}, {spec:?})"),
        );
    }
}

#[test]
fn strs() {
    for row in rows(include_str!("data/str_format.tsv")) {
        let s = unhex(row[0]);
        let spec = unhex(row[1]);
        check(
            format_spec::format_str(&s, &spec),
            row[2],
            &format!("format({s:?}, {spec:?})"),
        );
    }
}
