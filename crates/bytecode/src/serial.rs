//! A small, versioned binary format for code objects, used for the stdlib that is compiled at
//! build time. Counterpart of CPython's `Python/marshal.c` (its role, not its format): gilpy's
//! format is its own, and only gilpy of the same format version reads it.
//!
//! Layout: the magic `GPYC`, a little-endian `u16` version, then one code object. Numbers are
//! unsigned LEB128; strings and byte strings are a length and the bytes; a constant is a tag
//! byte and its body. Decoding checks every length against the bytes left and bounds nesting,
//! so malformed input is an error, never a panic or a huge allocation.

use crate::code::{CodeObject, Constant, Position};
use num_bigint::BigInt;
use std::fmt;

const MAGIC: &[u8; 4] = b"GPYC";
/// Bump when the layout, the `CodeObject` fields or the instruction set change.
pub const VERSION: u16 = 1;
/// Deepest nesting of code objects and tuples a decoder accepts.
const MAX_DEPTH: usize = 200;

mod tag {
    pub const NONE: u8 = 0;
    pub const FALSE: u8 = 1;
    pub const TRUE: u8 = 2;
    pub const INT: u8 = 3;
    pub const FLOAT: u8 = 4;
    pub const COMPLEX: u8 = 5;
    pub const STR: u8 = 6;
    pub const BYTES: u8 = 7;
    pub const TUPLE: u8 = 8;
    pub const FROZENSET: u8 = 9;
    pub const ELLIPSIS: u8 = 10;
    pub const CODE: u8 = 11;
}

/// Why bytes did not decode to a code object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    /// Byte offset where decoding stopped.
    pub offset: usize,
    pub what: &'static str,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "bad code object data at byte {}: {}",
            self.offset, self.what
        )
    }
}

impl std::error::Error for DecodeError {}

impl CodeObject {
    /// Serialize, header included.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(256);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        write_code(&mut out, self);
        out
    }

    /// Deserialize what `to_bytes` wrote; the whole input must be one code object.
    pub fn from_bytes(bytes: &[u8]) -> Result<CodeObject, DecodeError> {
        let mut r = Reader { bytes, pos: 0 };
        if r.take(4)? != MAGIC {
            return Err(r.error("not gilpy code data (bad magic)"));
        }
        let v = r.take(2)?;
        if u16::from_le_bytes([v[0], v[1]]) != VERSION {
            return Err(r.error("unsupported format version"));
        }
        let code = r.code(0)?;
        if r.pos != bytes.len() {
            return Err(r.error("trailing bytes"));
        }
        Ok(code)
    }
}

impl Constant {
    /// Serialize one constant (no header).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        write_const(&mut out, self);
        out
    }

    /// Deserialize what `Constant::to_bytes` wrote.
    pub fn from_bytes(bytes: &[u8]) -> Result<Constant, DecodeError> {
        let mut r = Reader { bytes, pos: 0 };
        let c = r.constant(0)?;
        if r.pos != bytes.len() {
            return Err(r.error("trailing bytes"));
        }
        Ok(c)
    }
}

fn write_uint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn write_len(out: &mut Vec<u8>, n: usize) {
    write_uint(out, n as u64);
}

fn write_bytes(out: &mut Vec<u8>, b: &[u8]) {
    write_len(out, b.len());
    out.extend_from_slice(b);
}

fn write_strs(out: &mut Vec<u8>, v: &[String]) {
    write_len(out, v.len());
    for s in v {
        write_bytes(out, s.as_bytes());
    }
}

fn write_code(out: &mut Vec<u8>, c: &CodeObject) {
    for n in [
        c.argcount,
        c.posonlyargcount,
        c.kwonlyargcount,
        c.stacksize,
        c.flags,
    ] {
        write_uint(out, u64::from(n));
    }
    write_bytes(out, &c.code);
    write_len(out, c.consts.len());
    for k in &c.consts {
        write_const(out, k);
    }
    for v in [&c.names, &c.varnames, &c.cellvars, &c.freevars] {
        write_strs(out, v);
    }
    for s in [&c.filename, &c.name, &c.qualname] {
        write_bytes(out, s.as_bytes());
    }
    write_uint(out, u64::from(c.firstlineno));
    write_len(out, c.positions.len());
    for p in &c.positions {
        for n in [p.line, p.end_line, p.col, p.end_col] {
            write_uint(out, u64::from(n));
        }
    }
}

fn write_const(out: &mut Vec<u8>, c: &Constant) {
    match c {
        Constant::None => out.push(tag::NONE),
        Constant::Bool(false) => out.push(tag::FALSE),
        Constant::Bool(true) => out.push(tag::TRUE),
        Constant::Int(i) => {
            out.push(tag::INT);
            write_bytes(out, &i.to_signed_bytes_le());
        }
        Constant::Float(f) => {
            out.push(tag::FLOAT);
            out.extend_from_slice(&f.to_bits().to_le_bytes());
        }
        Constant::Complex { real, imag } => {
            out.push(tag::COMPLEX);
            out.extend_from_slice(&real.to_bits().to_le_bytes());
            out.extend_from_slice(&imag.to_bits().to_le_bytes());
        }
        Constant::Str(s) => {
            out.push(tag::STR);
            write_bytes(out, s.as_bytes());
        }
        Constant::Bytes(b) => {
            out.push(tag::BYTES);
            write_bytes(out, b);
        }
        Constant::Tuple(items) | Constant::FrozenSet(items) => {
            let t = if matches!(c, Constant::Tuple(_)) {
                tag::TUPLE
            } else {
                tag::FROZENSET
            };
            out.push(t);
            write_len(out, items.len());
            for k in items {
                write_const(out, k);
            }
        }
        Constant::Ellipsis => out.push(tag::ELLIPSIS),
        Constant::Code(code) => {
            out.push(tag::CODE);
            write_code(out, code);
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn error(&self, what: &'static str) -> DecodeError {
        DecodeError {
            offset: self.pos,
            what,
        }
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], DecodeError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or_else(|| self.error("unexpected end of data"))?;
        let s = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    fn byte(&mut self) -> Result<u8, DecodeError> {
        Ok(self.take(1)?[0])
    }

    fn uint(&mut self) -> Result<u64, DecodeError> {
        let mut n: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(self.error("number too long"))
    }

    fn u32(&mut self) -> Result<u32, DecodeError> {
        let n = self.uint()?;
        u32::try_from(n).map_err(|_| self.error("number out of range"))
    }

    /// A count of items, each at least one byte long, so no count can exceed the bytes left.
    fn count(&mut self) -> Result<usize, DecodeError> {
        let n = self.uint()?;
        usize::try_from(n)
            .ok()
            .filter(|&n| n <= self.bytes.len() - self.pos)
            .ok_or_else(|| self.error("length past the end of data"))
    }

    fn blob(&mut self) -> Result<&'a [u8], DecodeError> {
        let n = self.count()?;
        self.take(n)
    }

    fn string(&mut self) -> Result<String, DecodeError> {
        let b = self.blob()?;
        std::str::from_utf8(b)
            .map(str::to_owned)
            .map_err(|_| self.error("string is not UTF-8"))
    }

    fn strings(&mut self) -> Result<Vec<String>, DecodeError> {
        let n = self.count()?;
        (0..n).map(|_| self.string()).collect()
    }

    fn f64(&mut self) -> Result<f64, DecodeError> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(f64::from_bits(u64::from_le_bytes(a)))
    }

    fn code(&mut self, depth: usize) -> Result<CodeObject, DecodeError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        let argcount = self.u32()?;
        let posonlyargcount = self.u32()?;
        let kwonlyargcount = self.u32()?;
        let stacksize = self.u32()?;
        let flags = self.u32()?;
        let code = self.blob()?.to_vec();
        if code.len() % 2 != 0 {
            return Err(self.error("odd wordcode length"));
        }
        let n = self.count()?;
        let consts = (0..n)
            .map(|_| self.constant(depth + 1))
            .collect::<Result<_, _>>()?;
        let names = self.strings()?;
        let varnames = self.strings()?;
        let cellvars = self.strings()?;
        let freevars = self.strings()?;
        let filename = self.string()?;
        let name = self.string()?;
        let qualname = self.string()?;
        let firstlineno = self.u32()?;
        let n = self.count()?;
        let positions = (0..n)
            .map(|_| {
                Ok(Position {
                    line: self.u32()?,
                    end_line: self.u32()?,
                    col: self.u32()?,
                    end_col: self.u32()?,
                })
            })
            .collect::<Result<_, _>>()?;
        Ok(CodeObject {
            argcount,
            posonlyargcount,
            kwonlyargcount,
            stacksize,
            flags,
            code,
            consts,
            names,
            varnames,
            cellvars,
            freevars,
            filename,
            name,
            qualname,
            firstlineno,
            positions,
        })
    }

    fn constant(&mut self, depth: usize) -> Result<Constant, DecodeError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        Ok(match self.byte()? {
            tag::NONE => Constant::None,
            tag::FALSE => Constant::Bool(false),
            tag::TRUE => Constant::Bool(true),
            tag::INT => Constant::Int(BigInt::from_signed_bytes_le(self.blob()?)),
            tag::FLOAT => Constant::Float(self.f64()?),
            tag::COMPLEX => Constant::Complex {
                real: self.f64()?,
                imag: self.f64()?,
            },
            tag::STR => Constant::Str(self.string()?),
            tag::BYTES => Constant::Bytes(self.blob()?.to_vec()),
            t @ (tag::TUPLE | tag::FROZENSET) => {
                let n = self.count()?;
                let items = (0..n)
                    .map(|_| self.constant(depth + 1))
                    .collect::<Result<_, _>>()?;
                if t == tag::TUPLE {
                    Constant::Tuple(items)
                } else {
                    Constant::FrozenSet(items)
                }
            }
            tag::ELLIPSIS => Constant::Ellipsis,
            tag::CODE => Constant::Code(Box::new(self.code(depth + 1)?)),
            _ => return Err(self.error("unknown constant tag")),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> CodeObject {
        let inner = CodeObject {
            argcount: 2,
            posonlyargcount: 1,
            kwonlyargcount: 1,
            stacksize: 300,
            flags: crate::code::flags::GENERATOR | crate::code::flags::NESTED,
            code: vec![100, 0, 83, 0],
            consts: vec![Constant::None],
            names: vec![],
            varnames: vec!["a".into(), "b".into(), "é".into()],
            cellvars: vec!["c".into()],
            freevars: vec!["d".into()],
            filename: "<frozen x>".into(),
            name: "f".into(),
            qualname: "C.f".into(),
            firstlineno: 70_000,
            positions: vec![
                Position {
                    line: 70_000,
                    end_line: 70_001,
                    col: 4,
                    end_col: 200,
                },
                Position::default(),
            ],
        };
        let big: BigInt = "-123456789012345678901234567890"
            .parse()
            .unwrap_or_default();
        CodeObject {
            consts: vec![
                Constant::None,
                Constant::Bool(true),
                Constant::Bool(false),
                Constant::Int(BigInt::from(0)),
                Constant::Int(BigInt::from(-1)),
                Constant::Int(big),
                Constant::Float(-0.0),
                Constant::Float(f64::INFINITY),
                Constant::Complex {
                    real: 1.5,
                    imag: -2.0,
                },
                Constant::Str("snow ☃ \0".into()),
                Constant::Bytes(vec![0, 255, 10]),
                Constant::Tuple(vec![Constant::Ellipsis, Constant::Tuple(vec![])]),
                Constant::FrozenSet(vec![Constant::Str("a".into())]),
                Constant::Code(Box::new(inner)),
            ],
            names: vec!["print".into()],
            code: vec![116, 0, 100, 1, 131, 1, 1, 0],
            ..module()
        }
    }

    fn module() -> CodeObject {
        CodeObject {
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            stacksize: 2,
            flags: 0,
            code: vec![],
            consts: vec![],
            names: vec![],
            varnames: vec![],
            cellvars: vec![],
            freevars: vec![],
            filename: "<string>".into(),
            name: "<module>".into(),
            qualname: "<module>".into(),
            firstlineno: 1,
            positions: vec![Position::default(); 4],
        }
    }

    #[test]
    fn code_round_trips() {
        let c = sample();
        assert_eq!(CodeObject::from_bytes(&c.to_bytes()), Ok(c));
    }

    #[test]
    fn constants_round_trip() {
        for k in sample().consts {
            assert_eq!(Constant::from_bytes(&k.to_bytes()), Ok(k));
        }
    }

    #[test]
    fn nan_keeps_its_bits() {
        let nan = f64::from_bits(0x7ff8_0000_0000_0001);
        match Constant::from_bytes(&Constant::Float(nan).to_bytes()) {
            Ok(Constant::Float(f)) => assert_eq!(f.to_bits(), nan.to_bits()),
            other => panic!("decoded {other:?}"),
        }
    }

    #[test]
    fn every_truncation_is_an_error() {
        let bytes = sample().to_bytes();
        for n in 0..bytes.len() {
            assert!(CodeObject::from_bytes(&bytes[..n]).is_err(), "prefix {n}");
        }
    }

    #[test]
    fn corrupted_bytes_do_not_panic() {
        let bytes = sample().to_bytes();
        for i in 0..bytes.len() {
            for b in [0u8, 0x7f, 0x80, 0xff] {
                let mut bad = bytes.clone();
                bad[i] = b;
                let _ = CodeObject::from_bytes(&bad);
            }
        }
    }

    #[test]
    fn header_is_checked() {
        let mut bytes = sample().to_bytes();
        bytes[0] = b'X';
        assert_eq!(
            CodeObject::from_bytes(&bytes).map_err(|e| e.what),
            Err("not gilpy code data (bad magic)")
        );
        let mut bytes = sample().to_bytes();
        bytes[4] = bytes[4].wrapping_add(1);
        assert_eq!(
            CodeObject::from_bytes(&bytes).map_err(|e| e.what),
            Err("unsupported format version")
        );
        let mut bytes = sample().to_bytes();
        bytes.push(0);
        assert_eq!(
            CodeObject::from_bytes(&bytes).map_err(|e| e.what),
            Err("trailing bytes")
        );
    }

    #[test]
    fn deep_nesting_is_refused() {
        let mut bytes = Vec::new();
        for _ in 0..10_000 {
            bytes.extend_from_slice(&[tag::TUPLE, 1]);
        }
        bytes.push(tag::NONE);
        assert_eq!(
            Constant::from_bytes(&bytes).map_err(|e| e.what),
            Err("nested too deeply")
        );
    }
}
