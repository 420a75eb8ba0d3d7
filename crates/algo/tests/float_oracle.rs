//! Float repr, round, parsing and hex against CPython 3.11's outputs.
mod common;

use common::{bits, expected, float, rows, unhex};
use gilpy_algo::{float_parse, float_repr};

#[test]
fn repr_matches() {
    for row in rows(include_str!("data/float_repr.tsv")) {
        assert_eq!(float_repr::repr(float(row[0])), row[1], "bits {}", row[0]);
    }
}

#[test]
fn round_matches() {
    for row in rows(include_str!("data/float_round.tsv")) {
        let x = float(row[0]);
        let nd: i64 = row[1].parse().unwrap();
        let got =
            float_repr::round(x, nd).map(|r| if r.is_nan() { bits(f64::NAN) } else { bits(r) });
        let want = expected(row[2]).map(|b| {
            if float(b).is_nan() {
                bits(f64::NAN)
            } else {
                b.to_string()
            }
        });
        assert_eq!(got, want, "round({x:?}, {nd})");
    }
}

#[test]
fn parse_matches() {
    for row in rows(include_str!("data/float_parse.tsv")) {
        let text = unhex(row[0]);
        let got = float_parse::parse_float(&text)
            .map(|x| if x.is_nan() { "nan".into() } else { bits(x) });
        let want = expected(row[1]).ok().map(|b| {
            if float(b).is_nan() {
                "nan".into()
            } else {
                b.to_string()
            }
        });
        assert_eq!(got, want, "float({text:?})");
    }
}

#[test]
fn hex_matches() {
    for row in rows(include_str!("data/float_hex.tsv")) {
        assert_eq!(float_repr::to_hex(float(row[0])), row[1]);
    }
    for row in rows(include_str!("data/float_fromhex.tsv")) {
        let text = unhex(row[0]);
        let got =
            float_parse::from_hex(&text).map(|x| if x.is_nan() { "nan".into() } else { bits(x) });
        let want = expected(row[1]).map(|b| {
            if float(b).is_nan() {
                "nan".into()
            } else {
                b.to_string()
            }
        });
        assert_eq!(got, want, "fromhex({text:?})");
    }
}
