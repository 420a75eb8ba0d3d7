//! Attributes that builtin types compute rather than store in a dict (CPython's getset and
//! member descriptors: `__class__`, `__name__`, `args`, `co_name`, ...), and default reprs.

use crate::object::{Payload, Value};
use crate::objects::str::{as_str, from_string, intern, new_str};
use crate::objects::types::{self, type_data};
use crate::objects::{exception_ops, int, tuple_ops};
use crate::vm::{PyResult, Vm};

fn opt(vm: &Vm, v: Option<Value>) -> Value {
    v.unwrap_or_else(|| vm.none())
}

/// A computed attribute of `obj`, if `name` is one; `__doc__` falls back to the builtin type's.
pub fn special_attr(vm: &Vm, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let found = payload_attr(vm, obj, name)?;
    if found.is_none() && as_str(name) == Some("__doc__") {
        let t = match obj.payload() {
            Some(Payload::Type(_)) => obj,
            _ => &obj.class(),
        };
        return Ok(Some(crate::objects::type_docs::doc_of(t)));
    }
    Ok(found)
}

/// The attributes each payload computes.
fn payload_attr(vm: &Vm, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let n = as_str(name).unwrap_or("");
    if n == "__class__" {
        return Ok(Some(obj.class()));
    }
    if n == "__dict__"
        && let Some(d) = obj.obj().and_then(|o| o.dict_value())
        && !type_data(&obj.class()).is_some_and(|t| t.no_instance_dict.get())
    {
        if let Some(Payload::Type(_)) = obj.payload() {
            return Ok(Some(crate::objects::mappingproxy::new_proxy(d)));
        }
        return Ok(Some(d));
    }
    let Some(p) = obj.payload() else {
        return Ok(int_attr(vm, obj, n));
    };
    Ok(match p {
        Payload::Type(td) => match n {
            "__name__" => Some(new_str(&td.name.borrow())),
            "__qualname__" => Some(new_str(&td.qualname.borrow())),
            "__mro__" => Some(tuple_ops::new_tuple(td.mro.borrow().clone())),
            "__bases__" => Some(tuple_ops::new_tuple(td.bases.borrow().clone())),
            "__base__" => Some(opt(vm, td.bases.borrow().first().cloned())),
            "__module__" => Some(intern("builtins")),
            _ => None,
        },
        Payload::Function(f) => match n {
            "__name__" => Some(f.name.borrow().clone()),
            "__qualname__" => Some(f.qualname.borrow().clone()),
            "__code__" => Some(f.code.borrow().clone()),
            "__globals__" => Some(f.globals.clone()),
            "__builtins__" => Some(f.builtins.clone()),
            "__defaults__" => Some(opt(vm, f.defaults.borrow().clone())),
            "__kwdefaults__" => Some(opt(vm, f.kwdefaults.borrow().clone())),
            "__closure__" => Some(opt(vm, f.closure.clone())),
            "__doc__" => Some(f.doc.borrow().clone()),
            "__module__" => Some(f.module.borrow().clone()),
            "__annotations__" => {
                let mut a = f.annotations.borrow_mut();
                let d = a.get_or_insert_with(crate::objects::dict::new_dict).clone();
                if let Some(Payload::Tuple(items)) = d.payload() {
                    let dict = crate::objects::dict::new_dict();
                    for pair in items.chunks(2) {
                        if let [k, v] = pair {
                            crate::objects::dict_ops::set_item(vm, &dict, k.clone(), v.clone())?;
                        }
                    }
                    *a = Some(dict.clone());
                    return Ok(Some(dict));
                }
                Some(d)
            }
            _ => None,
        },
        Payload::Builtin(b) => match n {
            "__name__" => Some(intern(b.name)),
            "__qualname__" => Some(from_string(if b.owner.is_empty() {
                b.name.to_owned()
            } else {
                format!("{}.{}", b.owner, b.name)
            })),
            "__self__" => Some(opt(vm, b.bound.clone())),
            "__doc__" => Some(b.doc.map_or_else(|| vm.none(), new_str)),
            "__module__" => Some(vm.none()),
            _ => None,
        },
        // Other attributes of a bound method are its function's (CPython's `method_getattro`):
        // `__name__`, `__wrapped__`, what a decorator stored on the function.
        Payload::Method(m) => match n {
            "__func__" => Some(m.0.clone()),
            "__self__" => Some(m.1.clone()),
            _ => crate::ops::getattr_opt(vm, &m.0, name)?,
        },
        Payload::Exception(d) => match n {
            "args" => Some(exception_ops::args(obj)),
            "__traceback__" => Some(opt(vm, d.traceback.borrow().clone())),
            "__cause__" => Some(opt(vm, d.cause.borrow().clone())),
            "__context__" => Some(opt(vm, d.context.borrow().clone())),
            "__suppress_context__" => Some(vm.bool(d.suppress_context.get())),
            "value" if types::is_subtype(&obj.class(), vm.b().exc("StopIteration")) => {
                Some(exception_ops::stop_value(vm, obj))
            }
            "code" if types::is_subtype(&obj.class(), vm.b().exc("SystemExit")) => {
                let a = exception_ops::args(obj);
                if tuple_ops::items(&a).len() > 1 {
                    Some(a)
                } else {
                    Some(exception_ops::stop_value(vm, obj))
                }
            }
            _ => crate::objects::exception_methods::field_default(vm, obj, n),
        },
        Payload::Code(c) => match n {
            "co_name" => Some(c.name.clone()),
            "co_qualname" => Some(c.qualname.clone()),
            "co_filename" => Some(c.filename.clone()),
            "co_firstlineno" => Some(int::from_i64(i64::from(c.co.firstlineno))),
            "co_argcount" => Some(int::from_i64(i64::from(c.co.argcount))),
            "co_posonlyargcount" => Some(int::from_i64(i64::from(c.co.posonlyargcount))),
            "co_kwonlyargcount" => Some(int::from_i64(i64::from(c.co.kwonlyargcount))),
            "co_nlocals" => Some(int::from_usize(c.varnames.len())),
            "co_stacksize" => Some(int::from_i64(i64::from(c.co.stacksize))),
            "co_flags" => Some(int::from_i64(i64::from(c.co.flags))),
            "co_varnames" => Some(tuple_ops::new_tuple(c.varnames.clone())),
            "co_names" => Some(tuple_ops::new_tuple(c.names.clone())),
            "co_consts" => Some(tuple_ops::new_tuple(c.consts.clone())),
            "co_cellvars" => Some(tuple_ops::new_tuple(
                c.co.cellvars.iter().map(|s| new_str(s)).collect(),
            )),
            "co_freevars" => Some(tuple_ops::new_tuple(
                c.co.freevars.iter().map(|s| new_str(s)).collect(),
            )),
            "co_code" => Some(crate::objects::bytes_ops::new_bytes(c.co.code.clone())),
            _ => None,
        },
        Payload::Generator(g) => crate::objects::generator_ops::attribute(vm, g, n),
        Payload::Property(p) => match n {
            "fget" => Some(p.parts[0].clone()),
            "fset" => Some(p.parts[1].clone()),
            "fdel" => Some(p.parts[2].clone()),
            "__doc__" => Some(p.parts[3].clone()),
            _ => None,
        },
        Payload::ClassMethod(f) | Payload::StaticMethod(f) => match n {
            "__func__" | "__wrapped__" => Some(f.clone()),
            _ => crate::ops::getattr_opt(vm, f, name)?
                .filter(|_| matches!(n, "__name__" | "__qualname__" | "__doc__")),
        },
        Payload::Complex { re, im } => match n {
            "real" => Some(crate::objects::float::new_float(*re)),
            "imag" => Some(crate::objects::float::new_float(*im)),
            _ => None,
        },
        Payload::Float(f) => match n {
            "real" => Some(crate::objects::float::new_float(*f)),
            "imag" => Some(crate::objects::float::new_float(0.0)),
            _ => None,
        },
        Payload::Int(_) | Payload::Bool(_) => int_attr(vm, obj, n),
        Payload::Slice(b) | Payload::Range(b) => match n {
            "start" => Some(b.start.clone()),
            "stop" => Some(b.stop.clone()),
            "step" => Some(b.step.clone()),
            _ => None,
        },
        Payload::Cell(c) => match n {
            "cell_contents" => match c.get() {
                Some(v) => Some(v),
                None => return Err(vm.new_exc("ValueError", "Cell is empty")),
            },
            _ => None,
        },
        Payload::Traceback(tb) => match n {
            "tb_lineno" => Some(int::from_i64(i64::from(tb.line))),
            "tb_next" => Some(opt(vm, tb.next.borrow().clone())),
            "tb_lasti" => Some(int::from_i64(i64::from(tb.lasti) * 2)),
            "tb_frame" => Some(tb_frame(vm, tb)),
            _ => None,
        },
        Payload::Super(s) => match n {
            "__thisclass__" => Some(s.0.clone()),
            "__self__" => Some(s.1.clone()),
            "__self_class__" => Some(s.1.class()),
            _ => None,
        },
        _ => None,
    })
}

/// A traceback entry's frame object, made on first use when its frame had none.
fn tb_frame(vm: &Vm, tb: &crate::payload::TracebackData) -> Value {
    if let Some(f) = tb.frame.borrow().clone() {
        return f;
    }
    let f = crate::frame_object::detached(
        vm,
        tb.code.clone(),
        tb.globals.clone(),
        None,
        tb.lasti as usize,
    );
    *tb.frame.borrow_mut() = Some(f.clone());
    f
}

fn int_attr(vm: &Vm, obj: &Value, n: &str) -> Option<Value> {
    match n {
        "real" | "numerator" => int::to_exact(obj),
        "imag" => Some(int::from_i64(0)),
        "denominator" => Some(int::from_i64(1)),
        _ => {
            let _ = vm;
            None
        }
    }
}

/// Set a computed attribute; `Ok(false)` when `name` is not one of them.
pub fn set_special_attr(
    vm: &Vm,
    obj: &Value,
    name: &Value,
    value: Option<Value>,
) -> PyResult<bool> {
    let n = as_str(name).unwrap_or("");
    match obj.payload() {
        Some(Payload::Exception(d)) => {
            match n {
                "__cause__" => {
                    *d.cause.borrow_mut() = value.filter(|v| !vm.is_none(v));
                    d.suppress_context.set(true);
                }
                "__context__" => *d.context.borrow_mut() = value.filter(|v| !vm.is_none(v)),
                "__traceback__" => *d.traceback.borrow_mut() = value.filter(|v| !vm.is_none(v)),
                "__suppress_context__" => d
                    .suppress_context
                    .set(value.as_ref().is_some_and(|v| v.is(&vm.b().true_))),
                "args" => {
                    let items = crate::ops::collect(vm, &value.unwrap_or_else(|| vm.none()))?;
                    *d.args.borrow_mut() = Some(tuple_ops::new_tuple(items));
                }
                _ => return Ok(false),
            }
            Ok(true)
        }
        Some(Payload::Function(f)) => set_function_attr(vm, f, n, value),
        // `del c.cell_contents` empties the cell; the old contents are released after the
        // cell's borrow ends.
        Some(Payload::Cell(c)) if n == "cell_contents" => {
            drop(c.replace(value));
            Ok(true)
        }
        Some(Payload::Type(td)) if td.heap => match n {
            "__name__" => {
                *td.name.borrow_mut() = value.as_ref().and_then(as_str).unwrap_or("").to_owned();
                Ok(true)
            }
            "__qualname__" => {
                *td.qualname.borrow_mut() =
                    value.as_ref().and_then(as_str).unwrap_or("").to_owned();
                Ok(true)
            }
            "__mro__" => Err(vm.attribute_error("readonly attribute")),
            "__bases__" => {
                crate::objects::type_bases::set_bases(vm, obj, value)?;
                Ok(true)
            }
            _ => Ok(false),
        },
        _ => Ok(false),
    }
}

/// Set (or, with `None`, delete) one of a function's own attributes, with CPython's checks of
/// the new value's type (`func_set_code` and friends); `Ok(false)` for other names (they go to
/// the function's `__dict__`).
fn set_function_attr(
    vm: &Vm,
    f: &crate::objects::function::Function,
    n: &str,
    value: Option<Value>,
) -> PyResult<bool> {
    let must_be = |what: &str| vm.type_error(format!("{n} must be set to a {what} object"));
    // `del f.__defaults__` (and the others that may be absent) means None.
    let optional = value.clone().filter(|v| !vm.is_none(v));
    match n {
        "__name__" | "__qualname__" => {
            let Some(v) = value.filter(|v| crate::objects::str::as_pystr(v).is_some()) else {
                return Err(must_be("string"));
            };
            let cell = if n == "__name__" {
                &f.name
            } else {
                &f.qualname
            };
            drop(cell.replace(v));
        }
        "__doc__" => drop(f.doc.replace(value.unwrap_or_else(|| vm.none()))),
        "__module__" => drop(f.module.replace(value.unwrap_or_else(|| vm.none()))),
        "__code__" => {
            let Some(code) = value.filter(|v| matches!(v.payload(), Some(Payload::Code(_)))) else {
                return Err(must_be("code"));
            };
            let nfree = match code.payload() {
                Some(Payload::Code(c)) => c.co.freevars.len(),
                _ => 0,
            };
            let nclosure = f.closure.as_ref().map_or(0, |c| tuple_ops::items(c).len());
            if nfree != nclosure {
                let name = as_str(&f.name.borrow()).unwrap_or("?").to_owned();
                return Err(vm.new_exc(
                    "ValueError",
                    format!(
                        "{name}() requires a code object with {nclosure} free vars, not {nfree}"
                    ),
                ));
            }
            f.set_code(code);
        }
        "__defaults__" => {
            if optional
                .as_ref()
                .is_some_and(|v| !matches!(v.payload(), Some(Payload::Tuple(_))))
            {
                return Err(must_be("tuple"));
            }
            drop(f.defaults.replace(optional));
        }
        "__kwdefaults__" | "__annotations__" => {
            if optional
                .as_ref()
                .is_some_and(|v| !matches!(v.payload(), Some(Payload::Dict(_))))
            {
                return Err(must_be("dict"));
            }
            let cell = if n == "__kwdefaults__" {
                &f.kwdefaults
            } else {
                &f.annotations
            };
            drop(cell.replace(optional));
        }
        _ => return Ok(false),
    }
    Ok(true)
}

fn module_attr(obj: &Value, key: &str) -> Option<Value> {
    let d = obj.obj()?.dict_value()?;
    crate::objects::dict::get_str_key(&d, &intern(key))
}

/// `repr()` of objects without a specific one: `<module 'm'>`, `<function f at 0x...>`, ...
pub fn default_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    let addr = v.id();
    let Some(p) = v.payload() else {
        return Ok(String::new());
    };
    Ok(match p {
        Payload::Type(td) => {
            let module = module_attr(v, "__module__").and_then(|m| as_str(&m).map(str::to_owned));
            match module {
                Some(m) if m != "builtins" => format!("<class '{m}.{}'>", td.qualname.borrow()),
                _ => format!("<class '{}'>", td.qualname.borrow()),
            }
        }
        Payload::Module => {
            let name = module_attr(v, "__name__")
                .and_then(|m| as_str(&m).map(str::to_owned))
                .unwrap_or_else(|| "?".into());
            match module_attr(v, "__file__").and_then(|f| as_str(&f).map(str::to_owned)) {
                Some(f) => format!("<module '{name}' from '{f}'>"),
                None if module_attr(v, "__loader__").is_some() => format!("<module '{name}'>"),
                None => format!("<module '{name}' (built-in)>"),
            }
        }
        Payload::Function(f) => format!(
            "<function {} at {addr:#x}>",
            as_str(&f.qualname.borrow()).unwrap_or("?")
        ),
        Payload::Builtin(b) => match &b.bound {
            Some(obj) if !matches!(obj.payload(), Some(Payload::Module)) => {
                format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    vm.type_name(obj),
                    obj.id()
                )
            }
            _ if b.is_method => format!("<method '{}' of '{}' objects>", b.name, b.owner),
            _ => format!("<built-in function {}>", b.name),
        },
        Payload::Method(m) => {
            let fname = match m.0.payload() {
                Some(Payload::Function(f)) => {
                    as_str(&f.qualname.borrow()).unwrap_or("?").to_owned()
                }
                _ => "?".into(),
            };
            format!(
                "<bound method {fname} of {}>",
                crate::ops::text::repr_string(vm, &m.1)?
            )
        }
        Payload::Exception(_) => {
            let a = exception_ops::args(v);
            let items = tuple_ops::items(&a);
            let inner = if items.len() == 1 {
                crate::ops::text::repr_string(vm, &items[0])?
            } else {
                let r = crate::ops::text::repr_string(vm, &a)?;
                r[1..r.len() - 1].trim_end_matches(',').to_owned()
            };
            format!("{}({inner})", vm.type_name(v))
        }
        Payload::Range(r) => {
            let (a, b) = (
                crate::ops::text::repr_string(vm, &r.start)?,
                crate::ops::text::repr_string(vm, &r.stop)?,
            );
            if int::as_i64(&r.step) == Some(1) {
                format!("range({a}, {b})")
            } else {
                format!(
                    "range({a}, {b}, {})",
                    crate::ops::text::repr_string(vm, &r.step)?
                )
            }
        }
        Payload::Slice(b) => format!(
            "slice({}, {}, {})",
            crate::ops::text::repr_string(vm, &b.start)?,
            crate::ops::text::repr_string(vm, &b.stop)?,
            crate::ops::text::repr_string(vm, &b.step)?
        ),
        Payload::Generator(g) => format!(
            "<{} object {} at {addr:#x}>",
            g.kind.type_name(),
            as_str(&g.qualname).unwrap_or("?")
        ),
        Payload::Code(c) => format!(
            "<code object {} at {addr:#x}, file \"{}\", line {}>",
            c.co.name, c.co.filename, c.co.firstlineno
        ),
        Payload::Cell(_) => format!("<cell at {addr:#x}>"),
        _ => {
            let t = v.class();
            let module = module_attr(&t, "__module__").and_then(|m| as_str(&m).map(str::to_owned));
            let qual = type_data(&t)
                .map(|d| d.qualname.borrow().clone())
                .unwrap_or_default();
            match module {
                Some(m) if m != "builtins" => format!("<{m}.{qual} object at {addr:#x}>"),
                _ => format!("<{qual} object at {addr:#x}>"),
            }
        }
    })
}
