//! "Did you mean" suggestions for `NameError` and `AttributeError`, computed when an exception is
//! printed. Counterpart of CPython 3.11's `Python/suggestions.c`.

use crate::object::{Payload, Value};
use crate::objects::str::{as_str, intern};
use crate::objects::{dict_ops, types};
use crate::ops;
use crate::vm::{PyErr, Vm};

/// Lists longer than this are not searched.
const MAX_CANDIDATE_ITEMS: usize = 750;
/// Names longer than this (in UTF-8 bytes) are never suggested.
const MAX_STRING_SIZE: usize = 40;
/// The cost of an insertion, a deletion or a substitution of a different character.
const MOVE_COST: usize = 2;
/// The cost of substituting a character that differs only by case.
const CASE_COST: usize = 1;

/// Record the missing name (and the object) on a new `AttributeError`/`NameError`, as
/// CPython's `name` and `obj` fields, so the printer can suggest a close one.
#[cold]
pub fn set_fields(vm: &Vm, err: &PyErr, name: &Value, obj: Option<&Value>) -> PyErr {
    if let Some(d) = err.0.obj().and_then(|o| o.dict_value()) {
        let _ = dict_ops::set_item(vm, &d, intern("name"), name.clone());
        if let Some(o) = obj {
            let _ = dict_ops::set_item(vm, &d, intern("obj"), o.clone());
        }
    }
    err.clone()
}

/// The suggestion for `e`, if it is a `NameError` or `AttributeError` with a close name.
pub fn suggestion(vm: &Vm, e: &Value) -> Option<String> {
    let cls = e.class();
    let name = field(e, "name")?;
    let name = as_str(&name)?.to_owned();
    if types::is_subtype(&cls, vm.b().exc("AttributeError")) {
        let obj = field(e, "obj")?;
        let dir = vm.objects().builtins.clone();
        let dir = ops::getattr(vm, &dir, &intern("dir")).ok()?;
        let names = ops::call(vm, &dir, &[obj], &[]).ok()?;
        return calculate(&strings(vm, &names)?, &name);
    }
    if types::is_subtype(&cls, vm.b().exc("NameError")) {
        return name_suggestion(vm, e, &name);
    }
    None
}

/// Search the innermost frame's variable names, then its globals, then the builtins.
fn name_suggestion(vm: &Vm, e: &Value, name: &str) -> Option<String> {
    let mut tb = crate::objects::exception_ops::traceback(e)?;
    loop {
        let Some(Payload::Traceback(d)) = tb.payload() else {
            return None;
        };
        let next = d.next.borrow().clone();
        match next {
            Some(n) => tb = n,
            None => break,
        }
    }
    let Some(Payload::Traceback(d)) = tb.payload() else {
        return None;
    };
    if let Some(Payload::Code(c)) = d.code.payload() {
        let varnames: Vec<String> = c.co.varnames.clone();
        if let Some(s) = calculate(&varnames, name) {
            return Some(s);
        }
    }
    let globals = strings(vm, &d.globals)?;
    if let Some(s) = calculate(&globals, name) {
        return Some(s);
    }
    let builtins = vm.objects().builtins.clone();
    let builtins = builtins.obj().and_then(|o| o.dict_value())?;
    calculate(&strings(vm, &builtins)?, name)
}

fn field(e: &Value, name: &str) -> Option<Value> {
    let d = e.obj()?.dict_value()?;
    crate::objects::dict::get_str_key(&d, &intern(name))
}

/// The str items of an iterable (keys of a dict).
fn strings(vm: &Vm, v: &Value) -> Option<Vec<String>> {
    let items = ops::collect(vm, v).ok()?;
    Some(
        items
            .iter()
            .filter_map(|i| as_str(i).map(str::to_owned))
            .collect(),
    )
}

/// The closest candidate within the distance CPython allows for `name`.
pub fn calculate(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let distance = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, d)| distance < d) {
            best = Some((item, distance));
        }
    }
    best.map(|(s, _)| s.clone())
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance of `a` and `b` (bytes), or `max_cost + 1` once it must exceed `max_cost`.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bc, ac);
            distance = row[ai];
            let insert_delete = (result.min(distance)) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn close_names_are_suggested() {
        let c = names(&["print", "property", "len"]);
        assert_eq!(calculate(&c, "prnt").as_deref(), Some("print"));
        assert_eq!(calculate(&c, "xyzzy"), None);
        let c = names(&["verbose", "__class__"]);
        assert_eq!(calculate(&c, "verbos").as_deref(), Some("verbose"));
        assert_eq!(calculate(&c, "Verbose").as_deref(), Some("verbose"));
        assert_eq!(calculate(&c, "VERBOSE"), None);
    }
}
