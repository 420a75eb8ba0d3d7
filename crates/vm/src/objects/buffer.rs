//! The buffer protocol, reduced to what gilpy's exporters need: the bytes of a `bytes`,
//! `bytearray`, `array.array` or `memoryview`, and single items in the `struct` formats that
//! `array` typecodes and `memoryview.format` use (native size and byte order). Counterpart of
//! CPython's `Objects/abstract.c` buffer functions and the item codecs of
//! `Modules/arraymodule.c` and `Objects/memoryobject.c`.

use crate::object::{Payload, Value};
use crate::objects::str::{as_str, new_str};
use crate::objects::{bytes_ops, float, int};
use crate::pycell::PyCell;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;

/// The raw storage of an `array.array` (its items' native bytes) and its typecode.
pub struct ArrayData {
    pub code: char,
    pub data: PyCell<Vec<u8>>,
}

/// The array behind `v`, if it is one.
pub fn as_array(v: &Value) -> Option<&ArrayData> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<ArrayData>(),
        _ => None,
    }
}

/// Run `f` on the bytes an exporter holds (`None` when `v` exports no buffer).
pub fn with_bytes<R>(v: &Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    match v.payload()? {
        Payload::Bytes(b) => Some(f(b)),
        Payload::ByteArray(b) => Some(f(&b.borrow())),
        _ => as_array(v).map(|a| f(&a.data.borrow())),
    }
}

/// Run `f` on the writable bytes of an exporter (`None` when read-only or not an exporter).
pub fn with_bytes_mut<R>(v: &Value, f: impl FnOnce(&mut [u8]) -> R) -> Option<R> {
    match v.payload()? {
        Payload::ByteArray(b) => Some(f(&mut b.borrow_mut())),
        _ => as_array(v).map(|a| f(&mut a.data.borrow_mut())),
    }
}

/// Whether `v` exports a writable buffer.
pub fn is_writable(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::ByteArray(_))) || as_array(v).is_some()
}

/// The size of one item in `struct` format `code`; `None` for formats gilpy does not know.
pub fn itemsize(code: char) -> Option<usize> {
    Some(match code {
        'b' | 'B' | 'c' | '?' => 1,
        'h' | 'H' => 2,
        'i' | 'I' | 'f' | 'u' => 4,
        'l' | 'L' | 'q' | 'Q' | 'd' | 'n' | 'N' | 'P' => 8,
        _ => return None,
    })
}

fn word<const N: usize>(b: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    let n = N.min(b.len());
    out[..n].copy_from_slice(&b[..n]);
    out
}

/// Decode one item of format `code` from its native bytes.
pub fn unpack(vm: &Vm, code: char, b: &[u8]) -> PyResult<Value> {
    Ok(match code {
        'b' => int::from_i64(i64::from(i8::from_ne_bytes(word(b)))),
        'B' => int::from_i64(i64::from(u8::from_ne_bytes(word(b)))),
        'c' => bytes_ops::new_bytes(b[..1.min(b.len())].to_vec()),
        '?' => vm.bool(b.first().is_some_and(|&x| x != 0)),
        'h' => int::from_i64(i64::from(i16::from_ne_bytes(word(b)))),
        'H' => int::from_i64(i64::from(u16::from_ne_bytes(word(b)))),
        'i' => int::from_i64(i64::from(i32::from_ne_bytes(word(b)))),
        'I' => int::from_i64(i64::from(u32::from_ne_bytes(word(b)))),
        'l' | 'q' | 'n' => int::from_i64(i64::from_ne_bytes(word(b))),
        'L' | 'Q' | 'N' | 'P' => int::from_bigint(BigInt::from(u64::from_ne_bytes(word(b)))),
        'f' => float::new_float(f64::from(f32::from_ne_bytes(word(b)))),
        'd' => float::new_float(f64::from_ne_bytes(word(b))),
        'u' => {
            let cp = u32::from_ne_bytes(word(b));
            let c = char::from_u32(cp).ok_or_else(|| {
                vm.value_error(format!(
                    "character U+{cp:x} is not in range [U+0000; U+10ffff]"
                ))
            })?;
            new_str(c.encode_utf8(&mut [0; 4]))
        }
        _ => return Err(unsupported(vm, code)),
    })
}

#[cold]
pub fn unsupported(vm: &Vm, code: char) -> crate::vm::PyErr {
    vm.new_exc(
        "NotImplementedError",
        format!("memoryview: format {code} not supported"),
    )
}

/// Why a value could not be packed: the wrong type, or out of the format's range (with the
/// message `array` gives).
pub enum PackError {
    Type(crate::vm::PyErr),
    Range(crate::vm::PyErr),
}

impl PackError {
    pub fn into_err(self) -> crate::vm::PyErr {
        match self {
            PackError::Type(e) | PackError::Range(e) => e,
        }
    }
}

/// An integer item, as `array` converts it (CPython's `PyArg_Parse` codes and their messages).
fn int_item(vm: &Vm, code: char, v: &Value) -> Result<i128, PackError> {
    let Some(n) = crate::ops::seq::index_of(vm, v).map_err(PackError::Type)? else {
        return Err(PackError::Type(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))));
    };
    let range = |m: &str| PackError::Range(vm.overflow_error(m.to_owned()));
    let unsigned = matches!(code, 'I' | 'L' | 'N' | 'P');
    if n.sign() == num_bigint::Sign::Minus && unsigned {
        return Err(range("can't convert negative value to unsigned int"));
    }
    if code == 'Q' {
        if n.sign() == num_bigint::Sign::Minus {
            return Err(range("can't convert negative int to unsigned"));
        }
        return u64::try_from(&n)
            .map(i128::from)
            .map_err(|_| range("int too big to convert"));
    }
    if code == 'q' {
        return i64::try_from(&n)
            .map(i128::from)
            .map_err(|_| range("int too big to convert"));
    }
    let x = if unsigned {
        i128::from(
            u64::try_from(&n)
                .map_err(|_| range("Python int too large to convert to C unsigned long"))?,
        )
    } else {
        i128::from(
            i64::try_from(&n).map_err(|_| range("Python int too large to convert to C long"))?,
        )
    };
    let check = |lo: i128, hi: i128, what: &str| {
        if x < lo {
            Err(range(&format!("{what} is less than minimum")))
        } else if x > hi {
            Err(range(&format!("{what} is greater than maximum")))
        } else {
            Ok(x)
        }
    };
    match code {
        'b' => {
            check(
                i128::from(i16::MIN),
                i128::from(i16::MAX),
                "signed short integer",
            )?;
            check(-128, 127, "signed char")
        }
        'B' => check(0, 255, "unsigned byte integer"),
        'h' => check(
            i128::from(i16::MIN),
            i128::from(i16::MAX),
            "signed short integer",
        ),
        'H' => {
            check(i128::from(i32::MIN), i128::from(i32::MAX), "signed integer")?;
            check(0, i128::from(u16::MAX), "unsigned short")
        }
        'i' => check(i128::from(i32::MIN), i128::from(i32::MAX), "signed integer"),
        'I' => check(0, i128::from(u32::MAX), "unsigned int"),
        _ => Ok(x),
    }
}

/// Encode `v` as one item of format `code`.
pub fn pack(vm: &Vm, code: char, v: &Value) -> Result<Vec<u8>, PackError> {
    Ok(match code {
        'f' | 'd' => {
            let Some(x) = real(vm, v).map_err(PackError::Range)? else {
                return Err(PackError::Type(vm.type_error(format!(
                    "must be real number, not {}",
                    vm.type_name(v)
                ))));
            };
            if code == 'f' {
                (x as f32).to_ne_bytes().to_vec()
            } else {
                x.to_ne_bytes().to_vec()
            }
        }
        'u' => match as_str(v).filter(|s| s.chars().count() == 1) {
            Some(s) => u32::from(s.chars().next().unwrap_or('\0'))
                .to_ne_bytes()
                .to_vec(),
            None => {
                return Err(PackError::Type(
                    vm.type_error("array item must be unicode character"),
                ));
            }
        },
        'c' => match v.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => b.to_vec(),
            _ => return Err(PackError::Type(vm.type_error("memoryview: invalid type"))),
        },
        '?' => vec![u8::from(
            crate::ops::is_true(vm, v).map_err(PackError::Type)?,
        )],
        _ => {
            let x = int_item(vm, code, v)?;
            match itemsize(code) {
                Some(1) => (x as u8).to_ne_bytes().to_vec(),
                Some(2) => (x as u16).to_ne_bytes().to_vec(),
                Some(4) => (x as u32).to_ne_bytes().to_vec(),
                Some(8) => (x as u64).to_ne_bytes().to_vec(),
                _ => return Err(PackError::Type(unsupported(vm, code))),
            }
        }
    })
}

/// A float or int as f64; `None` for other types.
fn real(vm: &Vm, v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = float::as_f64(v).filter(|_| matches!(v.payload(), Some(Payload::Float(_)))) {
        return Ok(Some(f));
    }
    if let Some(i) = int::to_bigint(v) {
        return num_traits::ToPrimitive::to_f64(&i)
            .filter(|f| f.is_finite())
            .map(Some)
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    if let Some(m) = crate::objects::types::lookup_str_on_class(v, "__float__") {
        let r = crate::ops::call(vm, &m, std::slice::from_ref(v), &[])?;
        return Ok(float::as_f64(&r));
    }
    Ok(None)
}
