//! The abstract object protocol: what the eval loop and builtins call to operate on any object.
//! Builtin types are served by native paths on their payloads; classes written in Python by
//! their dunder methods. Counterpart of CPython's `Objects/abstract.c` and `Objects/object.c`.

pub mod attr;
pub mod call;
pub mod compare;
pub mod number;
pub mod seq;
pub mod text;

pub use attr::{delattr, getattr, getattr_opt, load_method, lookup_special, setattr};
pub use call::{call, call_ex, call_method};
pub use compare::{CmpOp, eq, rich_compare};
pub use number::{BinOp, binary_op, inplace_op, unary};
pub use seq::{collect, contains, delitem, getitem, iter, len, mapping_get, next, setitem};
pub use text::{ascii, format, hash, repr, str};

use crate::object::{Payload, Value};
use crate::vm::{PyResult, Vm};

/// `bool(v)`.
pub fn is_true(vm: &Vm, v: &Value) -> PyResult<bool> {
    if let Some(i) = v.as_small() {
        return Ok(i != 0);
    }
    let heap_class = crate::objects::types::type_data(&v.class()).is_some_and(|t| t.heap);
    if !heap_class && let Some(b) = native_truth(v) {
        return Ok(b);
    }
    if let Some(m) = lookup_special(vm, v, "__bool__") {
        let r = call(vm, &m, std::slice::from_ref(v), &[])?;
        return match r.payload() {
            Some(Payload::Bool(b)) => Ok(*b),
            _ => Err(vm.type_error(format!(
                "__bool__ should return bool, returned {}",
                vm.type_name(&r)
            ))),
        };
    }
    if let Some(m) = lookup_special(vm, v, "__len__") {
        let r = call(vm, &m, std::slice::from_ref(v), &[])?;
        return Ok(!crate::objects::int::is_zero(&seq::len_result(vm, &r)?));
    }
    Ok(native_truth(v).unwrap_or(true))
}

fn native_truth(v: &Value) -> Option<bool> {
    Some(match v.payload()? {
        Payload::None => false,
        Payload::Bool(b) => *b,
        Payload::Int(i) => !num_traits::Zero::is_zero(&**i),
        Payload::Float(f) => *f != 0.0,
        Payload::Complex { re, im } => *re != 0.0 || *im != 0.0,
        Payload::Str(s) => !s.as_str().is_empty(),
        Payload::Bytes(b) => !b.is_empty(),
        Payload::ByteArray(b) => !b.borrow().is_empty(),
        Payload::Tuple(t) => !t.is_empty(),
        Payload::List(l) => !l.borrow().is_empty(),
        Payload::Dict(d) => !d.borrow().is_empty(),
        Payload::Set(s) => !s.borrow().is_empty(),
        Payload::FrozenSet(s) => !s.is_empty(),
        Payload::Range(_) => return None,
        _ => return None,
    })
}
