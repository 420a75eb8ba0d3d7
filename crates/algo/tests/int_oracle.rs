//! `int(str, base)` against CPython 3.11.
mod common;

use common::{expected, rows, unhex};
use gilpy_algo::int_text;

#[test]
fn parse_matches() {
    for row in rows(include_str!("data/int_parse.tsv")) {
        let text = unhex(row[0]);
        let base: u32 = row[1].parse::<i64>().unwrap().try_into().unwrap_or(1);
        let got = int_text::parse_int(&text, base, int_text::DEFAULT_MAX_STR_DIGITS)
            .map(|n| int_text::to_radix(&n, 16, true))
            .map_err(|e| e.message());
        let want = expected(row[2]).map(str::to_string);
        assert_eq!(got, want, "int({text:?}, {base})");
    }
}

#[test]
fn decimal_limit() {
    let big = num_bigint::BigInt::from(10).pow(4300);
    assert_eq!(
        int_text::to_decimal(&big, 4300),
        Err(int_text::too_many_digits_message(4300))
    );
    let ok = num_bigint::BigInt::from(10).pow(4299);
    assert_eq!(int_text::to_decimal(&ok, 4300).map(|s| s.len()), Ok(4300));
}
