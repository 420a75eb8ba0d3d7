//! The builtins CPython's `site` module adds unless `-S`: `exit` and `quit` (calling one raises
//! `SystemExit`), `copyright`, `credits` and `license` (their repr is their text), made natively
//! at start-up. Counterpart of CPython's `Lib/_sitebuiltins.py`.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{add_method, set_attr};
use crate::objects::function::Args;
use crate::objects::str::{intern, new_str};
use crate::objects::types::{Layout, builtin, compute_mro, new_type, type_data};
use crate::objects::{dict, exception_ops};
use crate::ops;
use crate::vm::{PyErr, PyResult, Vm};

const EOF_HINT: &str = "Ctrl-D (i.e. EOF)";

/// Put `exit`, `quit`, `copyright`, `credits` and `license` into the builtins module.
pub fn install(vm: &Vm) {
    let quitter = new_class(
        "Quitter",
        &[
            ("__init__", quitter_init),
            ("__repr__", quitter_repr),
            ("__call__", quitter_call),
        ],
    );
    let printer = new_class(
        "_Printer",
        &[
            ("__init__", printer_init),
            ("__repr__", printer_repr),
            ("__call__", printer_call),
        ],
    );
    let b = vm.objects().builtins.clone();
    for name in ["exit", "quit"] {
        let q = instance(
            &quitter,
            &[("name", new_str(name)), ("eof", new_str(EOF_HINT))],
        );
        set_attr(&b, name, q);
    }
    for (name, text) in [
        (
            "copyright",
            "Copyright (c) the gilpy authors.\nPython is Copyright (c) 2001-2023 Python Software \
             Foundation.",
        ),
        (
            "credits",
            "gilpy: a Python 3.11 interpreter written in Rust.",
        ),
        ("license", "gilpy is distributed under the MIT license."),
    ] {
        let p = instance(
            &printer,
            &[
                ("_Printer__name", new_str(name)),
                ("_Printer__text", new_str(text)),
            ],
        );
        set_attr(&b, name, p);
    }
}

/// A class of module `_sitebuiltins` with the given native methods.
fn new_class(
    name: &'static str,
    methods: &[(&'static str, crate::objects::function::NativeFn)],
) -> Value {
    let b = builtin();
    let t = new_type(
        b.type_.clone(),
        name,
        vec![b.object.clone()],
        Layout::Object,
        true,
    );
    if let (Some(td), Ok(mro)) = (type_data(&t), compute_mro(&t)) {
        *td.mro.borrow_mut() = mro;
    }
    for (method, func) in methods {
        add_method(&t, name, method, *func);
    }
    set_attr(&t, "__module__", intern("_sitebuiltins"));
    set_attr(&t, "__doc__", b.none.clone());
    t
}

/// An instance of `cls` whose `__dict__` holds `attrs`.
fn instance(cls: &Value, attrs: &[(&str, Value)]) -> Value {
    let obj = Value::alloc_with_dict(cls.clone(), Some(dict::new_dict()), Payload::Object);
    for (name, value) in attrs {
        set_attr(&obj, name, value.clone());
    }
    obj
}

/// The text of attribute `name` of `obj`.
fn text_attr(vm: &Vm, obj: &Value, name: &str) -> PyResult<String> {
    let v = ops::getattr(vm, obj, &intern(name))?;
    ops::text::str_string(vm, &v)
}

/// `Quitter(name, eof)`.
fn quitter_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__init__", 3, 3)?;
    ops::setattr(vm, &a[0], &intern("name"), a[1].clone())?;
    ops::setattr(vm, &a[0], &intern("eof"), a[2].clone())?;
    Ok(vm.none())
}

/// `repr(exit)`: how to leave.
fn quitter_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__repr__", 1, 1)?;
    let name = text_attr(vm, &a[0], "name")?;
    let eof = text_attr(vm, &a[0], "eof")?;
    Ok(new_str(&format!("Use {name}() or {eof} to exit")))
}

/// `exit(code=None)`: raise `SystemExit(code)`.
fn quitter_call(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.count(vm, "__call__", 1, 2)?;
    let code = a
        .get(1)
        .or_else(|| args.kw("code"))
        .cloned()
        .unwrap_or_else(|| vm.none());
    let cls = vm.b().exc("SystemExit").clone();
    Err(PyErr(exception_ops::new_exception(cls, vec![code])))
}

/// `_Printer(name, text)`.
fn printer_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__init__", 3, 3)?;
    ops::setattr(vm, &a[0], &intern("_Printer__name"), a[1].clone())?;
    ops::setattr(vm, &a[0], &intern("_Printer__text"), a[2].clone())?;
    Ok(vm.none())
}

/// `repr(copyright)`: the text.
fn printer_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__repr__", 1, 1)?;
    ops::getattr(vm, &a[0], &intern("_Printer__text"))
}

/// `copyright()`: print the text.
fn printer_call(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__call__", 1, 1)?;
    let text = ops::getattr(vm, &a[0], &intern("_Printer__text"))?;
    let print = ops::getattr(vm, &vm.objects().builtins, &intern("print"))?;
    ops::call(vm, &print, &[text], &[])?;
    Ok(vm.none())
}
