//! `str.maketrans` and `str.translate`. Counterpart of `unicode_maketrans_impl` and
//! `_PyUnicode_TranslateCharmap` in `Objects/unicodeobject.c`.

use super::args::Style;
use super::str_call;
use crate::object::{Payload, Value};
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, as_str, from_string};
use crate::objects::{dict, dict_ops, int};
use crate::ops;
use crate::vm::{PyResult, Vm};
use std::collections::HashMap;

/// `str.maketrans(x[, y[, z]])`.
pub fn maketrans(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "maketrans", 1, 3)?;
    let table = dict::new_dict();
    if a.len() == 1 {
        if !matches!(a[0].payload(), Some(Payload::Dict(_))) {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        }
        for (k, v) in dict_ops::items(vm, &a[0])? {
            let key = match as_pystr(&k) {
                Some(s) if s.char_len() == 1 => {
                    int::from_i64(s.as_str().chars().next().map_or(0, |c| c as i64))
                }
                Some(_) => {
                    return Err(
                        vm.value_error("string keys in translate table must be of length 1")
                    );
                }
                None if int::is_int(&k) => k,
                None => {
                    return Err(
                        vm.type_error("keys in translate table must be strings or integers")
                    );
                }
            };
            dict_ops::set_item(vm, &table, key, v)?;
        }
        return Ok(table);
    }
    let text = |i: usize| {
        as_str(&a[i]).ok_or_else(|| {
            vm.type_error(format!(
                "maketrans() argument {} must be str, not {}",
                i + 1,
                vm.type_name(&a[i])
            ))
        })
    };
    let (x, y) = (text(0)?, text(1)?);
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (from, to) in x.chars().zip(y.chars()) {
        dict_ops::set_item(
            vm,
            &table,
            int::from_i64(from as i64),
            int::from_i64(to as i64),
        )?;
    }
    if a.len() == 3 {
        for c in text(2)?.chars() {
            dict_ops::set_item(vm, &table, int::from_i64(c as i64), vm.none())?;
        }
    }
    Ok(table)
}

/// What one code point becomes.
#[derive(Clone)]
enum Mapped {
    Keep,
    Delete,
    Text(String),
}

fn lookup(vm: &Vm, table: &Value, c: char) -> PyResult<Mapped> {
    let r = match ops::getitem(vm, table, &int::from_i64(c as i64)) {
        Ok(r) => r,
        Err(e) if vm.err_is(&e, "LookupError") => return Ok(Mapped::Keep),
        Err(e) => return Err(e),
    };
    if vm.is_none(&r) {
        return Ok(Mapped::Delete);
    }
    if let Some(s) = as_str(&r) {
        return Ok(Mapped::Text(s.to_owned()));
    }
    if int::is_int(&r) {
        let code = int::as_i64(&r)
            .and_then(|n| u32::try_from(n).ok())
            .and_then(char::from_u32);
        return match code {
            Some(c) => Ok(Mapped::Text(c.to_string())),
            None => Err(vm.value_error("character mapping must be in range(0x110000)")),
        };
    }
    Err(vm.type_error("character mapping must return integer, None or str"))
}

/// `str.translate(table)`.
pub fn translate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, "translate")?;
    let a = call.positional(vm, 1, 1, Style::Fixed)?;
    let mut cache: HashMap<char, Mapped> = HashMap::new();
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        let m = match cache.get(&c) {
            Some(m) => m.clone(),
            None => {
                let m = lookup(vm, &a[0], c)?;
                cache.insert(c, m.clone());
                m
            }
        };
        match m {
            Mapped::Keep => out.push(c),
            Mapped::Delete => {}
            Mapped::Text(t) => out.push_str(&t),
        }
    }
    Ok(from_string(out))
}
