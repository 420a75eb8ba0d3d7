//! Builtin modules and the import system. Counterpart of CPython's `Modules/` and
//! `Python/import.c`.

pub mod _gilpy_traceback;
pub mod _imp;
pub mod _posixshmem;
pub mod _posixsubprocess;
pub mod _socket;
pub mod _sre;
pub mod _thread;
pub mod _weakref;
pub mod array;
pub mod builtins;
pub mod builtins_async;
pub mod builtins_frame;
pub mod builtins_iter;
pub mod builtins_more;
pub mod builtins_num;
pub mod dis;
pub mod gc;
pub mod import;
pub mod math;
pub mod math_special;
pub mod os;
pub mod os_process;
pub mod random;
pub mod select;
pub mod signal;
pub mod sitebuiltins;
pub mod stdin;
pub mod sys;
pub mod sys_info;
pub mod time;

use crate::object::Value;
use crate::vm::{PyResult, Vm};

/// A builtin module's initialiser: fills the module's namespace.
pub type ModuleInit = fn(&Vm, &Value) -> PyResult<()>;

/// The modules built into the binary, by import name.
pub const BUILTIN_MODULES: &[(&str, ModuleInit)] = &[
    ("sys", sys::init),
    ("builtins", builtins::init),
    ("time", time::init),
    ("_dis", dis::init),
    ("math", math::init),
    ("random", random::init),
    ("select", select::init),
    ("_socket", _socket::init),
    ("posix", os::init),
    ("_thread", _thread::init),
    ("gc", gc::init),
    ("_weakref", _weakref::init),
    ("_gilpy_traceback", _gilpy_traceback::init),
    ("_posixsubprocess", _posixsubprocess::init),
    ("_posixshmem", _posixshmem::init),
    ("_signal", signal::init),
    ("_sre", _sre::init),
    ("array", array::init),
    ("_imp", _imp::init),
];

/// About how many names `builtins` and `sys` have once the start-up filled them.
const BUILTINS_NAMES: usize = 160;
const SYS_NAMES: usize = 64;

/// Create `builtins` and `sys`, the two modules every program has.
pub fn init(vm: &Vm) {
    crate::objects::core_methods::init_types();
    let builtins = crate::objects::bootstrap::new_module_sized("builtins", BUILTINS_NAMES);
    let sys = crate::objects::bootstrap::new_module_sized("sys", SYS_NAMES);
    vm.set_objects(builtins.clone(), sys.clone());
    let modules = vm.objects().modules.clone();
    let ok = builtins::init(vm, &builtins)
        .and_then(|()| sys::init(vm, &sys))
        .and_then(|()| {
            crate::objects::dict_ops::set_item(
                vm,
                &modules,
                crate::objects::str::intern("builtins"),
                builtins,
            )
        })
        .and_then(|()| {
            crate::objects::dict_ops::set_item(
                vm,
                &modules,
                crate::objects::str::intern("sys"),
                sys,
            )
        });
    if let Err(e) = ok {
        let msg = crate::ops::text::str_string(vm, &e.0).unwrap_or_default();
        eprintln!("Fatal Python error: init failed: {msg}");
        std::process::exit(1);
    }
}
