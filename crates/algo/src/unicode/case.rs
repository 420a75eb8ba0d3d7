//! Full case mappings of `str.upper/lower/casefold/title/capitalize/swapcase`, with the final
//! sigma rule. Counterpart of `do_upper`, `do_lower`, `do_title`, `do_capitalize`,
//! `do_swapcase` and `handle_capital_sigma` in Objects/unicodeobject.c.

use super::{is_assigned, is_case_ignorable, is_cased, is_lower, is_upper, tables};

/// The Unicode 14 entry of a character whose case data changed in later Unicode versions.
pub(super) fn as_of_14(c: char) -> Option<&'static (char, &'static str, &'static str, bool, bool)> {
    tables::CASE_AS_OF_14.iter().find(|entry| entry.0 == c)
}

fn lookup(map: &'static [(char, &'static str)], c: char) -> Option<&'static str> {
    map.binary_search_by_key(&c, |&(k, _)| k)
        .ok()
        .map(|i| map[i].1)
}

fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if let Some(entry) = as_of_14(c) {
        out.push_str(entry.1);
    } else if is_assigned(c) {
        out.extend(c.to_uppercase());
    } else {
        out.push(c);
    }
}

/// Lowercase of `c` without the final-sigma context.
fn push_lower_plain(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if let Some(entry) = as_of_14(c) {
        out.push_str(entry.2);
    } else if is_assigned(c) {
        out.extend(c.to_lowercase());
    } else {
        out.push(c);
    }
}

fn push_title(c: char, out: &mut String) {
    match lookup(tables::TITLE_NOT_UPPER, c) {
        Some(mapped) => out.push_str(mapped),
        None => push_upper(c, out),
    }
}

/// Lowercase of `chars[i]`, choosing final sigma for U+03A3 by its context.
fn push_lower(chars: &[char], i: usize, out: &mut String) {
    if chars[i] == '\u{3a3}' {
        out.push(if is_final_sigma(chars, i) { 'ς' } else { 'σ' });
    } else {
        push_lower_plain(chars[i], out);
    }
}

/// Cased, then case-ignorables, then the sigma, not followed by case-ignorables and a cased.
fn is_final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i].iter().rev().find(|&&c| !is_case_ignorable(c));
    if !before.is_some_and(|&c| is_cased(c)) {
        return false;
    }
    let after = chars[i + 1..].iter().find(|&&c| !is_case_ignorable(c));
    !after.is_some_and(|&c| is_cased(c))
}

/// `str.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| push_upper(c, &mut out));
    out
}

/// `str.lower()`, with the final sigma.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    (0..chars.len()).for_each(|i| push_lower(&chars, i, &mut out));
    out
}

/// `str.casefold()`: full case folding (C and F entries of CaseFolding.txt).
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lookup(tables::CASEFOLD_NOT_LOWER, c) {
            Some(mapped) => out.push_str(mapped),
            None => push_lower_plain(c, &mut out),
        }
    }
    out
}

/// `str.title()`: titlecase after an uncased character, lowercase after a cased one.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_is_cased {
            push_lower(&chars, i, &mut out);
        } else {
            push_title(c, &mut out);
        }
        previous_is_cased = is_cased(c);
    }
    out
}

/// `str.capitalize()`: the first character titlecased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    if let Some(&first) = chars.first() {
        push_title(first, &mut out);
    }
    (1..chars.len()).for_each(|i| push_lower(&chars, i, &mut out));
    out
}

/// `str.swapcase()`.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower(&chars, i, &mut out);
        } else if is_lower(c) {
            push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mappings() {
        assert_eq!(upper("straße"), "STRASSE");
        assert_eq!(lower("ΟΔΟΣ ΟΔΟΣ."), "οδος οδος.");
        assert_eq!(casefold("Straße"), "strasse");
        assert_eq!(title("hello wORLD ǆx"), "Hello World ǅx");
        assert_eq!(capitalize("ǆABC"), "ǅabc");
        assert_eq!(swapcase("aBΣ"), "Abς");
    }
}
