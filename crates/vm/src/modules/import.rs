//! The import system: `sys.modules`, builtin modules, and `.py` modules and packages found on
//! `sys.path`; relative imports; `from m import x` and `import *`.
//! Counterpart of CPython's `Python/import.c` and `importlib._bootstrap`.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{new_module, set_attr};
use crate::objects::str::{as_str, intern, new_str};
use crate::objects::{dict_ops, int, list_ops};
use crate::ops;
use crate::vm::{PyErr, PyResult, Vm};

#[cold]
fn not_found(vm: &Vm, name: &str) -> PyErr {
    let msg = format!("No module named '{name}'");
    import_error(vm, "ModuleNotFoundError", msg, name, None)
}

/// An `ImportError` (or subclass) with its `name` and `path` attributes set, as CPython's
/// `PyErr_SetImportError`.
#[cold]
fn import_error(vm: &Vm, kind: &str, msg: String, name: &str, path: Option<&str>) -> PyErr {
    let e = vm.new_exc(kind, msg);
    let path = path.map_or_else(|| vm.none(), new_str);
    for (field, value) in [("name", new_str(name)), ("path", path)] {
        let _ = ops::attr::generic_setattr(vm, &e.0, &intern(field), Some(value));
    }
    e
}

thread_local! {
    /// The modules whose code is running on this thread's import (identities), innermost
    /// last: CPython's `__spec__._initializing`, which the circular-import messages use.
    static INITIALIZING: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Whether `module`'s code is still running (it is "partially initialized").
pub fn is_initializing(module: &Value) -> bool {
    INITIALIZING.with(|i| i.borrow().contains(&module.id()))
}

fn sys_modules(vm: &Vm) -> Value {
    vm.objects().modules.clone()
}

/// Resolve a relative module name against the importing module's package.
fn resolve(vm: &Vm, name: &str, globals: &Value, level: usize) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_owned());
    }
    let get =
        |k: &str| -> PyResult<Option<String>> {
            if !matches!(globals.payload(), Some(Payload::Dict(_))) {
                return Ok(None);
            }
            Ok(dict_ops::get_item(vm, globals, &intern(k))?
                .and_then(|v| as_str(&v).map(str::to_owned)))
        };
    let package = match get("__package__")? {
        Some(p) => p,
        None => {
            let modname = get("__name__")?.unwrap_or_default();
            let is_pkg = matches!(globals.payload(), Some(Payload::Dict(_)))
                && dict_ops::get_item(vm, globals, &intern("__path__"))?.is_some();
            if is_pkg {
                modname
            } else {
                modname
                    .rsplit_once('.')
                    .map(|(p, _)| p.to_owned())
                    .unwrap_or_default()
            }
        }
    };
    if package.is_empty() {
        return Err(vm.new_exc(
            "ImportError",
            "attempted relative import with no known parent package",
        ));
    }
    let parts: Vec<&str> = package.split('.').collect();
    if level > parts.len() {
        return Err(vm.new_exc(
            "ImportError",
            "attempted relative import beyond top-level package",
        ));
    }
    let base = parts[..parts.len() - (level - 1)].join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

/// `IMPORT_NAME`: import `name` (and its parents); return the top package, or the module itself
/// when `fromlist` is given.
pub fn import_name(
    vm: &Vm,
    name: &Value,
    globals: &Value,
    fromlist: &Value,
    level: &Value,
) -> PyResult<Value> {
    let name_s = as_str(name).ok_or_else(|| vm.type_error("module name must be a string"))?;
    let level = int::as_i64(level).unwrap_or(0).max(0) as usize;
    let full = resolve(vm, name_s, globals, level)?;
    if full.is_empty() {
        return Err(vm.value_error("Empty module name"));
    }
    let mut module = None;
    let mut prefix = String::new();
    for part in full.split('.') {
        if !prefix.is_empty() {
            prefix.push('.');
        }
        prefix.push_str(part);
        module = Some(import_one(vm, &prefix, module.as_ref())?);
    }
    let module = module.ok_or_else(|| not_found(vm, &full))?;
    let has_fromlist = !vm.is_none(fromlist) && ops::is_true(vm, fromlist)?;
    if has_fromlist {
        if dict_of(&module)
            .is_some_and(|d| crate::objects::dict::get_str_key(&d, &intern("__path__")).is_some())
        {
            for item in ops::collect(vm, fromlist)? {
                let n = as_str(&item).unwrap_or("");
                if n != "*" && ops::getattr_opt(vm, &module, &item)?.is_none() {
                    let sub = format!("{full}.{n}");
                    match import_one(vm, &sub, Some(&module)) {
                        Ok(_) => {}
                        Err(e) if vm.err_is(&e, "ModuleNotFoundError") => {}
                        Err(e) => return Err(e),
                    }
                }
            }
        }
        return Ok(module);
    }
    if level > 0 && !name_s.contains('.') {
        return Ok(module);
    }
    let top = full.split('.').next().unwrap_or("");
    let top = if level > 0 {
        resolve(vm, name_s.split('.').next().unwrap_or(""), globals, level)?
    } else {
        top.to_owned()
    };
    dict_ops::get_item(vm, &sys_modules(vm), &new_str(&top))?.ok_or_else(|| not_found(vm, &top))
}

fn dict_of(m: &Value) -> Option<Value> {
    m.obj().and_then(|o| o.dict_value())
}

/// Import one dotted name whose parent (if any) is already imported.
fn import_one(vm: &Vm, full: &str, parent: Option<&Value>) -> PyResult<Value> {
    let key = new_str(full);
    if let Some(m) = dict_ops::get_item(vm, &sys_modules(vm), &key)? {
        return Ok(m);
    }
    if parent.is_none()
        && let Some((_, init)) = crate::modules::BUILTIN_MODULES
            .iter()
            .find(|(n, _)| *n == full)
    {
        let m = new_module(full);
        dict_ops::set_item(vm, &sys_modules(vm), key, m.clone())?;
        init(vm, &m)?;
        return Ok(m);
    }
    match find_source(vm, full, parent)? {
        Some(f) => exec_module(vm, full, f.body, &f.filename, f.pkg_dir),
        None => Err(not_found(vm, full)),
    }
}

/// A module's code: its body, file name, and directory if it is a package.
struct Found {
    body: Body,
    filename: String,
    pkg_dir: Option<String>,
}

/// Find the source of module `full` (frozen in the binary, or on the parent package's
/// `__path__` or `sys.path`); None if there is none.
fn find_source(vm: &Vm, full: &str, parent: Option<&Value>) -> PyResult<Option<Found>> {
    if let Some(code) = crate::stdlib::code(full) {
        let code = code.map_err(|e| {
            let msg = format!("cannot load frozen module '{full}': {e}");
            import_error(vm, "ImportError", msg, full, None)
        })?;
        let pkg_dir = crate::stdlib::is_package(full).then(|| format!("<frozen {full}>"));
        return Ok(Some(Found {
            body: Body::Code(Box::new(code)),
            filename: format!("<frozen {full}>"),
            pkg_dir,
        }));
    }
    let search: Vec<String> = match parent {
        Some(p) => {
            let path = ops::getattr_opt(vm, p, &intern("__path__"))?;
            match path {
                Some(p) => ops::collect(vm, &p)?
                    .iter()
                    .filter_map(|v| as_str(v).map(str::to_owned))
                    .collect(),
                None => {
                    let pname = full.rsplit_once('.').map(|(a, _)| a).unwrap_or("");
                    let msg = format!("No module named '{full}'; '{pname}' is not a package");
                    return Err(import_error(vm, "ModuleNotFoundError", msg, full, None));
                }
            }
        }
        None => sys_path(vm)?,
    };
    let last = full.rsplit('.').next().unwrap_or(full);
    for dir in search {
        let dir = if dir.is_empty() { ".".to_owned() } else { dir };
        let pkg_init = format!("{dir}/{last}/__init__.py");
        if std::path::Path::new(&pkg_init).is_file() {
            return Ok(Some(Found {
                body: Body::Source(read_source(vm, &pkg_init)?),
                filename: pkg_init,
                pkg_dir: Some(format!("{dir}/{last}")),
            }));
        }
        let file = format!("{dir}/{last}.py");
        if std::path::Path::new(&file).is_file() {
            return Ok(Some(Found {
                body: Body::Source(read_source(vm, &file)?),
                filename: file,
                pkg_dir: None,
            }));
        }
    }
    Ok(None)
}

/// `importlib.reload(module)`: find the module's code again and run it in the module's own
/// namespace (CPython's `importlib._bootstrap._exec`), so the functions it defined before and
/// those it defines now share one globals dict. Builtin modules are left as they are.
pub fn reload_in_place(vm: &Vm, module: &Value) -> PyResult<()> {
    let name = ops::getattr(vm, module, &intern("__name__"))?;
    let full = as_str(&name)
        .ok_or_else(|| vm.type_error("module name must be a string"))?
        .to_owned();
    if crate::modules::BUILTIN_MODULES
        .iter()
        .any(|(n, _)| *n == full)
    {
        return Ok(());
    }
    let parent = match full.rsplit_once('.') {
        Some((p, _)) => dict_ops::get_item(vm, &sys_modules(vm), &new_str(p))?,
        None => None,
    };
    let found = find_source(vm, &full, parent.as_ref())?.ok_or_else(|| not_found(vm, &full))?;
    run_body(vm, found.body, &found.filename, module)
}

fn sys_path(vm: &Vm) -> PyResult<Vec<String>> {
    let sys = vm.objects().sys.clone();
    let path = ops::getattr(vm, &sys, &intern("path"))?;
    Ok(ops::collect(vm, &path)?
        .iter()
        .filter_map(|v| as_str(v).map(str::to_owned))
        .collect())
}

fn read_source(vm: &Vm, path: &str) -> PyResult<String> {
    std::fs::read_to_string(path)
        .map_err(|e| vm.new_exc("ImportError", format!("cannot read {path}: {e}")))
}

/// What a module runs: source to compile, or a code object compiled at build time.
enum Body {
    Source(String),
    Code(Box<gilpy_bytecode::CodeObject>),
}

/// Run `body` in module `m`'s namespace.
fn run_body(vm: &Vm, body: Body, filename: &str, m: &Value) -> PyResult<()> {
    match body {
        Body::Source(source) => crate::run::exec_source_in(vm, &source, filename, m),
        Body::Code(co) => {
            let code = crate::objects::function_ops::load_code(vm, *co)?;
            let ns = dict_of(m).unwrap_or_else(|| vm.none());
            crate::run::run_code(vm, code, ns.clone(), ns).map(drop)
        }
    }
}

/// Create module `name`, register it, and run `body` in it.
fn exec_module(
    vm: &Vm,
    name: &str,
    body: Body,
    filename: &str,
    pkg_dir: Option<String>,
) -> PyResult<Value> {
    let m = new_module(name);
    set_attr(&m, "__file__", new_str(filename));
    let package = match &pkg_dir {
        Some(dir) => {
            set_attr(&m, "__path__", list_ops::new_list(vec![new_str(dir)]));
            name.to_owned()
        }
        None => name
            .rsplit_once('.')
            .map(|(p, _)| p.to_owned())
            .unwrap_or_default(),
    };
    set_attr(&m, "__package__", new_str(&package));
    let modules = sys_modules(vm);
    dict_ops::set_item(vm, &modules, new_str(name), m.clone())?;
    INITIALIZING.with(|i| i.borrow_mut().push(m.id()));
    let r = run_body(vm, body, filename, &m);
    INITIALIZING.with(|i| i.borrow_mut().retain(|&id| id != m.id()));
    if let Err(e) = r {
        dict_ops::del_item(vm, &modules, &new_str(name))?;
        return Err(e);
    }
    if let Some((parent, child)) = name.rsplit_once('.')
        && let Some(p) = dict_ops::get_item(vm, &modules, &new_str(parent))?
    {
        ops::setattr(vm, &p, &intern(child), m.clone())?;
    }
    Ok(dict_ops::get_item(vm, &modules, &new_str(name))?.unwrap_or(m))
}

/// `IMPORT_FROM`: `from module import name`.
pub fn import_from(vm: &Vm, module: &Value, name: &Value) -> PyResult<Value> {
    if let Some(v) = ops::getattr_opt(vm, module, name)? {
        return Ok(v);
    }
    let modname = ops::getattr_opt(vm, module, &intern("__name__"))?
        .and_then(|n| as_str(&n).map(str::to_owned))
        .unwrap_or_else(|| "<unknown module name>".into());
    let n = as_str(name).unwrap_or("");
    let sub = format!("{modname}.{n}");
    if let Some(m) = dict_ops::get_item(vm, &sys_modules(vm), &new_str(&sub))? {
        return Ok(m);
    }
    let file = ops::getattr_opt(vm, module, &intern("__file__"))?
        .and_then(|f| as_str(&f).map(str::to_owned));
    let location = match &file {
        Some(f) => format!("({f})"),
        None => "(unknown location)".into(),
    };
    let msg = if is_initializing(module) {
        format!(
            "cannot import name '{n}' from partially initialized module '{modname}' \
             (most likely due to a circular import) {location}"
        )
    } else {
        format!("cannot import name '{n}' from '{modname}' {location}")
    };
    Err(import_error(
        vm,
        "ImportError",
        msg,
        &modname,
        file.as_deref(),
    ))
}

/// `from module import *`.
pub fn import_star(vm: &Vm, module: &Value, locals: &Value) -> PyResult<()> {
    let all = ops::getattr_opt(vm, module, &intern("__all__"))?;
    let names: Vec<Value> = match all {
        Some(a) => ops::collect(vm, &a)?,
        None => match dict_of(module) {
            Some(d) => dict_ops::items(vm, &d)?
                .into_iter()
                .map(|(k, _)| k)
                .filter(|k| !as_str(k).unwrap_or("_").starts_with('_'))
                .collect(),
            None => Vec::new(),
        },
    };
    for n in names {
        let v = ops::getattr(vm, module, &n)?;
        ops::setitem(vm, locals, &n, v)?;
    }
    Ok(())
}
