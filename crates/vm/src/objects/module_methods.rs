//! `module.__init__(name, doc=None)`: a module object made from Python (`types.ModuleType`),
//! and a module's own `__getattr__` (PEP 562). Counterpart of `module___init___impl` and
//! `module_getattro` in CPython's `Objects/moduleobject.c`.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::add_method;
use crate::objects::dict_ops;
use crate::objects::function::Args;
use crate::objects::str::{as_str, intern};
use crate::objects::types::builtin;
use crate::vm::{PyResult, Vm};

fn module_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_keywords(vm, "module", &["name", "doc"])?;
    let pos = args.pos();
    if pos.len() > 3 {
        return Err(vm.type_error(format!(
            "module() takes at most 2 arguments ({} given)",
            pos.len() - 1
        )));
    }
    let Some(this) = pos.first() else {
        return Err(vm.type_error("descriptor '__init__' of 'module' object needs an argument"));
    };
    let Some(name) = pos.get(1).or_else(|| args.kw("name")) else {
        return Err(vm.type_error("module() missing required argument 'name' (pos 1)"));
    };
    if as_str(name).is_none() {
        return Err(vm.type_error(format!(
            "module() argument 'name' must be str, not {}",
            vm.type_name(name)
        )));
    }
    let doc = pos.get(2).or_else(|| args.kw("doc")).cloned();
    let Some(dict) = this.obj().and_then(|o| o.dict_value()) else {
        return Err(vm.type_error("module.__init__() needs a module"));
    };
    if !matches!(this.payload(), Some(Payload::Module)) {
        return Err(vm.type_error("module.__init__() needs a module"));
    }
    let entries = [
        ("__name__", name.clone()),
        ("__doc__", doc.unwrap_or_else(|| vm.none())),
        ("__package__", vm.none()),
        ("__loader__", vm.none()),
        ("__spec__", vm.none()),
    ];
    for (k, v) in entries {
        dict_ops::set_item(vm, &dict, intern(k), v)?;
    }
    Ok(vm.none())
}

/// The `__getattr__` function a module keeps among its globals (PEP 562), to call with the
/// name when the module and its type have no attribute of that name.
pub fn module_getattr_hook(obj: &Value) -> Option<Value> {
    if !matches!(obj.payload(), Some(Payload::Module)) {
        return None;
    }
    let dict = obj.obj()?.dict_value()?;
    crate::objects::dict::get_str_key(&dict, &intern("__getattr__"))
}

pub fn init() {
    add_method(&builtin().module, "module", "__init__", module_init);
}
