//! str repr and the Unicode classifications and case mappings against CPython 3.11.
mod common;

use common::{rows, unhex, unhex_bytes};
use gilpy_algo::unicode as u;

fn char_flags(c: char) -> String {
    let tests: [bool; 10] = [
        u::is_alpha(c),
        u::is_digit(c),
        u::is_decimal(c),
        u::is_numeric(c),
        u::is_space(c),
        u::is_printable(c),
        u::str_is_upper(c.encode_utf8(&mut [0; 4])),
        u::str_is_lower(c.encode_utf8(&mut [0; 4])),
        u::str_is_title(c.encode_utf8(&mut [0; 4])),
        u::is_identifier(c.encode_utf8(&mut [0; 4])),
    ];
    tests.iter().map(|&t| if t { '1' } else { '0' }).collect()
}

#[test]
fn every_code_point_classifies_as_python() {
    let runs: Vec<(u32, String)> = rows(include_str!("data/unicode_flags.tsv"))
        .map(|r| (u32::from_str_radix(r[0], 16).unwrap(), r[1].to_string()))
        .collect();
    for (i, (start, flags)) in runs.iter().enumerate() {
        let end = runs.get(i + 1).map_or(0x110000, |r| r.0);
        for cp in *start..end {
            if let Some(c) = char::from_u32(cp) {
                assert_eq!(&char_flags(c), flags, "U+{cp:04X}");
            }
        }
    }
}

#[test]
fn every_case_mapping_as_python() {
    let table: Vec<Vec<&str>> = rows(include_str!("data/unicode_case.tsv")).collect();
    let mut mapped = std::collections::HashSet::new();
    for row in &table {
        let c = char::from_u32(u32::from_str_radix(row[0], 16).unwrap()).unwrap();
        mapped.insert(c);
        let s = c.to_string();
        assert_eq!(u::upper(&s), unhex(row[1]), "upper U+{}", row[0]);
        assert_eq!(u::lower(&s), unhex(row[2]), "lower U+{}", row[0]);
        assert_eq!(u::title(&s), unhex(row[3]), "title U+{}", row[0]);
        assert_eq!(u::casefold(&s), unhex(row[4]), "casefold U+{}", row[0]);
    }
    for c in (0..0x110000u32)
        .filter_map(char::from_u32)
        .filter(|c| !mapped.contains(c))
    {
        let s = c.to_string();
        assert_eq!(u::upper(&s), s, "upper U+{:04X}", c as u32);
        assert_eq!(u::lower(&s), s, "lower U+{:04X}", c as u32);
    }
}

#[test]
fn strings_as_python() {
    for row in rows(include_str!("data/unicode_str.tsv")) {
        let s = unhex(row[0]);
        assert_eq!(u::str_repr(&s), unhex(row[1]), "repr {s:?}");
        assert_eq!(u::ascii(&s), unhex(row[2]), "ascii {s:?}");
        assert_eq!(u::upper(&s), unhex(row[3]), "upper {s:?}");
        assert_eq!(u::lower(&s), unhex(row[4]), "lower {s:?}");
        assert_eq!(u::casefold(&s), unhex(row[5]), "casefold {s:?}");
        assert_eq!(u::title(&s), unhex(row[6]), "title {s:?}");
        assert_eq!(u::capitalize(&s), unhex(row[7]), "capitalize {s:?}");
        assert_eq!(u::swapcase(&s), unhex(row[8]), "swapcase {s:?}");
        let flags: String = [
            u::str_all(&s, u::is_alpha),
            u::str_all(&s, u::is_digit),
            u::str_all(&s, u::is_decimal),
            u::str_all(&s, u::is_numeric),
            u::str_all(&s, u::is_space),
            u::str_is_printable(&s),
            u::str_is_upper(&s),
            u::str_is_lower(&s),
            u::str_is_title(&s),
            u::is_identifier(&s),
            u::str_all(&s, u::is_alnum),
        ]
        .iter()
        .map(|&t| if t { '1' } else { '0' })
        .collect();
        assert_eq!(flags, row[9], "flags {s:?}");
    }
}

#[test]
fn bytes_reprs_as_python() {
    for row in rows(include_str!("data/bytes_repr.tsv")) {
        assert_eq!(u::bytes_repr(&unhex_bytes(row[0])), unhex(row[1]));
    }
}
