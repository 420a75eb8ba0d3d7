//! Text to float: what `float(str)` accepts and `float.fromhex()`. Counterpart of
//! `PyFloat_FromString` (Objects/floatobject.c), `_Py_string_to_number_with_underscores` and
//! `_Py_parse_inf_or_nan` (Python/pystrtod.c), and `float_fromhex`.

use num_bigint::BigUint;
use num_traits::{ToPrimitive, Zero};

use crate::unicode;

/// `float(s)` for a str: surrounding whitespace, a sign, underscores between digits, any
/// Unicode decimal digits, `inf`/`infinity`/`nan` in any case. `None` means ValueError
/// ("could not convert string to float: " followed by the repr of `s`).
pub fn parse_float(s: &str) -> Option<f64> {
    let trimmed = s.trim_matches(unicode::is_space);
    if trimmed.is_ascii() {
        return parse_ascii_float(trimmed);
    }
    let mut ascii = String::with_capacity(trimmed.len());
    for c in trimmed.chars() {
        if c.is_ascii() {
            ascii.push(c);
        } else if let Some(d) = unicode::decimal_value(c) {
            ascii.push(char::from(b'0' + d as u8));
        } else {
            return None;
        }
    }
    parse_ascii_float(&ascii)
}

/// `float(b)` for bytes (ASCII whitespace only), and the core of [`parse_float`].
pub fn parse_ascii_float(s: &str) -> Option<f64> {
    let s = s.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    if s.contains('_') {
        if !underscores_between_digits(s.as_bytes()) {
            return None;
        }
        let cleaned: String = s.chars().filter(|&c| c != '_').collect();
        return parse_plain(&cleaned);
    }
    parse_plain(s)
}

/// Underscores are allowed only with a digit on each side.
fn underscores_between_digits(s: &[u8]) -> bool {
    s.iter().enumerate().all(|(i, &c)| {
        c != b'_'
            || (i > 0 && s[i - 1].is_ascii_digit() && s.get(i + 1).is_some_and(u8::is_ascii_digit))
    })
}

/// `[sign] (inf | infinity | nan | mantissa [exponent])`, nothing else.
fn parse_plain(s: &str) -> Option<f64> {
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let magnitude = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else if is_decimal_literal(body.as_bytes()) {
        body.parse::<f64>().ok()?
    } else {
        return None;
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// `digits [. digits] | . digits`, then optionally `e [sign] digits`.
fn is_decimal_literal(s: &[u8]) -> bool {
    let int_len = s.iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = int_len;
    let mut frac_len = 0;
    if s.get(i) == Some(&b'.') {
        i += 1;
        frac_len = s[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        i += frac_len;
    }
    if int_len + frac_len == 0 {
        return false;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(s.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_len = s[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if exp_len == 0 {
            return false;
        }
        i += exp_len;
    }
    i == s.len()
}

const FROMHEX_INVALID: &str = "invalid hexadecimal floating-point string";
const FROMHEX_OVERFLOW: &str = "hexadecimal value too large to represent as a float";

/// `float.fromhex(s)`. `Err` carries the message; the VM raises ValueError for
/// "invalid hexadecimal floating-point string" and OverflowError for
/// "hexadecimal value too large to represent as a float".
pub fn from_hex(s: &str) -> Result<f64, String> {
    let s = s.trim_matches(unicode::is_space);
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let magnitude = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else {
        parse_hex_magnitude(body)?
    };
    Ok(if negative { -magnitude } else { magnitude })
}

/// `[0x] hexdigits [. hexdigits] [p [sign] decimal]`, rounded half-even to a float.
fn parse_hex_magnitude(body: &str) -> Result<f64, String> {
    let invalid = || FROMHEX_INVALID.to_string();
    let b = body.as_bytes();
    let mut i = if b.len() >= 2 && b[0] == b'0' && (b[1] == b'x' || b[1] == b'X') {
        2
    } else {
        0
    };
    let mut mantissa = BigUint::zero();
    let int_len = take_hex_digits(&b[i..], &mut mantissa);
    i += int_len;
    let mut frac_len = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac_len = take_hex_digits(&b[i..], &mut mantissa);
        i += frac_len;
    }
    if int_len + frac_len == 0 {
        return Err(invalid());
    }
    let mut exponent: i64 = 0;
    if matches!(b.get(i), Some(b'p' | b'P')) {
        i += 1;
        let exp_negative = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 {
            return Err(invalid());
        }
        let value = b[i..i + digits].iter().fold(0i64, |acc, d| {
            acc.saturating_mul(10).saturating_add(i64::from(d - b'0'))
        });
        exponent = if exp_negative { -value } else { value };
        i += digits;
    }
    if i != b.len() {
        return Err(invalid());
    }
    let frac_bits = (frac_len as i64).saturating_mul(4);
    scale_to_float(&mantissa, exponent.saturating_sub(frac_bits))
}

/// Accumulates leading hex digits of `s` into `mantissa`; returns how many there were.
fn take_hex_digits(s: &[u8], mantissa: &mut BigUint) -> usize {
    let mut count = 0;
    for &c in s {
        let Some(d) = char::from(c).to_digit(16) else {
            break;
        };
        *mantissa <<= 4usize;
        *mantissa += d;
        count += 1;
    }
    count
}

/// `mantissa * 2^exp2`, correctly rounded (half-even) to a float; errors on overflow.
fn scale_to_float(mantissa: &BigUint, exp2: i64) -> Result<f64, String> {
    if mantissa.is_zero() {
        return Ok(0.0);
    }
    let bits = mantissa.bits() as i64;
    let top = bits - 1 + exp2;
    if top > 1023 {
        return Err(FROMHEX_OVERFLOW.to_string());
    }
    if top < -1075 {
        return Ok(0.0);
    }
    let precision = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    let shift = bits - precision;
    let (mut kept, mut scale) = if shift > 0 {
        let kept: BigUint = mantissa >> shift as usize;
        let half_bit = mantissa.bit(shift as u64 - 1);
        let sticky = mantissa
            .trailing_zeros()
            .is_some_and(|tz| (tz as i64) < shift - 1);
        let round_up = half_bit && (sticky || kept.bit(0));
        (
            kept.to_u64().unwrap_or(0) + u64::from(round_up),
            exp2 + shift,
        )
    } else {
        (mantissa.to_u64().unwrap_or(0), exp2)
    };
    if kept == 1u64 << 53 {
        kept >>= 1;
        scale += 1;
    }
    if kept > 0 && (64 - i64::from(kept.leading_zeros())) - 1 + scale > 1023 {
        return Err(FROMHEX_OVERFLOW.to_string());
    }
    Ok(ldexp_exact(kept as f64, scale))
}

/// `x * 2^exp` for a result known to be representable, in steps that stay exact.
fn ldexp_exact(mut x: f64, mut exp: i64) -> f64 {
    while exp > 0 {
        let step = exp.min(1000);
        x *= f64::powi(2.0, step as i32);
        exp -= step;
    }
    while exp < 0 {
        let step = exp.max(-1000);
        x *= f64::powi(2.0, step as i32);
        exp -= step;
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_literals() {
        assert_eq!(parse_float("  1_000.5 \n"), Some(1000.5));
        assert_eq!(parse_float("-InFiNiTy"), Some(f64::NEG_INFINITY));
        assert!(parse_float("nan").is_some_and(f64::is_nan));
        assert_eq!(parse_float("1__0"), None);
        assert_eq!(parse_float("_1"), None);
        assert_eq!(parse_float("1e"), None);
        assert_eq!(parse_float("."), None);
        assert_eq!(parse_float(".5"), Some(0.5));
        assert_eq!(parse_float("5."), Some(5.0));
        assert_eq!(parse_float("١٢"), Some(12.0));
    }

    #[test]
    fn fromhex() {
        assert_eq!(from_hex("0x1.999999999999ap-4"), Ok(0.1));
        assert_eq!(from_hex("0x0.0000000000001p-1022"), Ok(5e-324));
        assert_eq!(from_hex("-0x1p0"), Ok(-1.0));
        assert_eq!(from_hex("0x1p-1075"), Ok(0.0));
        assert_eq!(from_hex("0x3p-1075"), Ok(1e-323));
        assert!(from_hex("0x1p1024").is_err());
        assert_eq!(from_hex("0x1.fffffffffffffp1023"), Ok(f64::MAX));
        assert!(from_hex("0x1.fffffffffffff8p1023").is_err());
        assert!(from_hex("0x").is_err());
    }
}
