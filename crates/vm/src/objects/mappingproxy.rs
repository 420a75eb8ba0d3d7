//! `mappingproxy` (`types.MappingProxyType`): a read-only view of a mapping; what `cls.__dict__`
//! and `vars(cls)` return. Counterpart of the `mappingproxy` type in CPython's
//! `Objects/descrobject.c`.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{StaticValue, add_method, add_static, new_native_type, set_attr};
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::{from_string, intern};
use crate::objects::types::builtin;
use crate::ops::{self, BinOp, CmpOp};
use crate::vm::{PyResult, Vm};
use std::sync::OnceLock;

/// The proxied mapping.
pub struct MappingProxy {
    pub mapping: Value,
}

fn proxy_type() -> &'static Value {
    static T: OnceLock<StaticValue> = OnceLock::new();
    &T.get_or_init(|| StaticValue(create_type())).0
}

/// A read-only proxy of `mapping`.
pub fn new_proxy(mapping: Value) -> Value {
    Value::alloc(
        proxy_type().clone(),
        Payload::Native(Box::new(MappingProxy { mapping })),
    )
}

/// The mapping behind a proxy.
fn target(v: &Value) -> Option<&Value> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<MappingProxy>().map(|p| &p.mapping),
        _ => None,
    }
}

/// `self`'s mapping and the other arguments, checking their count.
fn this<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    extra: (usize, usize),
) -> PyResult<(Value, &'a [Value])> {
    let a = args.positional_only(vm, name, 1 + extra.0, 1 + extra.1)?;
    match target(&a[0]) {
        Some(m) => Ok((m.clone(), &a[1..])),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'mappingproxy' object but received a '{}'",
            vm.type_name(&a[0])
        ))),
    }
}

fn proxy_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_keywords(vm, "mappingproxy", &["mapping"])?;
    let pos = args.pos();
    let Some(mapping) = pos.get(1).or_else(|| args.kw("mapping")) else {
        return Err(vm.type_error("mappingproxy() missing required argument 'mapping' (pos 1)"));
    };
    let sequence = matches!(
        mapping.payload(),
        Some(Payload::List(_) | Payload::Tuple(_))
    );
    let has_getitem = crate::objects::types::lookup_str_on_class(mapping, "__getitem__").is_some();
    if sequence || !has_getitem {
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            vm.type_name(mapping)
        )));
    }
    Ok(new_proxy(mapping.clone()))
}

fn getitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (m, a) = this(vm, &args, "__getitem__", (1, 1))?;
    ops::getitem(vm, &m, &a[0])
}

fn contains(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (m, a) = this(vm, &args, "__contains__", (1, 1))?;
    Ok(vm.bool(ops::contains(vm, &m, &a[0])?))
}

fn iter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (m, _) = this(vm, &args, "__iter__", (0, 0))?;
    ops::iter(vm, &m)
}

fn len(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (m, _) = this(vm, &args, "__len__", (0, 0))?;
    Ok(crate::objects::int::from_usize(ops::len(vm, &m)?))
}

/// A method forwarded to the mapping (`get`, `keys`, `values`, `items`, `copy`, `__reversed__`).
fn forward(vm: &Vm, args: &Args<'_>, name: &str, extra: (usize, usize)) -> PyResult<Value> {
    let (m, a) = this(vm, args, name, extra)?;
    ops::call_method(vm, &m, name, a)
}

fn get(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, "get", (1, 2))
}

fn keys(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, "keys", (0, 0))
}

fn values(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, "values", (0, 0))
}

fn items(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, "items", (0, 0))
}

fn copy(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, "copy", (0, 0))
}

fn reversed(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, "__reversed__", (0, 0))
}

fn repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (m, _) = this(vm, &args, "__repr__", (0, 0))?;
    let inner = ops::text::repr_string(vm, &m)?;
    Ok(from_string(format!("mappingproxy({inner})")))
}

fn str_(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (m, _) = this(vm, &args, "__str__", (0, 0))?;
    ops::str(vm, &m)
}

fn compare(vm: &Vm, args: &Args<'_>, name: &str, op: CmpOp) -> PyResult<Value> {
    let (m, a) = this(vm, args, name, (1, 1))?;
    ops::rich_compare(vm, &m, &a[0], op)
}

macro_rules! comparisons {
    ($($f:ident $name:literal $op:ident;)*) => {
        $(fn $f(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
            compare(vm, &args, $name, CmpOp::$op)
        })*
        const COMPARISONS: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

comparisons! {
    eq "__eq__" Eq;
    ne "__ne__" Ne;
    lt "__lt__" Lt;
    le "__le__" Le;
    gt "__gt__" Gt;
    ge "__ge__" Ge;
}

/// `proxy | other` and `other | proxy`: the mappings' union (proxies unwrapped).
fn or(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__or__", 2, 2)?;
    let unwrap = |v: &Value| target(v).cloned().unwrap_or_else(|| v.clone());
    ops::binary_op(vm, &unwrap(&a[0]), &unwrap(&a[1]), BinOp::Or)
}

fn ror(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__ror__", 2, 2)?;
    let unwrap = |v: &Value| target(v).cloned().unwrap_or_else(|| v.clone());
    ops::binary_op(vm, &unwrap(&a[1]), &unwrap(&a[0]), BinOp::Or)
}

fn ior(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.type_error("'|=' is not supported by mappingproxy; use '|' instead"))
}

fn create_type() -> Value {
    let t = new_native_type("mappingproxy");
    set_attr(&t, "__module__", intern("builtins"));
    set_attr(&t, "__hash__", builtin().none.clone());
    add_static(&t, "mappingproxy", "__new__", proxy_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__getitem__", getitem),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__len__", len),
        ("__reversed__", reversed),
        ("__repr__", repr),
        ("__str__", str_),
        ("__or__", or),
        ("__ror__", ror),
        ("__ior__", ior),
        ("get", get),
        ("keys", keys),
        ("values", values),
        ("items", items),
        ("copy", copy),
    ];
    for (name, f) in methods.iter().chain(COMPARISONS) {
        add_method(&t, "mappingproxy", name, *f);
    }
    t
}
