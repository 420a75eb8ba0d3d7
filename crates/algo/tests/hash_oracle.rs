//! Hashes against CPython 3.11's with PYTHONHASHSEED=0.
mod common;

use common::{float, rows, unhex, unhex_bytes};
use gilpy_algo::hash;
use num_bigint::BigInt;

fn parse_ints(text: &str) -> Vec<i64> {
    text.trim_matches(|c| c == '(' || c == ')')
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap())
        .collect()
}

#[test]
fn hashes_match() {
    for row in rows(include_str!("data/hash.tsv")) {
        let want: i64 = row[2].parse().unwrap();
        let got = match row[0] {
            "int" => {
                let n: BigInt = row[1].parse().unwrap();
                if let Ok(small) = i64::try_from(&n) {
                    assert_eq!(hash::hash_i64(small), want, "hash_i64({small})");
                }
                hash::hash_int(&n)
            }
            "float" => hash::hash_f64(float(row[1])),
            "str" => hash::hash_str(&unhex(row[1])),
            "bytes" => hash::hash_bytes(&unhex_bytes(row[1])),
            "tuple" => {
                let inner = row[1].replace("((1, 2), 3)", "");
                if inner.is_empty() {
                    hash::hash_tuple(&[hash::hash_tuple(&[1, 2]), 3])
                } else {
                    let items: Vec<i64> =
                        parse_ints(row[1]).into_iter().map(hash::hash_i64).collect();
                    hash::hash_tuple(&items)
                }
            }
            "frozenset" => hash::hash_frozenset(parse_ints(row[1]).into_iter().map(hash::hash_i64)),
            "complex" => {
                let (re, im) = row[1].split_once(',').unwrap();
                hash::hash_complex(hash::hash_f64(float(re)), hash::hash_f64(float(im)))
            }
            kind => panic!("unknown kind {kind}"),
        };
        assert_eq!(got, want, "{} {}", row[0], row[1]);
    }
}
