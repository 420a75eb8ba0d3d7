//! Text encodings for `str.encode`, `bytes.decode` and `str(b, encoding)`: UTF-8, ASCII,
//! Latin-1, UTF-16 and UTF-32 with the `strict`, `ignore`, `replace`, `backslashreplace` and
//! `xmlcharrefreplace` error handlers. Counterpart of CPython's `Objects/unicodeobject.c` codecs
//! and `Python/codecs.c` error handlers.

use super::str_call;
use crate::object::{Payload, Value};
use crate::objects::bytes_ops::new_bytes;
use crate::objects::exception::ExceptionData;
use crate::objects::function::Args;
use crate::objects::str::{as_str, from_string, intern, new_str};
use crate::objects::{dict, int, tuple_ops};
use crate::vm::{PyErr, PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16 or UTF-32 (`width` 2 or 4); `big` endian; `bom` written and read.
    Wide {
        width: usize,
        big: bool,
        bom: bool,
    },
}

impl Codec {
    fn lookup(vm: &Vm, encoding: &str) -> PyResult<Codec> {
        let norm: String = encoding
            .trim()
            .to_ascii_lowercase()
            .chars()
            .map(|c| if c == '_' || c == ' ' { '-' } else { c })
            .collect();
        let wide = |width, big, bom| Codec::Wide { width, big, bom };
        Ok(match norm.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
            "ascii" | "us-ascii" | "646" | "us" => Codec::Ascii,
            "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859"
            | "cp819" | "iso-ir-100" => Codec::Latin1,
            "utf-16" | "utf16" | "u16" => wide(2, false, true),
            "utf-16-le" | "utf-16le" => wide(2, false, false),
            "utf-16-be" | "utf-16be" => wide(2, true, false),
            "utf-32" | "utf32" | "u32" => wide(4, false, true),
            "utf-32-le" | "utf-32le" => wide(4, false, false),
            "utf-32-be" | "utf-32be" => wide(4, true, false),
            _ => return Err(vm.new_exc("LookupError", format!("unknown encoding: {encoding}"))),
        })
    }

    /// The name CPython's error messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Wide {
                width: 2,
                bom: true,
                ..
            } => "utf-16",
            Codec::Wide {
                width: 2,
                big: false,
                ..
            } => "utf-16-le",
            Codec::Wide { width: 2, .. } => "utf-16-be",
            Codec::Wide { bom: true, .. } => "utf-32",
            Codec::Wide { big: false, .. } => "utf-32-le",
            Codec::Wide { .. } => "utf-32-be",
        }
    }
}

/// A `UnicodeEncodeError`/`UnicodeDecodeError` with its message and attributes.
fn unicode_error(
    vm: &Vm,
    kind: &str,
    codec: Codec,
    object: Value,
    bad: &Bad,
    message: String,
) -> PyErr {
    let data = ExceptionData::default();
    *data.args.borrow_mut() = Some(tuple_ops::new_tuple(vec![from_string(message)]));
    let exc = Value::alloc_with_dict(
        vm.b().exc(kind).clone(),
        Some(dict::new_dict()),
        Payload::Exception(Box::new(data)),
    );
    let attrs = [
        ("encoding", new_str(codec.name())),
        ("object", object),
        ("start", int::from_usize(bad.start)),
        ("end", int::from_usize(bad.end)),
        ("reason", new_str(bad.reason)),
    ];
    for (k, v) in attrs {
        if let Err(e) = crate::ops::attr::generic_setattr(vm, &exc, &intern(k), Some(v)) {
            return e;
        }
    }
    PyErr(exc)
}

/// `'\xe9'` as CPython shows one character in an encode error.
fn char_escape(c: char) -> String {
    match c as u32 {
        n @ 0..=0xff => format!("\\x{n:02x}"),
        n @ 0x100..=0xffff => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

fn unknown_handler(vm: &Vm, errors: &str) -> PyErr {
    vm.new_exc(
        "LookupError",
        format!("unknown error handler name '{errors}'"),
    )
}

/// Encode `text`; `errors` names the handler for characters the codec cannot represent.
pub fn encode_text(vm: &Vm, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = Codec::lookup(vm, encoding)?;
    let limit = match codec {
        Codec::Utf8 => return Ok(text.as_bytes().to_vec()),
        Codec::Wide { width, big, bom } => return Ok(encode_wide(text, width, big, bom)),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    if text.is_ascii() {
        return Ok(text.as_bytes().to_vec());
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let end = i + chars[i..]
            .iter()
            .take_while(|&&c| (c as u32) >= limit)
            .count();
        encode_failure(vm, &chars, i, end, codec, errors, &mut out)?;
        i = end;
    }
    Ok(out)
}

/// Applies the error handler to the unencodable characters `start..end`.
fn encode_failure(
    vm: &Vm,
    chars: &[char],
    start: usize,
    end: usize,
    codec: Codec,
    errors: &str,
    out: &mut Vec<u8>,
) -> PyResult<()> {
    let bad = &chars[start..end];
    match errors {
        "strict" | "surrogateescape" | "surrogatepass" => {
            let reason = if codec == Codec::Ascii {
                "ordinal not in range(128)"
            } else {
                "ordinal not in range(256)"
            };
            let what = if bad.len() == 1 {
                format!("character '{}' in position {start}", char_escape(bad[0]))
            } else {
                format!("characters in position {start}-{}", end - 1)
            };
            let message = format!("'{}' codec can't encode {what}: {reason}", codec.name());
            let object = from_string(chars.iter().collect());
            let bad = Bad { start, end, reason };
            Err(unicode_error(
                vm,
                "UnicodeEncodeError",
                codec,
                object,
                &bad,
                message,
            ))
        }
        "ignore" => Ok(()),
        "replace" => {
            out.extend(std::iter::repeat_n(b'?', bad.len()));
            Ok(())
        }
        "backslashreplace" => {
            bad.iter()
                .for_each(|&c| out.extend_from_slice(char_escape(c).as_bytes()));
            Ok(())
        }
        "xmlcharrefreplace" => {
            bad.iter()
                .for_each(|&c| out.extend_from_slice(format!("&#{};", c as u32).as_bytes()));
            Ok(())
        }
        _ => Err(unknown_handler(vm, errors)),
    }
}

fn push_unit(out: &mut Vec<u8>, unit: u32, width: usize, big: bool) {
    if width == 2 {
        let u = unit as u16;
        out.extend_from_slice(&if big {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    } else {
        out.extend_from_slice(&if big {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
}

fn encode_wide(text: &str, width: usize, big: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * width + width);
    if bom {
        push_unit(&mut out, 0xfeff, width, big);
    }
    if width == 2 {
        text.encode_utf16()
            .for_each(|u| push_unit(&mut out, u32::from(u), 2, big));
    } else {
        text.chars()
            .for_each(|c| push_unit(&mut out, c as u32, 4, big));
    }
    out
}

/// One undecodable stretch of input: `start..end` and why.
struct Bad {
    start: usize,
    end: usize,
    reason: &'static str,
}

/// Decode `data`; `errors` names the handler for invalid input.
pub fn decode_bytes(vm: &Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = Codec::lookup(vm, encoding)?;
    let mut out = String::with_capacity(data.len());
    let mut pos = 0;
    while pos < data.len() {
        let bad = match codec {
            Codec::Utf8 => decode_utf8(data, &mut pos, &mut out),
            Codec::Ascii => decode_ascii(data, &mut pos, &mut out),
            Codec::Latin1 => {
                out.extend(data.iter().map(|&b| char::from(b)));
                pos = data.len();
                None
            }
            Codec::Wide { width, big, bom } => {
                decode_wide(data, &mut pos, &mut out, width, big, bom)
            }
        };
        if let Some(bad) = bad {
            decode_failure(vm, data, &bad, codec, errors, &mut out)?;
            pos = bad.end;
        }
    }
    Ok(out)
}

fn decode_failure(
    vm: &Vm,
    data: &[u8],
    bad: &Bad,
    codec: Codec,
    errors: &str,
    out: &mut String,
) -> PyResult<()> {
    match errors {
        "strict" | "surrogateescape" | "surrogatepass" => {
            let what = if bad.end - bad.start == 1 {
                format!("byte 0x{:02x} in position {}", data[bad.start], bad.start)
            } else {
                format!("bytes in position {}-{}", bad.start, bad.end - 1)
            };
            let message = format!(
                "'{}' codec can't decode {what}: {}",
                codec.name(),
                bad.reason
            );
            let object = new_bytes(data.to_vec());
            Err(unicode_error(
                vm,
                "UnicodeDecodeError",
                codec,
                object,
                bad,
                message,
            ))
        }
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            data[bad.start..bad.end]
                .iter()
                .for_each(|b| out.push_str(&format!("\\x{b:02x}")));
            Ok(())
        }
        _ => Err(unknown_handler(vm, errors)),
    }
}

/// Decodes valid UTF-8 from `*pos` into `out`; the first invalid stretch, if any.
fn decode_utf8(data: &[u8], pos: &mut usize, out: &mut String) -> Option<Bad> {
    let rest = &data[*pos..];
    match std::str::from_utf8(rest) {
        Ok(s) => {
            out.push_str(s);
            *pos = data.len();
            None
        }
        Err(e) => {
            let good = e.valid_up_to();
            out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
            let start = *pos + good;
            *pos = start;
            Some(match e.error_len() {
                None => Bad {
                    start,
                    end: data.len(),
                    reason: "unexpected end of data",
                },
                Some(n) => {
                    let lead = data[start];
                    let reason = if matches!(lead, 0xc2..=0xf4) {
                        "invalid continuation byte"
                    } else {
                        "invalid start byte"
                    };
                    Bad {
                        start,
                        end: start + n,
                        reason,
                    }
                }
            })
        }
    }
}

fn decode_ascii(data: &[u8], pos: &mut usize, out: &mut String) -> Option<Bad> {
    while let Some(&b) = data.get(*pos) {
        if b >= 0x80 {
            return Some(Bad {
                start: *pos,
                end: *pos + 1,
                reason: "ordinal not in range(128)",
            });
        }
        out.push(char::from(b));
        *pos += 1;
    }
    None
}

fn read_unit(data: &[u8], at: usize, width: usize, big: bool) -> Option<u32> {
    let b = data.get(at..at + width)?;
    Some(match (width, big) {
        (2, false) => u32::from(u16::from_le_bytes([b[0], b[1]])),
        (2, true) => u32::from(u16::from_be_bytes([b[0], b[1]])),
        (_, false) => u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
        (_, true) => u32::from_be_bytes([b[0], b[1], b[2], b[3]]),
    })
}

fn decode_wide(
    data: &[u8],
    pos: &mut usize,
    out: &mut String,
    width: usize,
    mut big: bool,
    bom: bool,
) -> Option<Bad> {
    if bom && *pos == 0 {
        match read_unit(data, 0, width, false) {
            Some(0xfeff) => *pos = width,
            Some(u) if u == if width == 2 { 0xfffe } else { 0xfffe_0000 } => {
                *pos = width;
                big = true;
            }
            _ => {}
        }
    }
    while *pos < data.len() {
        let Some(unit) = read_unit(data, *pos, width, big) else {
            return Some(Bad {
                start: *pos,
                end: data.len(),
                reason: "truncated data",
            });
        };
        if width == 4 {
            let Some(c) = char::from_u32(unit) else {
                return Some(Bad {
                    start: *pos,
                    end: *pos + 4,
                    reason: "code point not in range(0x110000)",
                });
            };
            out.push(c);
            *pos += 4;
            continue;
        }
        let low = read_unit(data, *pos + 2, 2, big);
        let units = [unit as u16, low.unwrap_or(0) as u16];
        match char::decode_utf16(units).next() {
            Some(Ok(c)) => {
                out.push(c);
                *pos += c.len_utf16() * 2;
            }
            _ if (0xd800..0xdc00).contains(&unit) && low.is_none() => {
                return Some(Bad {
                    start: *pos,
                    end: data.len(),
                    reason: "unexpected end of data",
                });
            }
            _ => {
                return Some(Bad {
                    start: *pos,
                    end: *pos + 2,
                    reason: "illegal encoding",
                });
            }
        }
    }
    None
}

/// An `encoding`/`errors` argument: a str, else CPython's clinic message.
pub fn text_arg<'v>(
    vm: &Vm,
    v: Option<&'v Value>,
    func: &str,
    param: &str,
    default: &'v str,
) -> PyResult<&'v str> {
    match v {
        None => Ok(default),
        Some(v) => as_str(v).ok_or_else(|| {
            vm.type_error(format!(
                "{func}() argument '{param}' must be str, not {}",
                vm.type_name(v)
            ))
        }),
    }
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn encode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, "encode")?;
    let [encoding, errors] = call.keywords(vm, ["encoding", "errors"], 0)?;
    let encoding = text_arg(vm, encoding, "encode", "encoding", "utf-8")?;
    let errors = text_arg(vm, errors, "encode", "errors", "strict")?;
    encode_text(vm, s.as_str(), encoding, errors).map(new_bytes)
}
