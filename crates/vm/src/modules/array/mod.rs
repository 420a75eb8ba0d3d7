//! The `array` module: `array.array`, a typed sequence of numbers (or characters for `'u'`)
//! stored as native bytes, which exports its bytes to `memoryview` and `bytes()`. Counterpart of
//! CPython's `Modules/arraymodule.c`; the item codecs are shared with `memoryview`
//! (`objects/buffer.rs`), the sequence methods are in `methods.rs`.

mod methods;

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{StaticValue, add_method, add_static, new_builtin, set_attr};
use crate::objects::buffer::{self, ArrayData};
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::{as_str, intern, new_str};
use crate::objects::types::{self, Layout, builtin};
use crate::objects::{bytes_ops, int, list_ops};
use crate::ops;
use crate::pycell::PyCell;
use crate::vm::{PyResult, Vm};
use std::sync::OnceLock;

const TYPECODES: &str = "bBuhHiIlLqQfd";

fn array_type() -> &'static Value {
    static T: OnceLock<StaticValue> = OnceLock::new();
    &T.get_or_init(|| StaticValue(create_type())).0
}

/// A new array of class `cls` (`array.array` or a subclass) holding `data`.
fn new_array(cls: &Value, code: char, data: Vec<u8>) -> Value {
    let dict = types::type_data(cls)
        .is_some_and(|t| t.instance_has_dict())
        .then(crate::objects::dict::new_dict);
    let a = ArrayData {
        code,
        data: PyCell::new(data),
    };
    Value::alloc_with_dict(cls.clone(), dict, Payload::Native(Box::new(a)))
}

/// A new `array.array` (never a subclass, as CPython's slices, sums and copies) holding `data`.
fn sibling(code: char, data: Vec<u8>) -> Value {
    new_array(array_type(), code, data)
}

/// The array `v`; `TypeError` for anything else.
fn arr<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a ArrayData> {
    buffer::as_array(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires an 'array.array' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

fn size(a: &ArrayData) -> usize {
    buffer::itemsize(a.code).unwrap_or(1)
}

fn count(a: &ArrayData) -> usize {
    a.data.borrow().len() / size(a)
}

/// Item `i` (in range).
fn get(vm: &Vm, a: &ArrayData, i: usize) -> PyResult<Value> {
    let n = size(a);
    let bytes = a.data.borrow().get(i * n..(i + 1) * n).map(<[u8]>::to_vec);
    match bytes {
        Some(b) => buffer::unpack(vm, a.code, &b),
        None => Err(vm.index_error("array index out of range")),
    }
}

fn all_items(vm: &Vm, a: &ArrayData) -> PyResult<Vec<Value>> {
    (0..count(a)).map(|i| get(vm, a, i)).collect()
}

/// `v` encoded as one item of `a`.
fn pack(vm: &Vm, a: &ArrayData, v: &Value) -> PyResult<Vec<u8>> {
    buffer::pack(vm, a.code, v).map_err(buffer::PackError::into_err)
}

/// Every item of an iterable, encoded.
fn pack_all(vm: &Vm, a: &ArrayData, iterable: &Value) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let it = ops::iter(vm, iterable)?;
    while let Some(x) = ops::next(vm, &it)? {
        out.extend(pack(vm, a, &x)?);
    }
    Ok(out)
}

fn typecode_of(vm: &Vm, v: &Value) -> PyResult<char> {
    let Some(s) = as_str(v).filter(|s| s.chars().count() == 1) else {
        return Err(vm.type_error(format!(
            "array() argument 1 must be a unicode character, not {}",
            vm.type_name(v)
        )));
    };
    let c = s.chars().next().unwrap_or('?');
    if !TYPECODES.contains(c) {
        return Err(
            vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        );
    }
    Ok(c)
}

/// `array(typecode, initializer=None, /)`.
fn array_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if !args.kwnames.is_empty() && types::type_data(&pos[0]).is_some_and(|t| !t.heap) {
        return Err(vm.type_error("array.array() takes no keyword arguments"));
    }
    if pos.len() < 2 || pos.len() > 3 {
        return Err(vm.type_error(format!(
            "array() takes at most 2 arguments ({} given)",
            pos.len().saturating_sub(1)
        )));
    }
    let cls = &pos[0];
    let code = typecode_of(vm, &pos[1])?;
    let out = new_array(cls, code, Vec::new());
    let Some(init) = pos.get(2) else {
        return Ok(out);
    };
    let a = arr(vm, &out)?;
    let data = match init.payload() {
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let b = bytes_ops::as_bytes(init).unwrap_or_default();
            if !b.len().is_multiple_of(size(a)) {
                return Err(vm.value_error("bytes length not a multiple of item size"));
            }
            b
        }
        Some(Payload::Str(s)) if code == 'u' => s
            .as_str()
            .chars()
            .flat_map(|c| u32::from(c).to_ne_bytes())
            .collect(),
        Some(Payload::Str(_)) => {
            return Err(vm.type_error(format!(
                "cannot use a str to initialize an array with typecode '{code}'"
            )));
        }
        _ => pack_all(vm, a, init)?,
    };
    *a.data.borrow_mut() = data;
    Ok(out)
}

/// `repr(array)`: `array('i', [1, 2])`, `array('u', 'hi')` or `array('d')`.
fn array_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__repr__", 1, 1)?;
    let data = arr(vm, &a[0])?;
    let name = types::type_name(&a[0].class());
    if count(data) == 0 {
        return Ok(new_str(&format!("{name}('{}')", data.code)));
    }
    let items = if data.code == 'u' {
        ops::text::repr_string(vm, &unicode(vm, data)?)?
    } else {
        ops::text::repr_string(vm, &list_ops::new_list(all_items(vm, data)?))?
    };
    Ok(new_str(&format!("{name}('{}', {items})", data.code)))
}

/// The characters of a `'u'` array as a str.
fn unicode(vm: &Vm, a: &ArrayData) -> PyResult<Value> {
    let mut s = String::new();
    for x in all_items(vm, a)? {
        s.push_str(as_str(&x).unwrap_or(""));
    }
    Ok(new_str(&s))
}

fn typecode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "typecode", 1, 1)?;
    let c = arr(vm, &a[0])?.code;
    Ok(new_str(c.encode_utf8(&mut [0; 4])))
}

fn itemsize(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "itemsize", 1, 1)?;
    Ok(int::from_usize(size(arr(vm, &a[0])?)))
}

fn create_type() -> Value {
    let b = builtin();
    let t = types::new_type(
        b.type_.clone(),
        "array",
        vec![b.object.clone()],
        Layout::Fixed,
        false,
    );
    if let Some(td) = types::type_data(&t) {
        *td.mro.borrow_mut() = vec![t.clone(), b.object.clone()];
    }
    set_attr(&t, "__module__", intern("array"));
    set_attr(&t, "__hash__", b.none.clone());
    add_static(&t, "array", "__new__", array_new);
    add_method(&t, "array", "__repr__", array_repr);
    for (name, f) in methods::METHODS {
        add_method(&t, "array", name, *f);
    }
    let getters: [(&'static str, NativeFn); 2] = [("typecode", typecode), ("itemsize", itemsize)];
    for (name, f) in getters {
        let prop = [
            new_builtin(name, f),
            b.none.clone(),
            b.none.clone(),
            b.none.clone(),
        ];
        let prop = Value::alloc(
            b.property.clone(),
            Payload::Property(crate::payload::PropertyData::new(prop)),
        );
        set_attr(&t, name, prop);
    }
    t
}

pub fn init(_vm: &Vm, m: &Value) -> PyResult<()> {
    set_attr(m, "array", array_type().clone());
    set_attr(m, "ArrayType", array_type().clone());
    set_attr(m, "typecodes", new_str(TYPECODES));
    Ok(())
}
