//! `int(str, base)` and int to text in bases 2, 8, 10 and 16, with CPython 3.11's limit on
//! decimal digits. Counterpart of `PyLong_FromString`, `long_to_decimal_string` and
//! `long_format_binary` in Objects/longobject.c.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::Zero;

use crate::unicode;

/// The default of `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// Why `int(s, base)` failed; the VM raises ValueError with [`IntParseError::message`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntParseError {
    /// The base is not 0 or 2..=36.
    BadBase,
    /// The text is not an integer literal in the base.
    Invalid { base: u32, text_repr: String },
    /// More decimal digits than the limit allows.
    TooManyDigits { limit: usize, digits: usize },
}

impl IntParseError {
    /// The ValueError message, as CPython words it.
    pub fn message(&self) -> String {
        match self {
            IntParseError::BadBase => "int() base must be >= 2 and <= 36, or 0".to_string(),
            IntParseError::Invalid { base, text_repr } => {
                format!("invalid literal for int() with base {base}: {text_repr}")
            }
            IntParseError::TooManyDigits { limit, digits } => format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has \
                 {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            ),
        }
    }
}

/// `int(s, base)` for a str. `max_str_digits` is `sys.get_int_max_str_digits()` (0: no limit),
/// which applies to bases that are not powers of two.
pub fn parse_int(s: &str, base: u32, max_str_digits: usize) -> Result<BigInt, IntParseError> {
    if base == 1 || base > 36 {
        return Err(IntParseError::BadBase);
    }
    let invalid = || IntParseError::Invalid {
        base,
        text_repr: truncated_repr(s),
    };
    let ascii = to_ascii_digits(s).ok_or_else(invalid)?;
    parse_ascii_int(&ascii, base, max_str_digits).map_err(|e| match e {
        IntParseError::Invalid { .. } => invalid(),
        other => other,
    })
}

/// CPython's `%.200R`: the repr, cut to 200 characters.
fn truncated_repr(s: &str) -> String {
    let repr = unicode::str_repr(s);
    match repr.char_indices().nth(200) {
        Some((cut, _)) => repr[..cut].to_string(),
        None => repr,
    }
}

/// Unicode decimal digits to ASCII and Unicode spaces to `' '`; `None` for other non-ASCII.
fn to_ascii_digits(s: &str) -> Option<std::borrow::Cow<'_, str>> {
    if s.is_ascii() {
        return Some(std::borrow::Cow::Borrowed(s));
    }
    s.chars()
        .map(|c| match c {
            c if c.is_ascii() => Some(c),
            c if unicode::is_space(c) => Some(' '),
            c => unicode::decimal_value(c).map(|d| char::from(b'0' + d as u8)),
        })
        .collect::<Option<String>>()
        .map(std::borrow::Cow::Owned)
}

/// `int(b, base)` for ASCII text (bytes, or a str already made ASCII).
pub fn parse_ascii_int(s: &str, base: u32, max_str_digits: usize) -> Result<BigInt, IntParseError> {
    let invalid = || IntParseError::Invalid {
        base,
        text_repr: truncated_repr(s),
    };
    let text = s.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (base, digits, after_prefix) = split_prefix(body.as_bytes(), base);
    let zeros_only = base == 0;
    let base = if zeros_only { 10 } else { base };
    let count = check_digits(digits, base, after_prefix).ok_or_else(invalid)?;
    if zeros_only && digits.iter().any(|&d| d != b'0' && d != b'_') {
        return Err(invalid());
    }
    if max_str_digits > 0 && !base.is_power_of_two() && count > max_str_digits {
        return Err(IntParseError::TooManyDigits {
            limit: max_str_digits,
            digits: count,
        });
    }
    let magnitude = digits_value(digits, base);
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// Strips a `0x`/`0o`/`0b` prefix that fits the base (base 0 picks it). Returns the base
/// (0 for base 0 with a leading zero and no prefix: only zeros allowed), the digits and
/// whether a prefix was removed.
fn split_prefix(body: &[u8], base: u32) -> (u32, &[u8], bool) {
    let prefix_base = match body {
        [b'0', b'x' | b'X', ..] => 16,
        [b'0', b'o' | b'O', ..] => 8,
        [b'0', b'b' | b'B', ..] => 2,
        _ => 0,
    };
    match base {
        0 if prefix_base != 0 => (prefix_base, &body[2..], true),
        0 if body.first() == Some(&b'0') => (0, body, false),
        0 => (10, body, false),
        b if b == prefix_base => (b, &body[2..], true),
        b => (b, body, false),
    }
}

/// Checks digits and underscores (one at a time, between digits or right after a prefix);
/// returns the number of digits.
fn check_digits(digits: &[u8], base: u32, after_prefix: bool) -> Option<usize> {
    let mut count = 0;
    let mut previous_underscore = !after_prefix;
    for &c in digits {
        if c == b'_' {
            if previous_underscore {
                return None;
            }
            previous_underscore = true;
        } else {
            char::from(c).to_digit(base)?;
            previous_underscore = false;
            count += 1;
        }
    }
    (count > 0 && !previous_underscore).then_some(count)
}

/// The value of checked digits, skipping underscores.
fn digits_value(digits: &[u8], base: u32) -> BigUint {
    let cleaned: Vec<u8> = digits
        .iter()
        .filter(|&&c| c != b'_')
        .map(|&c| char::from(c).to_digit(base).unwrap_or(0) as u8)
        .collect();
    BigUint::from_radix_be(&cleaned, base).unwrap_or_else(BigUint::zero)
}

/// The int→str error message of 3.11's digit limit.
pub fn too_many_digits_message(limit: usize) -> String {
    format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; use \
         sys.set_int_max_str_digits() to increase the limit"
    )
}

/// `str(n)`: decimal, with the digit limit (`max_str_digits` 0: none). `Err` is the message.
pub fn to_decimal(n: &BigInt, max_str_digits: usize) -> Result<String, String> {
    if let Ok(small) = i64::try_from(n) {
        return Ok(small.to_string());
    }
    if max_str_digits > 0 && exceeds_digit_limit(n, max_str_digits) {
        return Err(too_many_digits_message(max_str_digits));
    }
    Ok(n.to_str_radix(10))
}

/// Whether `|n|` has more than `limit` decimal digits, without converting it when clearly so.
fn exceeds_digit_limit(n: &BigInt, limit: usize) -> bool {
    let bits = n.bits() as f64;
    let approx_digits = bits * std::f64::consts::LOG10_2;
    if approx_digits > limit as f64 + 2.0 {
        return true;
    }
    if approx_digits < limit as f64 - 2.0 {
        return false;
    }
    n.magnitude().to_str_radix(10).len() > limit
}

/// `bin(n)`, `oct(n)`, `hex(n)` and `str(n)` in those bases with or without the `0b`/`0o`/`0x`
/// prefix: the sign comes before the prefix (`-0x1f`). Base 10 takes no prefix and no limit.
pub fn to_radix(n: &BigInt, base: u32, with_prefix: bool) -> String {
    let digits = n.magnitude().to_str_radix(base);
    let prefix = match (with_prefix, base) {
        (true, 2) => "0b",
        (true, 8) => "0o",
        (true, 16) => "0x",
        _ => "",
    };
    let sign = if n.sign() == Sign::Minus { "-" } else { "" };
    format!("{sign}{prefix}{digits}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals() {
        let p = |s: &str, b| parse_int(s, b, DEFAULT_MAX_STR_DIGITS).map(|n| n.to_string());
        assert_eq!(p(" -0x_1f ", 0), Ok("-31".into()));
        assert_eq!(p("0_0", 0), Ok("0".into()));
        assert!(p("017", 0).is_err());
        assert!(p("1__0", 10).is_err());
        assert_eq!(p("z", 36), Ok("35".into()));
        assert_eq!(to_radix(&BigInt::from(-31), 16, true), "-0x1f");
        assert_eq!(
            p("x", 10).unwrap_err().message(),
            "invalid literal for int() with base 10: 'x'"
        );
    }
}
