//! Float to text: `repr(float)`, the float layouts of `format()` and `%`, `round(x, n)` and
//! `float.hex()`. Counterpart of Python/pystrtod.c (`PyOS_double_to_string`), the digit
//! generation of Python/dtoa.c, and `float___round__`/`float_hex` in Objects/floatobject.c.
//!
//! Digits come from `ryu` (shortest round-trip, dtoa's mode 0) and from Rust's exact float
//! formatting (dtoa's modes 2 and 3: correctly rounded, ties to even on the exact binary value).

use std::fmt::Write;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

/// How a float is laid out: the type letters of `format()` after CPython's own mapping
/// (`'n'` is `G`, `'%'` is `F` after multiplying by 100, no type is `R`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatCode {
    /// `'e'`: one digit before the point, `precision` after, and an exponent.
    Exp,
    /// `'f'`: `precision` digits after the point, no exponent.
    Fixed,
    /// `'g'`: `precision` significant digits, exponent when the number is large or small.
    General,
    /// `repr()`: shortest digits that round-trip; exponent when below 1e-4 or from 1e16.
    Repr,
}

/// Flags of `PyOS_double_to_string`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FloatFlags {
    /// Always write a sign (`+` for non-negative values).
    pub always_sign: bool,
    /// Write `.0` after an integral value with no exponent (repr and `format()` with no type).
    pub add_dot_0: bool,
    /// The `#` form: keep the decimal point, and for `g` keep trailing zeros.
    pub alternate: bool,
    /// The `z` option: a negative zero after rounding is written without its sign.
    pub no_neg_0: bool,
    /// Write `E`, `INF`, `NAN` in upper case.
    pub upper: bool,
}

/// `repr(x)` (and `str(x)`) for a float, exactly as CPython: `0.1`, `1e+16`, `1e-05`, `-0.0`.
pub fn repr(x: f64) -> String {
    let mut out = String::with_capacity(24);
    write_repr(x, &mut out);
    out
}

/// Appends `repr(x)` to `out`.
pub fn write_repr(x: f64, out: &mut String) {
    let flags = FloatFlags {
        add_dot_0: true,
        ..FloatFlags::default()
    };
    if !x.is_finite() {
        write_non_finite(x, flags, out);
        return;
    }
    let mut buf = [0u8; 32];
    let (range, decpt) = shortest_digits(x, &mut buf);
    let digits = &buf[range];
    let layout = Layout::new(FloatCode::Repr, 0, flags);
    layout.write(x.is_sign_negative(), digits, decpt, out);
}

/// More significant digits than any float's exact decimal expansion has (at most 767).
const MAX_SIGNIFICANT_DIGITS: usize = 800;
/// More fraction digits than any float's exact decimal expansion has (at most 1074).
const MAX_FRACTION_DIGITS: usize = 1100;

/// `PyOS_double_to_string(x, code, precision, flags)`: the number with its sign, before any
/// padding or grouping. `precision` is ignored for [`FloatCode::Repr`].
pub fn double_to_string(x: f64, code: FloatCode, precision: usize, flags: FloatFlags) -> String {
    let mut out = String::new();
    if !x.is_finite() {
        write_non_finite(x, flags, &mut out);
        return out;
    }
    let negative = x.is_sign_negative();
    match code {
        FloatCode::Repr => {
            let mut buf = [0u8; 32];
            let (range, decpt) = shortest_digits(x, &mut buf);
            Layout::new(code, 0, flags).write(negative, &buf[range], decpt, &mut out);
        }
        FloatCode::Exp | FloatCode::General => {
            let precision = match code {
                FloatCode::Exp => precision.saturating_add(1),
                _ => precision.max(1),
            };
            let generated = (precision - 1).min(MAX_SIGNIFICANT_DIGITS);
            let mut text = format!("{:.*e}", generated, x.abs()).into_bytes();
            let (range, decpt) = compact_digits(&mut text, x == 0.0);
            Layout::new(code, precision, flags).write(negative, &text[range], decpt, &mut out);
        }
        FloatCode::Fixed => {
            let generated = precision.min(MAX_FRACTION_DIGITS);
            let mut text = format!("{:.*}", generated, x.abs()).into_bytes();
            let (range, mut decpt) = compact_digits(&mut text, x == 0.0);
            if range.is_empty() {
                decpt = -(precision.min(i32::MAX as usize) as i32);
            }
            Layout::new(code, precision, flags).write(negative, &text[range], decpt, &mut out);
        }
    }
    out
}

/// Writes `inf`, `-inf` or `nan` (never `-nan`; `+` only when a sign is asked for).
fn write_non_finite(x: f64, flags: FloatFlags, out: &mut String) {
    if x.is_nan() {
        if flags.always_sign {
            out.push('+');
        }
        out.push_str(if flags.upper { "NAN" } else { "nan" });
        return;
    }
    if x < 0.0 {
        out.push('-');
    } else if flags.always_sign {
        out.push('+');
    }
    out.push_str(if flags.upper { "INF" } else { "inf" });
}

/// The shortest round-trip digits of a finite `x`, as dtoa's mode 0 gives them.
fn shortest_digits(x: f64, buf: &mut [u8; 32]) -> (std::ops::Range<usize>, i32) {
    let mut ryu_buf = ryu::Buffer::new();
    let text = ryu_buf.format_finite(x.abs()).as_bytes();
    let len = text.len().min(buf.len());
    buf[..len].copy_from_slice(&text[..len]);
    compact_digits(&mut buf[..len], x == 0.0)
}

/// Turns decimal text such as `123.450`, `0.0012` or `1.5e-7` (in place) into its significant
/// digits, returning where they lie in `text` and the position of the decimal point relative
/// to the first of them. Zero is `"0"` with the point after it when `is_zero`; a nonzero value
/// whose digits all rounded away gives an empty range.
fn compact_digits(text: &mut [u8], is_zero: bool) -> (std::ops::Range<usize>, i32) {
    let mut len = 0;
    let mut point: Option<usize> = None;
    let mut exponent = 0i32;
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'.' => point = Some(len),
            b'e' | b'E' => {
                exponent = parse_small_exponent(&text[i + 1..]);
                break;
            }
            d => {
                text[len] = d;
                len += 1;
            }
        }
        i += 1;
    }
    if is_zero {
        text[0] = b'0';
        return (0..1, 1);
    }
    let point = point.unwrap_or(len) as i32;
    let start = text[..len].iter().take_while(|&&d| d == b'0').count();
    let end = len
        - text[start..len]
            .iter()
            .rev()
            .take_while(|&&d| d == b'0')
            .count();
    let end = end.max(start);
    (start..end, point + exponent - start as i32)
}

/// Parses the exponent written by ryu or Rust's `{:e}` (`16`, `-7`).
fn parse_small_exponent(text: &[u8]) -> i32 {
    let (negative, digits) = match text.first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let value = digits.iter().fold(0i32, |acc, d| {
        acc.saturating_mul(10).saturating_add(i32::from(d - b'0'))
    });
    if negative { -value } else { value }
}

/// The layout decisions of CPython's `format_float_short`.
struct Layout {
    code: FloatCode,
    precision: i64,
    flags: FloatFlags,
}

impl Layout {
    fn new(code: FloatCode, precision: usize, flags: FloatFlags) -> Layout {
        Layout {
            code,
            precision: precision.min(i32::MAX as usize) as i64,
            flags,
        }
    }

    /// Writes sign, digits padded with zeros on either side, the point and any exponent.
    fn write(&self, negative: bool, digits: &[u8], decpt: i32, out: &mut String) {
        let all_zero = digits.iter().all(|&d| d == b'0');
        if negative && !(self.flags.no_neg_0 && all_zero) {
            out.push('-');
        } else if self.flags.always_sign {
            out.push('+');
        }
        let digits_len = digits.len() as i64;
        let mut decpt = i64::from(decpt);
        let (use_exp, mut vdigits_end) = self.exponent_and_end(digits_len, decpt);
        let exp = decpt - 1;
        if use_exp {
            decpt = 1;
        }
        let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
        let min_end = if !use_exp && self.flags.add_dot_0 {
            decpt + 1
        } else {
            decpt
        };
        vdigits_end = vdigits_end.max(min_end);
        let body_start = out.len();
        if decpt <= 0 {
            push_zeros(out, decpt - vdigits_start);
            out.push('.');
            push_zeros(out, -decpt);
        } else {
            push_zeros(out, -vdigits_start);
        }
        if 0 < decpt && decpt <= digits_len {
            let (int_part, frac_part) = digits.split_at(decpt as usize);
            push_ascii(out, int_part);
            out.push('.');
            push_ascii(out, frac_part);
        } else {
            push_ascii(out, digits);
        }
        if digits_len < decpt {
            push_zeros(out, decpt - digits_len);
            out.push('.');
            push_zeros(out, vdigits_end - decpt);
        } else {
            push_zeros(out, vdigits_end - digits_len);
        }
        if out.len() > body_start && out.ends_with('.') && !self.flags.alternate {
            out.pop();
        }
        if use_exp {
            self.write_exponent(exp, out);
        }
    }

    /// Whether to use an exponent, and the end of the digits to show before adjustment.
    fn exponent_and_end(&self, digits_len: i64, decpt: i64) -> (bool, i64) {
        let p = self.precision;
        match self.code {
            FloatCode::Exp => (true, p),
            FloatCode::Fixed => (false, decpt + p),
            FloatCode::General => {
                let limit = if self.flags.add_dot_0 { p - 1 } else { p };
                let use_exp = decpt <= -4 || decpt > limit;
                let end = if self.flags.alternate { p } else { digits_len };
                (use_exp, end)
            }
            FloatCode::Repr => (decpt <= -4 || decpt > 16, digits_len),
        }
    }

    /// Writes `e+05`-style exponents: a sign and at least two digits.
    fn write_exponent(&self, exp: i64, out: &mut String) {
        out.push(if self.flags.upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let _ = write!(out, "{:02}", exp.unsigned_abs());
    }
}

fn push_zeros(out: &mut String, count: i64) {
    for _ in 0..count.max(0) {
        out.push('0');
    }
}

fn push_ascii(out: &mut String, digits: &[u8]) {
    out.extend(digits.iter().map(|&d| char::from(d)));
}

/// The largest `ndigits` for which `round(x, ndigits)` can change a float.
const NDIGITS_MAX: i64 = 323;
/// The smallest `ndigits` for which `round(x, ndigits)` can be nonzero.
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)` for a float: the exact binary value rounded half-even to `ndigits`
/// decimal places, then read back. `Err` is the OverflowError message.
pub fn round(x: f64, ndigits: i64) -> Result<f64, String> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let rounded = if ndigits >= 0 {
        let text = format!("{:.*}", ndigits as usize, x);
        text.parse::<f64>().unwrap_or(f64::NAN)
    } else {
        round_to_tens(x, ndigits.unsigned_abs() as u32)
    };
    if rounded.is_infinite() {
        return Err("rounding floating-point number caused overflow".to_string());
    }
    Ok(if rounded == 0.0 {
        0.0f64.copysign(x)
    } else {
        rounded
    })
}

/// Rounds finite `x` half-even to a multiple of `10^tens`, exactly.
fn round_to_tens(x: f64, tens: u32) -> f64 {
    let (mantissa, exp2) = exact_parts(x.abs());
    let mut numerator = BigInt::from(mantissa);
    let mut denominator = BigInt::from(10u32).pow(tens);
    if exp2 >= 0 {
        numerator <<= exp2 as usize;
    } else {
        denominator <<= exp2.unsigned_abs() as usize;
    }
    let quotient = round_half_even_div(&numerator, &denominator);
    let text = format!("{quotient}e{tens}");
    let magnitude = text.parse::<f64>().unwrap_or(f64::NAN);
    magnitude.copysign(x)
}

/// `numerator / denominator` rounded to the nearest integer, ties to even (both positive).
fn round_half_even_div(numerator: &BigInt, denominator: &BigInt) -> BigInt {
    let (quotient, remainder) = numerator.div_rem(denominator);
    let twice: BigInt = remainder << 1usize;
    match twice.cmp(denominator) {
        std::cmp::Ordering::Greater => quotient + 1,
        std::cmp::Ordering::Equal if quotient.is_odd() => quotient + 1,
        _ => quotient,
    }
}

/// Splits a finite non-negative float into `mantissa * 2^exp2` with an integer mantissa.
pub(crate) fn exact_parts(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let exponent_bits = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    if exponent_bits == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), exponent_bits - 1075)
    }
}

/// `float.hex()`: `0x1.999999999999ap-4`, `-0x0.0p+0`, `inf`, `nan`.
pub fn to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exponent_bits = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    let (lead, exponent) = if exponent_bits == 0 {
        (0, -1022)
    } else {
        (1, exponent_bits - 1023)
    };
    let exp_sign = if exponent < 0 { '-' } else { '+' };
    format!(
        "{sign}0x{lead}.{fraction:013x}p{exp_sign}{}",
        exponent.unsigned_abs()
    )
}

/// `float.__round__()` with no digits: round half to even, to an integer.
pub fn round_to_int(x: f64) -> Result<BigInt, String> {
    if x.is_nan() {
        return Err("cannot convert float NaN to integer".to_string());
    }
    if x.is_infinite() {
        return Err("cannot convert float infinity to integer".to_string());
    }
    Ok(float_to_bigint(x.round_ties_even()))
}

/// The integer value of an integral finite float, exactly (`int(1e300)`).
pub fn float_to_bigint(x: f64) -> BigInt {
    let truncated = x.trunc();
    if let Some(small) = truncated.to_i64().filter(|_| truncated.abs() < 9.0e18) {
        return BigInt::from(small);
    }
    let (mantissa, exp2) = exact_parts(truncated.abs());
    let magnitude = if exp2 >= 0 {
        BigInt::from(mantissa) << exp2 as usize
    } else {
        BigInt::from(mantissa >> exp2.unsigned_abs())
    };
    if x < 0.0 && !magnitude.is_zero() {
        -magnitude
    } else {
        magnitude
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_basics() {
        assert_eq!(repr(0.1), "0.1");
        assert_eq!(repr(1e16), "1e+16");
        assert_eq!(repr(1e-5), "1e-05");
        assert_eq!(repr(-0.0), "-0.0");
        assert_eq!(repr(1.0), "1.0");
        assert_eq!(repr(123456789012345.0), "123456789012345.0");
        assert_eq!(repr(1.2345678901234567e16), "1.2345678901234568e+16");
        assert_eq!(repr(f64::NAN), "nan");
        assert_eq!(repr(f64::NEG_INFINITY), "-inf");
        assert_eq!(repr(0.0001), "0.0001");
    }

    #[test]
    fn fixed_ties_to_even_on_exact_value() {
        let flags = FloatFlags::default();
        assert_eq!(double_to_string(2.675, FloatCode::Fixed, 2, flags), "2.67");
        assert_eq!(double_to_string(0.125, FloatCode::Fixed, 2, flags), "0.12");
        assert_eq!(double_to_string(0.001, FloatCode::Fixed, 1, flags), "0.0");
        assert_eq!(double_to_string(-0.001, FloatCode::Fixed, 1, flags), "-0.0");
        assert_eq!(
            double_to_string(1.5, FloatCode::Fixed, 100_000, flags).len(),
            100_002
        );
        assert_eq!(
            double_to_string(1.5, FloatCode::Exp, 100_000, flags).len(),
            100_006
        );
    }

    #[test]
    fn round_digits() {
        assert_eq!(round(2.675, 2), Ok(2.67));
        assert_eq!(round(12345.0, -2), Ok(12300.0));
        assert_eq!(round(250.0, -2), Ok(200.0));
        assert_eq!(
            round(1.7e308, -308),
            Err("rounding floating-point number caused overflow".into())
        );
    }

    #[test]
    fn hex() {
        assert_eq!(to_hex(1.0), "0x1.0000000000000p+0");
        assert_eq!(to_hex(5e-324), "0x0.0000000000001p-1022");
    }
}
