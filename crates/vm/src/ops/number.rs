//! Binary and unary operators: native paths for builtin numbers and sequences, then the dunder
//! protocol with reflected operands and `NotImplemented`. Counterpart of CPython's
//! `binary_op1`/`PyNumber_*` in `Objects/abstract.c`.

use crate::object::{Payload, Value};
use crate::objects::{complex, float, int, types};
use crate::ops::call;
use crate::vm::{PyResult, Vm};
use gilpy_bytecode::Opcode;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }

    fn name(self) -> &'static str {
        match self {
            BinOp::Add => "add",
            BinOp::Sub => "sub",
            BinOp::Mul => "mul",
            BinOp::MatMul => "matmul",
            BinOp::TrueDiv => "truediv",
            BinOp::FloorDiv => "floordiv",
            BinOp::Mod => "mod",
            BinOp::Pow => "pow",
            BinOp::LShift => "lshift",
            BinOp::RShift => "rshift",
            BinOp::And => "and",
            BinOp::Or => "or",
            BinOp::Xor => "xor",
        }
    }
}

/// Whether `v`'s class is one of the builtin number types (not a subclass).
pub fn exact_number(v: &Value) -> bool {
    if v.as_small().is_some() {
        return true;
    }
    let b = vm_types();
    v.class_is(&b.int) || v.class_is(&b.float) || v.class_is(&b.bool_) || v.class_is(&b.complex)
}

fn vm_types() -> &'static types::Builtins {
    types::builtin()
}

/// Native arithmetic on int/bool/float/complex values; `None` when it does not apply.
pub fn native_number(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    if int::is_int(a) && int::is_int(b) {
        return int::binary(vm, a, b, op);
    }
    if complex::as_complex(a).is_some() || complex::as_complex(b).is_some() {
        return complex::binary(vm, a, b, op);
    }
    float::binary(vm, a, b, op)
}

/// `a op b`.
pub fn binary_op(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if exact_number(a)
        && exact_number(b)
        && let Some(r) = native_number(vm, a, b, op)
    {
        return r;
    }
    if let Some(r) = crate::ops::seq::native_binary(vm, a, b, op)? {
        return Ok(r);
    }
    dunder_binary(vm, a, b, op)?.ok_or_else(|| no_operation(vm, a, b, op, op.symbol()))
}

/// The error when no method took `a op b`: `*` with a sequence on either side is a repeat
/// count that is not an int (CPython's `sequence_repeat` fallback), else "unsupported".
#[cold]
fn no_operation(vm: &Vm, a: &Value, b: &Value, op: BinOp, sym: &str) -> crate::vm::PyErr {
    let is_seq = |v: &Value| {
        matches!(
            v.payload(),
            Some(
                Payload::Str(_)
                    | Payload::Bytes(_)
                    | Payload::ByteArray(_)
                    | Payload::List(_)
                    | Payload::Tuple(_)
            )
        )
    };
    if op == BinOp::Mul && (is_seq(a) || is_seq(b)) {
        let count = if is_seq(a) { b } else { a };
        return vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(count)
        ));
    }
    unsupported(vm, a, b, sym)
}

#[cold]
pub fn unsupported(vm: &Vm, a: &Value, b: &Value, sym: &str) -> crate::vm::PyErr {
    vm.type_error(format!(
        "unsupported operand type(s) for {sym}: '{}' and '{}'",
        vm.type_name(a),
        vm.type_name(b)
    ))
}

/// The dunder protocol of `binary_op1`: `a.__op__(b)`, then `b.__rop__(a)` (reflected first when
/// `type(b)` is a proper subclass of `type(a)` that overrides it).
pub fn dunder_binary(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    dunder_binary_named(vm, a, b, op.name())
}

/// The dunder protocol for the operator whose methods are `__{name}__` and `__r{name}__`
/// (`"add"`, `"divmod"`).
pub fn dunder_binary_named(vm: &Vm, a: &Value, b: &Value, name: &str) -> PyResult<Option<Value>> {
    let (fwd, rev, rev_first) = binary_methods(a, b, name);
    if rev_first && let Some(r) = try_call(vm, rev.as_ref(), b, a)? {
        return Ok(Some(r));
    }
    if let Some(r) = try_call(vm, fwd.as_ref(), a, b)? {
        return Ok(Some(r));
    }
    if !rev_first && let Some(r) = try_call(vm, rev.as_ref(), b, a)? {
        return Ok(Some(r));
    }
    Ok(None)
}

/// `a.__{name}__`, `b.__r{name}__` and whether the reflected one goes first. The classes are
/// released before the methods are called (a method may assign `__class__`).
fn binary_methods(a: &Value, b: &Value, name: &str) -> (Option<Value>, Option<Value>, bool) {
    let (ta, tb) = (a.class(), b.class());
    let rev_name = format!("__r{name}__");
    let fwd = types::lookup_str(&ta, &format!("__{name}__"));
    let rev = if ta.is(&tb) {
        None
    } else {
        types::lookup_str(&tb, &rev_name)
    };
    let rev_first = rev.is_some()
        && types::is_subtype(&tb, &ta)
        && !same(&rev, &types::lookup_str(&ta, &rev_name));
    (fwd, rev, rev_first)
}

fn same(x: &Option<Value>, y: &Option<Value>) -> bool {
    match (x, y) {
        (Some(x), Some(y)) => x.is(y),
        _ => false,
    }
}

fn try_call(vm: &Vm, m: Option<&Value>, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let Some(m) = m else { return Ok(None) };
    let r = call::call(vm, m, &[a.clone(), b.clone()], &[])?;
    if r.is(&vm.b().not_implemented) {
        Ok(None)
    } else {
        Ok(Some(r))
    }
}

/// `a op= b`: `__iop__` first, then the binary operator.
pub fn inplace_op(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if !exact_number(a) {
        if let Some(r) = crate::ops::seq::native_inplace(vm, a, b, op)? {
            return Ok(r);
        }
        let name = format!("__i{}__", op.name());
        if let Some(m) = types::lookup_str_on_class(a, &name) {
            let r = call::call(vm, &m, &[a.clone(), b.clone()], &[])?;
            if !r.is(&vm.b().not_implemented) {
                return Ok(r);
            }
        }
    }
    let sym = format!("{}=", op.symbol().trim_end_matches(" or pow()"));
    if exact_number(a)
        && exact_number(b)
        && let Some(r) = native_number(vm, a, b, op)
    {
        return r;
    }
    if let Some(r) = crate::ops::seq::native_binary(vm, a, b, op)? {
        return Ok(r);
    }
    dunder_binary(vm, a, b, op)?.ok_or_else(|| no_operation(vm, a, b, op, &sym))
}

/// `-v`, `+v`, `~v`.
pub fn unary(vm: &Vm, v: &Value, op: Opcode) -> PyResult<Value> {
    if exact_number(v) {
        let r = match (op, v.payload()) {
            (Opcode::UNARY_NEGATIVE, Some(Payload::Float(f))) => Some(float::new_float(-f)),
            (Opcode::UNARY_POSITIVE, Some(Payload::Float(_))) => Some(v.clone()),
            (Opcode::UNARY_NEGATIVE, Some(Payload::Complex { re, im })) => {
                Some(complex::new_complex(-re, -im))
            }
            (Opcode::UNARY_POSITIVE, Some(Payload::Complex { .. })) => Some(v.clone()),
            (Opcode::UNARY_NEGATIVE, _) if int::is_int(v) => int::neg(v),
            (Opcode::UNARY_POSITIVE, _) if int::is_int(v) => int::to_exact(v),
            (Opcode::UNARY_INVERT, _) if int::is_int(v) => int::invert(v),
            _ => None,
        };
        if let Some(r) = r {
            return Ok(r);
        }
    }
    let (name, sym) = match op {
        Opcode::UNARY_NEGATIVE => ("__neg__", "-"),
        Opcode::UNARY_POSITIVE => ("__pos__", "+"),
        _ => ("__invert__", "~"),
    };
    match types::lookup_str_on_class(v, name) {
        Some(m) => call::call(vm, &m, std::slice::from_ref(v), &[]),
        None => Err(vm.type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            vm.type_name(v)
        ))),
    }
}
