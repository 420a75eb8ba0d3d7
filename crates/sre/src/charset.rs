//! Character classes, the `\d \w \s` categories and IGNORECASE folding, for str patterns
//! (Unicode, or ASCII under `re.A`) and bytes patterns (ASCII). Counterpart of the charset
//! and category code of CPython's `Modules/_sre/sre.c` and `sre_lib.h`.

use gilpy_algo::unicode;

/// `\d`, `\w`, `\s` and their negations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Digit,
    NotDigit,
    Word,
    NotWord,
    Space,
    NotSpace,
}

/// One member of a class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    Char(u32),
    Range(u32, u32),
    Category(Category),
}

/// A character class: its members, whether it is negated, and the flags it was written under.
#[derive(Clone, Debug)]
pub struct Class {
    pub items: Vec<Item>,
    pub negated: bool,
    /// IGNORECASE was in force.
    pub fold: bool,
    /// ASCII semantics for categories and folding (`re.A`, or a bytes pattern).
    pub ascii: bool,
}

impl Class {
    /// Whether `c` is matched by this class.
    pub fn matches(&self, c: u32) -> bool {
        let hit = self.contains(c) || (self.fold && self.contains_folded(c));
        hit != self.negated
    }

    fn contains(&self, c: u32) -> bool {
        self.items.iter().any(|it| match *it {
            Item::Char(x) => x == c,
            Item::Range(lo, hi) => lo <= c && c <= hi,
            Item::Category(cat) => in_category(cat, c, self.ascii),
        })
    }

    fn contains_folded(&self, c: u32) -> bool {
        if self.ascii {
            return [ascii_lower(c), ascii_upper(c)]
                .iter()
                .any(|&v| v != c && self.contains(v));
        }
        case_variants(c)
            .into_iter()
            .any(|v| v != c && self.contains(v))
    }
}

/// Whether `c` is in a category, with ASCII or Unicode definitions.
pub fn in_category(cat: Category, c: u32, ascii: bool) -> bool {
    match cat {
        Category::Digit => is_digit(c, ascii),
        Category::NotDigit => !is_digit(c, ascii),
        Category::Word => is_word(c, ascii),
        Category::NotWord => !is_word(c, ascii),
        Category::Space => is_space(c, ascii),
        Category::NotSpace => !is_space(c, ascii),
    }
}

fn is_digit(c: u32, ascii: bool) -> bool {
    if ascii || c < 128 {
        return (b'0' as u32..=b'9' as u32).contains(&c);
    }
    char::from_u32(c).is_some_and(unicode::is_decimal)
}

/// A word character: alphanumeric or underscore (`\w`, and what `\b` looks for).
pub fn is_word(c: u32, ascii: bool) -> bool {
    if ascii || c < 128 {
        return c < 128 && (c as u8 == b'_' || (c as u8).is_ascii_alphanumeric());
    }
    char::from_u32(c).is_some_and(unicode::is_alnum)
}

fn is_space(c: u32, ascii: bool) -> bool {
    if ascii {
        return matches!(c, 9..=13 | 32);
    }
    char::from_u32(c).is_some_and(unicode::is_space)
}

fn ascii_lower(c: u32) -> u32 {
    if (b'A' as u32..=b'Z' as u32).contains(&c) {
        c + 32
    } else {
        c
    }
}

fn ascii_upper(c: u32) -> u32 {
    if (b'a' as u32..=b'z' as u32).contains(&c) {
        c - 32
    } else {
        c
    }
}

/// The simple (one character) lowercase mapping.
fn simple_lower(c: u32) -> u32 {
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    if ch == '\u{130}' {
        return 'i' as u32;
    }
    let mut it = ch.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l as u32,
        _ => c,
    }
}

/// The simple (one character) uppercase mapping.
fn simple_upper(c: u32) -> u32 {
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut it = ch.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u as u32,
        _ => c,
    }
}

/// Lowercase characters that IGNORECASE treats as equal although lowercasing does not
/// unite them (dotless i, long s, the Greek symbol forms, ...).
const EQUIVALENCES: &[&[u32]] = &[
    &[0x69, 0x131],
    &[0x73, 0x17f],
    &[0xb5, 0x3bc],
    &[0x345, 0x3b9, 0x1fbe],
    &[0x390, 0x1fd3],
    &[0x3b0, 0x1fe3],
    &[0x3b2, 0x3d0],
    &[0x3b5, 0x3f5],
    &[0x3b8, 0x3d1],
    &[0x3ba, 0x3f0],
    &[0x3c0, 0x3d6],
    &[0x3c1, 0x3f1],
    &[0x3c2, 0x3c3],
    &[0x3c6, 0x3d5],
    &[0x1e61, 0x1e9b],
    &[0xfb05, 0xfb06],
];

fn equivalents(lower: u32) -> &'static [u32] {
    EQUIVALENCES
        .iter()
        .find(|set| set.contains(&lower))
        .copied()
        .unwrap_or(&[])
}

/// The key two characters share when IGNORECASE treats them as equal.
pub fn fold(c: u32, ascii: bool) -> u32 {
    if ascii {
        return ascii_lower(c);
    }
    let l = simple_lower(c);
    equivalents(l).first().copied().unwrap_or(l)
}

/// The characters a class test tries for `c` under Unicode IGNORECASE.
fn case_variants(c: u32) -> Vec<u32> {
    let l = simple_lower(c);
    let mut out = vec![l, simple_upper(c), simple_upper(l)];
    for &e in equivalents(l) {
        out.push(e);
        out.push(simple_upper(e));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_unites_cases_and_equivalences() {
        assert_eq!(fold('A' as u32, false), fold('a' as u32, false));
        assert_eq!(fold(0x17f, false), fold('S' as u32, false));
        assert_eq!(fold(0x212a, false), fold('k' as u32, false));
        assert_ne!(fold(0x17f, true), fold('s' as u32, true));
    }

    #[test]
    fn classes_test_categories_and_ranges() {
        let c = Class {
            items: vec![
                Item::Range('a' as u32, 'f' as u32),
                Item::Category(Category::Digit),
            ],
            negated: false,
            fold: true,
            ascii: false,
        };
        assert!(c.matches('C' as u32) && c.matches('7' as u32) && c.matches(0x663));
        assert!(!c.matches('g' as u32));
    }
}
