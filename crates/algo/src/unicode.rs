//! What `str` methods need from Unicode, as CPython 3.11 (Unicode 14.0) answers it.
//! Counterpart of Objects/unicodectype.c and the `is*` methods of Objects/unicodeobject.c.
//!
//! Categories come from `unicode-general-category` 0.5 (Unicode 14.0, as CPython 3.11);
//! case mappings from Rust's std, corrected to Unicode 14 by [`tables`]; identifiers from
//! `unicode-ident` (a newer Unicode, restricted to characters assigned in Unicode 14).

mod case;
mod repr;
mod tables;

pub use case::{capitalize, casefold, lower, swapcase, title, upper};
pub use repr::{ascii, bytes_repr, str_repr, write_str_repr};

use unicode_general_category::{GeneralCategory, get_general_category};

/// The Unicode 14 general category of `c`.
pub fn category(c: char) -> GeneralCategory {
    get_general_category(c)
}

/// Whether `c` lies in one of the sorted inclusive ranges.
fn in_ranges(ranges: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// `str.isspace` for one character: bidirectional class WS, B or S, or category Zs.
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..='\x1f'
            | ' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// `str.isprintable` for one character: not Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than space.
pub fn is_printable(c: char) -> bool {
    use GeneralCategory as G;
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !matches!(
        category(c),
        G::Control
            | G::Format
            | G::Surrogate
            | G::PrivateUse
            | G::Unassigned
            | G::LineSeparator
            | G::ParagraphSeparator
            | G::SpaceSeparator
    )
}

/// `str.isalpha` for one character: categories Lu, Ll, Lt, Lm, Lo.
pub fn is_alpha(c: char) -> bool {
    use GeneralCategory as G;
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    matches!(
        category(c),
        G::UppercaseLetter
            | G::LowercaseLetter
            | G::TitlecaseLetter
            | G::ModifierLetter
            | G::OtherLetter
    )
}

/// `str.isdecimal` for one character: category Nd.
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    category(c) == GeneralCategory::DecimalNumber
}

/// The value of a decimal digit (category Nd) of any script, as `int()` and `float()` read it.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    if !is_decimal(c) {
        return None;
    }
    // Every run of Nd characters is made of whole blocks of ten, zero first.
    let mut start = c as u32;
    while let Some(prev) = start.checked_sub(1).and_then(char::from_u32) {
        if !is_decimal(prev) {
            break;
        }
        start -= 1;
    }
    Some((c as u32 - start) % 10)
}

/// `str.isdigit` for one character: decimals and other digits such as superscripts.
pub fn is_digit(c: char) -> bool {
    is_decimal(c) || in_ranges(tables::DIGIT_NOT_DECIMAL, c)
}

/// `str.isnumeric` for one character: categories Nd, Nl, No and numeric ideographs.
pub fn is_numeric(c: char) -> bool {
    use GeneralCategory as G;
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    matches!(
        category(c),
        G::DecimalNumber | G::LetterNumber | G::OtherNumber
    ) || in_ranges(tables::NUMERIC_NOT_N, c)
}

/// `str.isalnum` for one character.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// Whether `c` was assigned in Unicode 14.
fn is_assigned(c: char) -> bool {
    c.is_ascii() || category(c) != GeneralCategory::Unassigned
}

/// `str.isidentifier`: XID_Start or `_`, then XID_Continue characters; not empty.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    (first == '_' || (unicode_ident::is_xid_start(first) && is_assigned(first)))
        && chars.all(|c| unicode_ident::is_xid_continue(c) && is_assigned(c))
}

/// The derived Uppercase property, as `isupper` tests it.
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    match case::as_of_14(c) {
        Some(entry) => entry.3,
        None => is_assigned(c) && c.is_uppercase(),
    }
}

/// The derived Lowercase property, as `islower` tests it.
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    match case::as_of_14(c) {
        Some(entry) => entry.4,
        None => is_assigned(c) && c.is_lowercase(),
    }
}

/// Category Lt.
pub fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && category(c) == GeneralCategory::TitlecaseLetter
}

/// The derived Cased property: Uppercase, Lowercase or Lt.
pub fn is_cased(c: char) -> bool {
    is_upper(c) || is_lower(c) || is_titlecase(c)
}

/// The derived Case_Ignorable property (used for the final sigma).
pub fn is_case_ignorable(c: char) -> bool {
    use GeneralCategory as G;
    matches!(
        c,
        '\'' | '.'
            | ':'
            | '\u{b7}'
            | '\u{387}'
            | '\u{55f}'
            | '\u{5f4}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2024}'
            | '\u{2027}'
            | '\u{fe13}'
            | '\u{fe52}'
            | '\u{fe55}'
            | '\u{ff07}'
            | '\u{ff0e}'
            | '\u{ff1a}'
    ) || matches!(
        category(c),
        G::NonspacingMark | G::EnclosingMark | G::Format | G::ModifierLetter | G::ModifierSymbol
    )
}

/// `str.isupper`: some cased character, and none lowercase or titlecase.
pub fn str_is_upper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_titlecase(c) {
            return false;
        }
        cased |= is_upper(c);
    }
    cased
}

/// `str.islower`: some cased character, and none uppercase or titlecase.
pub fn str_is_lower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

/// `str.istitle`: uppercase/titlecase only after uncased, lowercase only after cased.
pub fn str_is_title(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// Applies a per-character test as `str.isalpha` and friends do: false for `""`.
pub fn str_all(s: &str, test: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(test)
}

/// `str.isprintable`: true for `""`.
pub fn str_is_printable(s: &str) -> bool {
    s.chars().all(is_printable)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is_digit('²') && !is_decimal('²') && is_numeric('²'));
        assert!(is_numeric('一') && !is_digit('一'));
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('\u{1d7d9}'), Some(1));
        assert!(is_identifier("_x1") && is_identifier("héllo") && !is_identifier("1x"));
        assert!(str_is_title("Hello World") && !str_is_title("HeLLo"));
        assert!(!is_printable('\u{ad}') && is_printable('é') && !is_printable('\u{a0}'));
    }
}
