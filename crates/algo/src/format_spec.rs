//! The format-spec mini-language of `format()` and `str.format`:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`, parsed and applied to
//! ints, floats and strs. Counterpart of Python/formatter_unicode.c.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use crate::float_repr::{FloatCode, FloatFlags, double_to_string};

/// Where padding goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: between the sign (and prefix) and the digits.
    AfterSign,
}

/// The thousands separator asked for, after the type has fixed the group size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// `,` every three digits.
    Comma,
    /// `_` every three digits.
    Underscore,
    /// `_` every four digits (types b, o, x, X).
    UnderscoreFour,
}

/// A parsed format spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    /// `None` when not given: each type has its default.
    pub align: Option<Align>,
    /// `'+'`, `'-'` or `' '`.
    pub sign: Option<char>,
    /// `z`: negative zero becomes zero.
    pub no_neg_0: bool,
    /// `#`
    pub alternate: bool,
    pub width: Option<usize>,
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    /// The presentation type letter, if any.
    pub kind: Option<char>,
}

/// The error of a bad spec or value; the VM raises ValueError or OverflowError with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    Value(String),
    Overflow(String),
    /// The result is too large to allocate (MemoryError, no message).
    Memory,
}

impl FormatError {
    /// The exception's message.
    pub fn message(&self) -> &str {
        match self {
            FormatError::Value(m) | FormatError::Overflow(m) => m,
            FormatError::Memory => "",
        }
    }
}

#[cold]
fn value_error(message: impl Into<String>) -> FormatError {
    FormatError::Value(message.into())
}

/// How CPython quotes a type letter in its messages: `'x'`, or `'\x1'` when not printable ASCII.
fn quote_code(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{:x}'", c as u32)
    }
}

/// "Unknown format code 'x' for object of type 'float'".
#[cold]
pub fn unknown_code(code: char, type_name: &str) -> FormatError {
    value_error(format!(
        "Unknown format code {} for object of type '{type_name}'",
        quote_code(code)
    ))
}

fn parse_align(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Reads a run of decimal digits at `chars[*pos..]`; `None` when there is none.
fn parse_count(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let start = *pos;
    let mut value: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(value))
}

impl FormatSpec {
    /// Parses `spec` for an object of type `type_name`, whose default type is `default_kind`
    /// (`'d'` for int, `'s'` for str, none for float) and default alignment `default_align`
    /// (`Right` for numbers, `Left` for strings).
    pub fn parse(
        spec: &str,
        default_kind: Option<char>,
        default_align: Align,
        type_name: &str,
    ) -> Result<FormatSpec, FormatError> {
        let chars: Vec<char> = spec.chars().collect();
        let mut f = FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_0: false,
            alternate: false,
            width: None,
            grouping: None,
            precision: None,
            kind: None,
        };
        let mut pos = 0;
        let mut fill_specified = false;
        if let Some(align) = chars.get(1).and_then(|&c| parse_align(c)) {
            f.fill = chars[0];
            f.align = Some(align);
            fill_specified = true;
            pos = 2;
        } else if let Some(align) = chars.first().and_then(|&c| parse_align(c)) {
            f.align = Some(align);
            pos = 1;
        }
        if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
            f.sign = Some(c);
            pos += 1;
        }
        if chars.get(pos) == Some(&'z') {
            f.no_neg_0 = true;
            pos += 1;
        }
        if chars.get(pos) == Some(&'#') {
            f.alternate = true;
            pos += 1;
        }
        if !fill_specified && chars.get(pos) == Some(&'0') {
            f.fill = '0';
            if f.align.is_none() && default_align == Align::Right {
                f.align = Some(Align::AfterSign);
            }
            pos += 1;
        }
        f.width = parse_count(&chars, &mut pos)?;
        f.grouping = parse_grouping(&chars, &mut pos)?;
        if chars.get(pos) == Some(&'.') {
            pos += 1;
            f.precision = parse_count(&chars, &mut pos)?;
            if f.precision.is_none() {
                return Err(value_error("Format specifier missing precision"));
            }
        }
        if chars.len() > pos + 1 {
            return Err(value_error(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )));
        }
        f.kind = chars.get(pos).copied().or(default_kind);
        f.check_grouping()?;
        Ok(f)
    }

    /// Checks that the separator fits the type; `_` with b, o, x, X groups by four.
    fn check_grouping(&mut self) -> Result<(), FormatError> {
        let Some(grouping) = self.grouping else {
            return Ok(());
        };
        match self.kind {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(()),
            Some('b' | 'o' | 'x' | 'X') if grouping == Grouping::Underscore => {
                self.grouping = Some(Grouping::UnderscoreFour);
                Ok(())
            }
            Some(kind) => {
                let sep = if grouping == Grouping::Comma {
                    ','
                } else {
                    '_'
                };
                Err(value_error(format!(
                    "Cannot specify '{sep}' with {}.",
                    quote_code(kind)
                )))
            }
        }
    }

    fn align_or(&self, default: Align) -> Align {
        self.align.unwrap_or(default)
    }
}

/// `,` or `_` (not both).
fn parse_grouping(chars: &[char], pos: &mut usize) -> Result<Option<Grouping>, FormatError> {
    let both = || value_error("Cannot specify both ',' and '_'.");
    let mut grouping = None;
    if chars.get(*pos) == Some(&',') {
        grouping = Some(Grouping::Comma);
        *pos += 1;
    }
    if chars.get(*pos) == Some(&'_') {
        if grouping.is_some() {
            return Err(both());
        }
        grouping = Some(Grouping::Underscore);
        *pos += 1;
    }
    if chars.get(*pos) == Some(&',') && grouping == Some(Grouping::Underscore) {
        return Err(both());
    }
    Ok(grouping)
}

/// The pieces of a formatted number before padding.
struct NumberParts<'a> {
    sign: Option<char>,
    prefix: &'a str,
    /// The integer digits, which take the separators.
    digits: &'a str,
    /// The point, fraction, exponent, `%` (or the character of type `c`).
    remainder: &'a str,
}

/// The sign shown for a number: `-` when negative, else by the spec's sign option.
fn sign_char(negative: bool, spec: &FormatSpec) -> Option<char> {
    match (negative, spec.sign) {
        (true, _) => Some('-'),
        (false, Some('+')) => Some('+'),
        (false, Some(' ')) => Some(' '),
        _ => None,
    }
}

/// An empty string with room for `len` bytes, or MemoryError.
fn string_with_room(len: usize) -> Result<String, FormatError> {
    if len > crate::MAX_ALLOC_BYTES {
        return Err(FormatError::Memory);
    }
    let mut out = String::new();
    out.try_reserve(len).map_err(|_| FormatError::Memory)?;
    Ok(out)
}

/// Lays out a number: separators, zero padding for `0`/`=`, and fill by alignment.
fn layout_number(parts: &NumberParts, spec: &FormatSpec) -> Result<String, FormatError> {
    let fixed_len =
        usize::from(parts.sign.is_some()) + parts.prefix.len() + parts.remainder.chars().count();
    let width = spec.width.unwrap_or(0);
    let align = spec.align_or(Align::Right);
    let min_width = if spec.fill == '0' && align == Align::AfterSign {
        width.saturating_sub(fixed_len)
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, spec.grouping)?
    };
    let pad = width.saturating_sub(fixed_len + grouped.len());
    let (left, inner, right) = match align {
        Align::Left => (0, 0, pad),
        Align::Right => (pad, 0, 0),
        Align::Center => (pad / 2, 0, pad - pad / 2),
        Align::AfterSign => (0, pad, 0),
    };
    let fill_len = spec.fill.len_utf8();
    let room = (left + inner + right)
        .saturating_mul(fill_len)
        .saturating_add(fixed_len + grouped.len());
    let mut out = string_with_room(room)?;
    push_fill(&mut out, spec.fill, left);
    out.extend(parts.sign);
    out.push_str(parts.prefix);
    push_fill(&mut out, spec.fill, inner);
    out.push_str(&grouped);
    out.push_str(parts.remainder);
    push_fill(&mut out, spec.fill, right);
    Ok(out)
}

fn push_fill(out: &mut String, fill: char, count: usize) {
    out.extend(std::iter::repeat_n(fill, count));
}

/// Inserts separators into `digits` and pads with zeros (separated too) to `min_width`,
/// as CPython's `_PyUnicode_InsertThousandsGrouping`.
fn group_digits(
    digits: &str,
    min_width: usize,
    grouping: Option<Grouping>,
) -> Result<String, FormatError> {
    let (size, sep) = match grouping {
        None => {
            let zeros = min_width.saturating_sub(digits.len());
            let mut out = string_with_room(zeros + digits.len())?;
            push_fill(&mut out, '0', zeros);
            out.push_str(digits);
            return Ok(out);
        }
        Some(Grouping::Comma) => (3, b','),
        Some(Grouping::Underscore) => (3, b'_'),
        Some(Grouping::UnderscoreFour) => (4, b'_'),
    };
    let bytes = digits.as_bytes();
    let mut reversed: Vec<u8> = Vec::new();
    let room = (bytes.len() * 2).saturating_add(min_width.saturating_add(min_width / 3));
    if room > crate::MAX_ALLOC_BYTES {
        return Err(FormatError::Memory);
    }
    reversed
        .try_reserve(room)
        .map_err(|_| FormatError::Memory)?;
    let mut remaining = bytes.len() as isize;
    let mut min_width = min_width as isize;
    let mut use_separator = false;
    loop {
        let len = size.min(remaining.max(min_width).max(1));
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        if use_separator {
            reversed.push(sep);
        }
        let end = remaining as usize;
        reversed.extend(bytes[end - n_chars as usize..end].iter().rev());
        reversed.extend(std::iter::repeat_n(b'0', n_zeros as usize));
        use_separator = true;
        remaining -= n_chars;
        min_width -= len;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    reversed.reverse();
    Ok(String::from_utf8(reversed).unwrap_or_default())
}

/// `format(n, spec)` for an int.
pub fn format_int(n: &BigInt, spec: &str) -> Result<String, FormatError> {
    let parsed = FormatSpec::parse(spec, Some('d'), Align::Right, "int")?;
    format_int_spec(n, &parsed)
}

/// Applies a parsed spec to an int (float types convert the int to a float first).
pub fn format_int_spec(n: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    let base = match spec.kind {
        None | Some('d' | 'n') => 10,
        Some('b') => 2,
        Some('o') => 8,
        Some('x' | 'X') => 16,
        Some('c') => 0,
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let x = int_to_f64(n)?;
            return format_float_spec(x, spec);
        }
        Some(other) => return Err(unknown_code(other, "int")),
    };
    if spec.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if base == 0 {
        return format_int_char(n, spec);
    }
    let mut digits = n.magnitude().to_str_radix(base);
    let upper = spec.kind == Some('X');
    if upper {
        digits.make_ascii_uppercase();
    }
    let prefix = match (spec.alternate, base, upper) {
        (true, 2, _) => "0b",
        (true, 8, _) => "0o",
        (true, 16, false) => "0x",
        (true, 16, true) => "0X",
        _ => "",
    };
    let parts = NumberParts {
        sign: sign_char(n.sign() == Sign::Minus, spec),
        prefix,
        digits: &digits,
        remainder: "",
    };
    layout_number(&parts, spec)
}

/// `float(n)` for an int, with CPython's OverflowError message.
pub fn int_to_f64(n: &BigInt) -> Result<f64, FormatError> {
    n.to_f64()
        .filter(|x| x.is_finite())
        .ok_or_else(|| FormatError::Overflow("int too large to convert to float".to_string()))
}

/// Type `c`: the character with code `n`.
fn format_int_char(n: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.sign.is_some() {
        return Err(value_error(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if spec.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    let code = n.to_i64().ok_or_else(|| {
        FormatError::Overflow("Python int too large to convert to C long".to_string())
    })?;
    let c = u32::try_from(code)
        .ok()
        .and_then(char::from_u32)
        .ok_or_else(|| FormatError::Overflow("%c arg not in range(0x110000)".to_string()))?;
    let mut buf = [0u8; 4];
    let parts = NumberParts {
        sign: None,
        prefix: "",
        digits: "",
        remainder: c.encode_utf8(&mut buf),
    };
    layout_number(&parts, spec)
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &str) -> Result<String, FormatError> {
    let parsed = FormatSpec::parse(spec, None, Align::Right, "float")?;
    format_float_spec(x, &parsed)
}

/// Applies a parsed spec to a float.
pub fn format_float_spec(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let mut flags = FloatFlags {
        alternate: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..FloatFlags::default()
    };
    let mut value = x;
    let mut percent = false;
    let (code, default_precision) = match spec.kind {
        None => {
            flags.add_dot_0 = true;
            (FloatCode::Repr, 0)
        }
        Some('e' | 'E') => (FloatCode::Exp, 6),
        Some('f' | 'F') => (FloatCode::Fixed, 6),
        Some('g' | 'G' | 'n') => (FloatCode::General, 6),
        Some('%') => {
            value *= 100.0;
            percent = true;
            (FloatCode::Fixed, 6)
        }
        Some(other) => return Err(unknown_code(other, "float")),
    };
    flags.upper = matches!(spec.kind, Some('E' | 'F' | 'G'));
    let code = match (code, spec.precision) {
        (FloatCode::Repr, Some(_)) => FloatCode::General,
        (code, _) => code,
    };
    let precision = spec.precision.unwrap_or(default_precision);
    if precision > i32::MAX as usize {
        return Err(value_error("precision too big"));
    }
    let mut text = double_to_string(value, code, precision, flags);
    if percent {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let digits_end = body.bytes().take_while(u8::is_ascii_digit).count();
    let parts = NumberParts {
        sign: sign_char(negative, spec),
        prefix: "",
        digits: &body[..digits_end],
        remainder: &body[digits_end..],
    };
    layout_number(&parts, spec)
}

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, spec: &str) -> Result<String, FormatError> {
    let parsed = FormatSpec::parse(spec, Some('s'), Align::Left, "str")?;
    format_str_spec(s, &parsed)
}

/// Applies a parsed spec to a str: precision truncates, default alignment is left.
pub fn format_str_spec(s: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    if let Some(kind) = spec.kind.filter(|&k| k != 's') {
        return Err(unknown_code(kind, "str"));
    }
    match spec.sign {
        Some(' ') => return Err(value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_0 {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let body = match spec.precision {
        Some(p) => s.char_indices().nth(p).map_or(s, |(cut, _)| &s[..cut]),
        None => s,
    };
    pad_text(body, spec, Align::Left)
}

/// Pads text to the spec's width by its alignment (`default` when none was given).
pub fn pad_text(body: &str, spec: &FormatSpec, default: Align) -> Result<String, FormatError> {
    let len = body.chars().count();
    let pad = spec.width.unwrap_or(0).saturating_sub(len);
    if pad == 0 {
        return Ok(body.to_string());
    }
    let (left, right) = match spec.align_or(default) {
        Align::Left | Align::AfterSign => (0, pad),
        Align::Right => (pad, 0),
        Align::Center => (pad / 2, pad - pad / 2),
    };
    let room = pad.saturating_mul(spec.fill.len_utf8());
    let mut out = string_with_room(body.len().saturating_add(room))?;
    push_fill(&mut out, spec.fill, left);
    out.push_str(body);
    push_fill(&mut out, spec.fill, right);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples() {
        assert_eq!(
            format_int(&BigInt::from(1234), "08,d").unwrap(),
            "0,001,234"
        );
        assert_eq!(
            format_int(&BigInt::from(255), "#_b").unwrap(),
            "0b1111_1111"
        );
        assert_eq!(format_float(f64::INFINITY, "010").unwrap(), "0000000inf");
        assert_eq!(format_str("ab", "010").unwrap(), "ab00000000");
        assert_eq!(
            format_int(&BigInt::from(1), "9223372036854775807"),
            Err(FormatError::Memory)
        );
        assert_eq!(
            format_str("a", "9223372036854775807"),
            Err(FormatError::Memory)
        );
        assert_eq!(
            format_str("a", "é<9223372036854775807"),
            Err(FormatError::Memory)
        );
        assert_eq!(
            format_int(&BigInt::from(1), "é>9223372036854775807"),
            Err(FormatError::Memory)
        );
        assert_eq!(
            format_int(&BigInt::from(1), "09223372036854775807,"),
            Err(FormatError::Memory)
        );
        assert_eq!(
            format_float(1.0, "d").unwrap_err().message(),
            "Unknown format code 'd' for object of type 'float'"
        );
    }
}
