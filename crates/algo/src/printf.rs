//! The `%`-formatting engine of `str % args`: conversions `d i o u x X e E f F g G c r s a %`,
//! flags `#0- +`, width and precision (with `*`), and `%(key)s` mapping keys. Counterpart of
//! `PyUnicode_Format` and its helpers in Objects/unicodeobject.c.
//!
//! The VM supplies the arguments through [`FormatArgs`]: it knows tuples, mappings, `str()`,
//! `__index__` and `__float__`; this module knows the format language and CPython's messages.

use num_bigint::{BigInt, Sign};

use crate::float_repr::{FloatCode, FloatFlags, double_to_string, float_to_bigint};

/// Which Python exception a [`PrintfError`] stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Type,
    Value,
    Overflow,
}

/// An error of the format language itself, with CPython's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintfError {
    pub kind: ErrorKind,
    pub message: String,
}

#[cold]
fn error(kind: ErrorKind, message: impl Into<String>) -> PrintfError {
    PrintfError {
        kind,
        message: message.into(),
    }
}

/// The right-hand side of `%`, as the VM sees it.
pub trait FormatArgs {
    /// One argument (an object reference in the VM).
    type Arg;
    /// The VM's error; format errors convert into it.
    type Error: From<PrintfError>;

    /// The next positional argument: the items of a tuple in turn, or the single non-tuple
    /// object once; `None` when used up.
    fn next_positional(&mut self) -> Option<Self::Arg>;
    /// Whether positional arguments are left over (checked at the end).
    fn has_unused(&self) -> bool;
    /// Whether the right-hand side is a mapping (and not a tuple or str).
    fn is_mapping(&self) -> bool;
    /// `args[key]` for `%(key)s` (KeyError is the VM's).
    fn mapping_item(&mut self, key: &str) -> Result<Self::Arg, Self::Error>;
    /// `str(arg)`.
    fn str(&mut self, arg: &Self::Arg) -> Result<String, Self::Error>;
    /// `repr(arg)`.
    fn repr(&mut self, arg: &Self::Arg) -> Result<String, Self::Error>;
    /// `ascii(arg)`.
    fn ascii(&mut self, arg: &Self::Arg) -> Result<String, Self::Error>;
    /// The int value of an int (or an object with `__index__`); `None` for other objects.
    fn index(&mut self, arg: &Self::Arg) -> Result<Option<BigInt>, Self::Error>;
    /// The float value of a float, int or object with `__float__`; `None` otherwise.
    fn real(&mut self, arg: &Self::Arg) -> Result<Option<f64>, Self::Error>;
    /// The text of a str argument; `None` when it is not a str.
    fn text(&mut self, arg: &Self::Arg) -> Option<String>;
    /// `type(arg).__name__`, for messages.
    fn type_name(&self, arg: &Self::Arg) -> String;
}

/// The flags and sizes of one conversion.
#[derive(Default)]
struct Spec {
    left_justify: bool,
    plus: bool,
    blank: bool,
    alternate: bool,
    zero: bool,
    width: usize,
    precision: Option<usize>,
}

/// `fmt % args`.
pub fn format<A: FormatArgs>(fmt: &str, args: &mut A) -> Result<String, A::Error> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut pos = 0;
    let mut used_key = false;
    while pos < chars.len() {
        if chars[pos] != '%' {
            out.push(chars[pos]);
            pos += 1;
            continue;
        }
        pos += 1;
        if chars.get(pos) == Some(&'%') {
            out.push('%');
            pos += 1;
            continue;
        }
        pos = convert(&chars, pos, args, &mut used_key, &mut out)?;
    }
    if !args.is_mapping() && args.has_unused() {
        return Err(error(
            ErrorKind::Type,
            "not all arguments converted during string formatting",
        )
        .into());
    }
    Ok(out)
}

/// Fetches the next positional argument, or fails as CPython does.
fn next_arg<A: FormatArgs>(args: &mut A, used_key: bool) -> Result<A::Arg, A::Error> {
    let arg = if used_key {
        None
    } else {
        args.next_positional()
    };
    arg.ok_or_else(|| error(ErrorKind::Type, "not enough arguments for format string").into())
}

/// Parses and performs one conversion starting after its `%`; returns the position after it.
fn convert<A: FormatArgs>(
    chars: &[char],
    mut pos: usize,
    args: &mut A,
    used_key: &mut bool,
    out: &mut String,
) -> Result<usize, A::Error> {
    let mut keyed = None;
    if chars.get(pos) == Some(&'(') {
        let (key, after) = parse_key(chars, pos)?;
        if !args.is_mapping() {
            return Err(error(ErrorKind::Type, "format requires a mapping").into());
        }
        keyed = Some(args.mapping_item(&key)?);
        *used_key = true;
        pos = after;
    }
    let mut spec = Spec::default();
    pos = parse_flags(chars, pos, &mut spec);
    pos = parse_width(chars, pos, args, *used_key, &mut spec)?;
    pos = parse_precision(chars, pos, args, *used_key, &mut spec)?;
    while matches!(chars.get(pos), Some('h' | 'l' | 'L')) {
        pos += 1;
    }
    let Some(&conversion) = chars.get(pos) else {
        return Err(error(ErrorKind::Value, "incomplete format").into());
    };
    let arg = match keyed {
        Some(arg) => arg,
        None => next_arg(args, *used_key)?,
    };
    let body = render(conversion, pos, &arg, &spec, args)?;
    write_padded(out, &body, &spec);
    Ok(pos + 1)
}

/// `(key)` with nested parentheses; returns the key and the position after `)`.
fn parse_key(chars: &[char], open: usize) -> Result<(String, usize), PrintfError> {
    let mut depth = 1;
    let mut pos = open + 1;
    while pos < chars.len() {
        match chars[pos] {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Ok((chars[open + 1..pos].iter().collect(), pos + 1));
                }
            }
            _ => {}
        }
        pos += 1;
    }
    Err(error(ErrorKind::Value, "incomplete format key"))
}

fn parse_flags(chars: &[char], mut pos: usize, spec: &mut Spec) -> usize {
    while let Some(&c) = chars.get(pos) {
        match c {
            '-' => spec.left_justify = true,
            '+' => spec.plus = true,
            ' ' => spec.blank = true,
            '#' => spec.alternate = true,
            '0' => spec.zero = true,
            _ => break,
        }
        pos += 1;
    }
    pos
}

/// A `*` argument: an int.
fn star_arg<A: FormatArgs>(args: &mut A, used_key: bool) -> Result<BigInt, A::Error> {
    let arg = next_arg(args, used_key)?;
    args.index(&arg)?
        .ok_or_else(|| error(ErrorKind::Type, "* wants int").into())
}

/// Decimal digits of a width or precision; `what` names it in the overflow message.
fn parse_number(chars: &[char], pos: &mut usize, what: &str) -> Result<usize, PrintfError> {
    let mut value: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= i32::MAX as usize)
            .ok_or_else(|| error(ErrorKind::Value, format!("{what} too big")))?;
        *pos += 1;
    }
    Ok(value)
}

fn parse_width<A: FormatArgs>(
    chars: &[char],
    mut pos: usize,
    args: &mut A,
    used_key: bool,
    spec: &mut Spec,
) -> Result<usize, A::Error> {
    if chars.get(pos) == Some(&'*') {
        let width = star_arg(args, used_key)?;
        if width.sign() == Sign::Minus {
            spec.left_justify = true;
        }
        spec.width = usize::try_from(width.magnitude())
            .ok()
            .filter(|&w| w <= i32::MAX as usize)
            .ok_or_else(|| error(ErrorKind::Value, "width too big"))?;
        return Ok(pos + 1);
    }
    spec.width = parse_number(chars, &mut pos, "width")?;
    Ok(pos)
}

fn parse_precision<A: FormatArgs>(
    chars: &[char],
    mut pos: usize,
    args: &mut A,
    used_key: bool,
    spec: &mut Spec,
) -> Result<usize, A::Error> {
    if chars.get(pos) != Some(&'.') {
        return Ok(pos);
    }
    pos += 1;
    if chars.get(pos) == Some(&'*') {
        let precision = star_arg(args, used_key)?;
        let precision = if precision.sign() == Sign::Minus {
            0
        } else {
            usize::try_from(&precision)
                .ok()
                .filter(|&p| p <= i32::MAX as usize)
                .ok_or_else(|| error(ErrorKind::Value, "precision too big"))?
        };
        spec.precision = Some(precision);
        return Ok(pos + 1);
    }
    spec.precision = Some(parse_number(chars, &mut pos, "precision")?);
    Ok(pos)
}

/// A converted argument before padding: numbers keep sign and prefix apart for zero fill.
struct Body {
    sign: Option<char>,
    prefix: &'static str,
    digits: String,
    numeric: bool,
}

impl Body {
    fn text(digits: String) -> Body {
        Body {
            sign: None,
            prefix: "",
            digits,
            numeric: false,
        }
    }
}

/// Performs conversion `c` (at `index` in the format) on `arg`.
fn render<A: FormatArgs>(
    c: char,
    index: usize,
    arg: &A::Arg,
    spec: &Spec,
    args: &mut A,
) -> Result<Body, A::Error> {
    match c {
        's' | 'r' | 'a' => {
            let mut text = match c {
                's' => args.str(arg)?,
                'r' => args.repr(arg)?,
                _ => args.ascii(arg)?,
            };
            if let Some((cut, _)) = spec.precision.and_then(|p| text.char_indices().nth(p)) {
                text.truncate(cut);
            }
            Ok(Body::text(text))
        }
        'd' | 'i' | 'u' => {
            let n = real_to_int(c, arg, args)?;
            Ok(int_body(&n, 10, c, spec))
        }
        'o' | 'x' | 'X' => {
            let n = args.index(arg)?.ok_or_else(|| {
                error(
                    ErrorKind::Type,
                    format!(
                        "%{c} format: an integer is required, not {}",
                        args.type_name(arg)
                    ),
                )
            })?;
            Ok(int_body(&n, if c == 'o' { 8 } else { 16 }, c, spec))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = args.real(arg)?.ok_or_else(|| {
                error(
                    ErrorKind::Type,
                    format!("must be real number, not {}", args.type_name(arg)),
                )
            })?;
            Ok(float_body(x, c, spec))
        }
        'c' => Ok(Body::text(char_arg(arg, args)?.to_string())),
        _ => {
            let shown = if (31..=126).contains(&(c as u32)) {
                c
            } else {
                '?'
            };
            Err(error(
                ErrorKind::Value,
                format!(
                    "unsupported format character '{shown}' (0x{:x}) at index {index}",
                    c as u32
                ),
            )
            .into())
        }
    }
}

/// `%d` of any real number: ints as they are, floats truncated.
fn real_to_int<A: FormatArgs>(c: char, arg: &A::Arg, args: &mut A) -> Result<BigInt, A::Error> {
    if let Some(n) = args.index(arg)? {
        return Ok(n);
    }
    let Some(x) = args.real(arg)? else {
        let message = format!(
            "%{c} format: a real number is required, not {}",
            args.type_name(arg)
        );
        return Err(error(ErrorKind::Type, message).into());
    };
    if x.is_nan() {
        return Err(error(ErrorKind::Value, "cannot convert float NaN to integer").into());
    }
    if x.is_infinite() {
        return Err(error(
            ErrorKind::Overflow,
            "cannot convert float infinity to integer",
        )
        .into());
    }
    Ok(float_to_bigint(x))
}

/// `%c`: an int code point or a one-character str.
fn char_arg<A: FormatArgs>(arg: &A::Arg, args: &mut A) -> Result<char, A::Error> {
    let requires = || error(ErrorKind::Type, "%c requires int or char");
    if let Some(text) = args.text(arg) {
        let mut chars = text.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(requires().into()),
        };
    }
    let n = args.index(arg)?.ok_or_else(requires)?;
    u32::try_from(&n)
        .ok()
        .and_then(char::from_u32)
        .ok_or_else(|| error(ErrorKind::Overflow, "%c arg not in range(0x110000)").into())
}

fn sign_for(negative: bool, spec: &Spec) -> Option<char> {
    if negative {
        Some('-')
    } else if spec.plus {
        Some('+')
    } else if spec.blank {
        Some(' ')
    } else {
        None
    }
}

/// Digits of an int in `base`, at least `precision` of them, with the `#` prefix.
fn int_body(n: &BigInt, base: u32, c: char, spec: &Spec) -> Body {
    let mut digits = n.magnitude().to_str_radix(base);
    if c == 'X' {
        digits.make_ascii_uppercase();
    }
    if let Some(p) = spec.precision.filter(|&p| p > digits.len()) {
        digits.insert_str(0, &"0".repeat(p - digits.len()));
    }
    let prefix = match (spec.alternate, c) {
        (true, 'o') => "0o",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    Body {
        sign: sign_for(n.sign() == Sign::Minus, spec),
        prefix,
        digits,
        numeric: true,
    }
}

/// `%e %f %g` and upper-case forms, default precision 6.
fn float_body(x: f64, c: char, spec: &Spec) -> Body {
    let code = match c.to_ascii_lowercase() {
        'e' => FloatCode::Exp,
        'f' => FloatCode::Fixed,
        _ => FloatCode::General,
    };
    let flags = FloatFlags {
        alternate: spec.alternate,
        upper: c.is_ascii_uppercase(),
        ..FloatFlags::default()
    };
    let text = double_to_string(x, code, spec.precision.unwrap_or(6), flags);
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest.to_string()),
        None => (false, text),
    };
    Body {
        sign: sign_for(negative, spec),
        prefix: "",
        digits,
        numeric: true,
    }
}

/// Pads to the width: spaces left (or right with `-`), zeros after sign and prefix with `0`.
fn write_padded(out: &mut String, body: &Body, spec: &Spec) {
    let len = usize::from(body.sign.is_some()) + body.prefix.len() + body.digits.chars().count();
    let pad = spec.width.saturating_sub(len);
    let zero_fill = body.numeric && spec.zero && !spec.left_justify;
    if !spec.left_justify && !zero_fill {
        out.extend(std::iter::repeat_n(' ', pad));
    }
    out.extend(body.sign);
    out.push_str(body.prefix);
    if zero_fill {
        out.extend(std::iter::repeat_n('0', pad));
    }
    out.push_str(&body.digits);
    if spec.left_justify {
        out.extend(std::iter::repeat_n(' ', pad));
    }
}
