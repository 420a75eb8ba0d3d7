//! The `match` statement's structural tests (`MATCH_MAPPING`, `MATCH_SEQUENCE`, `MATCH_KEYS`,
//! `MATCH_CLASS`, `COPY_DICT_WITHOUT_KEYS`). Counterpart of `match_keys`/`match_class` in
//! CPython 3.10's `Python/ceval.c`.

use super::{pop, top};
use crate::frame::Frame;
use crate::object::{Payload, Value};
use crate::objects::str::{as_str, intern};
use crate::objects::types::{self, type_data};
use crate::objects::{dict_ops, tuple_ops};
use crate::ops;
use crate::vm::{PyResult, Vm};
use gilpy_bytecode::Opcode;

/// Whether a class in `v`'s MRO is named `name` (the ABCs of `collections.abc`).
fn mro_has(v: &Value, name: &str) -> bool {
    type_data(&v.class()).is_some_and(|t| {
        t.mro
            .borrow()
            .iter()
            .any(|k| type_data(k).is_some_and(|d| *d.name.borrow() == name))
    })
}

fn is_mapping(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Dict(_))) || mro_has(v, "Mapping")
}

fn is_sequence(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::List(_) | Payload::Tuple(_) | Payload::Range(_)) => true,
        Some(Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_)) => false,
        _ => mro_has(v, "Sequence") || mro_has(v, "deque"),
    }
}

fn match_keys(vm: &Vm, subject: &Value, keys: &Value) -> PyResult<Option<Value>> {
    let keys = tuple_ops::items(keys).to_vec();
    if keys.is_empty() {
        return Ok(Some(vm.b().empty_tuple.clone()));
    }
    let get = ops::getattr(vm, subject, &intern("get"))?;
    let dummy = vm.b().null.clone();
    let mut seen = Vec::new();
    let mut values = Vec::with_capacity(keys.len());
    for k in keys {
        for s in &seen {
            if ops::eq(vm, s, &k)? {
                return Err(vm.value_error(format!(
                    "mapping pattern checks duplicate key ({})",
                    ops::text::repr_string(vm, &k)?
                )));
            }
        }
        let v = ops::call(vm, &get, &[k.clone(), dummy.clone()], &[])?;
        if v.is(&dummy) {
            return Ok(None);
        }
        seen.push(k);
        values.push(v);
    }
    Ok(Some(tuple_ops::new_tuple(values)))
}

/// Builtin types whose single positional sub-pattern matches the subject itself.
fn matches_self(cls: &Value) -> bool {
    let b = vm_builtins();
    [
        &b.bool_,
        &b.bytearray,
        &b.bytes,
        &b.dict,
        &b.float,
        &b.frozenset,
        &b.int,
        &b.list,
        &b.set,
        &b.str_,
        &b.tuple,
    ]
    .iter()
    .any(|t| t.is(cls))
}

fn vm_builtins() -> &'static types::Builtins {
    types::builtin()
}

fn match_class(
    vm: &Vm,
    subject: &Value,
    cls: &Value,
    npos: usize,
    names: &Value,
) -> PyResult<Option<Value>> {
    if !matches!(cls.payload(), Some(Payload::Type(_))) {
        return Err(vm.type_error("called match pattern must be a type"));
    }
    if !types::is_subtype(&subject.class(), cls) {
        return Ok(None);
    }
    let mut attrs = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let cname = types::type_name(cls);
    if npos > 0 {
        let match_args = ops::getattr_opt(vm, cls, &intern("__match_args__"))?;
        match match_args {
            Some(ma) => {
                let Some(Payload::Tuple(items)) = ma.payload() else {
                    return Err(vm.type_error(format!(
                        "{cname}.__match_args__ must be a tuple (got {})",
                        vm.type_name(&ma)
                    )));
                };
                if npos > items.len() {
                    let plural = if items.len() == 1 { "" } else { "s" };
                    return Err(vm.type_error(format!(
                        "{cname}() accepts {} positional sub-pattern{plural} ({npos} given)",
                        items.len()
                    )));
                }
                for name in items[..npos].iter() {
                    let Some(n) = as_str(name) else {
                        return Err(vm.type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            vm.type_name(name)
                        )));
                    };
                    seen.push(n.to_owned());
                    match ops::getattr_opt(vm, subject, name)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(None),
                    }
                }
            }
            None if matches_self(cls) => {
                if npos > 1 {
                    return Err(vm.type_error(format!(
                        "{cname}() accepts 1 positional sub-pattern ({npos} given)"
                    )));
                }
                attrs.push(subject.clone());
            }
            None => {
                return Err(vm.type_error(format!(
                    "{cname}() accepts 0 positional sub-patterns ({npos} given)"
                )));
            }
        }
    }
    for name in tuple_ops::items(names) {
        let n = as_str(name).unwrap_or("");
        if seen.iter().any(|s| s == n) {
            return Err(vm.type_error(format!(
                "{cname}() got multiple sub-patterns for attribute '{n}'"
            )));
        }
        seen.push(n.to_owned());
        match ops::getattr_opt(vm, subject, name)? {
            Some(v) => attrs.push(v),
            None => return Ok(None),
        }
    }
    Ok(Some(tuple_ops::new_tuple(attrs)))
}

pub(super) fn execute(vm: &Vm, f: &mut Frame, op: Opcode, arg: u32) -> PyResult<()> {
    match op {
        Opcode::MATCH_MAPPING => {
            let r = is_mapping(top(f));
            f.stack.push(vm.bool(r));
        }
        Opcode::MATCH_SEQUENCE => {
            let r = is_sequence(top(f));
            f.stack.push(vm.bool(r));
        }
        Opcode::MATCH_KEYS => {
            let n = f.stack.len();
            let (subject, keys) = (f.stack[n - 2].clone(), f.stack[n - 1].clone());
            match match_keys(vm, &subject, &keys)? {
                Some(values) => {
                    f.stack.push(values);
                    f.stack.push(vm.bool(true));
                }
                None => {
                    f.stack.push(vm.none());
                    f.stack.push(vm.bool(false));
                }
            }
        }
        Opcode::COPY_DICT_WITHOUT_KEYS => {
            let keys = pop(f);
            let subject = top(f).clone();
            let rest = crate::objects::dict::new_dict();
            dict_ops::update(vm, &rest, &subject)?;
            for k in tuple_ops::items(&keys) {
                dict_ops::del_item(vm, &rest, k)?;
            }
            f.stack.push(rest);
        }
        _ => {
            let names = pop(f);
            let cls = pop(f);
            let subject = pop(f);
            match match_class(vm, &subject, &cls, arg as usize, &names)? {
                Some(attrs) => {
                    f.stack.push(attrs);
                    f.stack.push(vm.bool(true));
                }
                None => {
                    f.stack.push(subject);
                    f.stack.push(vm.bool(false));
                }
            }
        }
    }
    Ok(())
}
