//! The virtual machine: object model, reference counting, the GIL, frames and the eval loop,
//! builtins and builtin modules. Counterpart of CPython's `Objects/`, `Python/ceval.c` and friends.

pub mod alloc;
pub mod eval;
pub mod frame;
pub mod frame_object;
pub mod gc;
pub mod gil;
#[cfg(feature = "valgrind")]
pub mod gil_pthread;
pub mod gil_trace;
pub mod hash;
pub mod interruptible;
pub mod leakcheck;
pub mod modules;
pub mod object;
pub(crate) mod object_freelist;
pub mod objects;
pub mod ops;
pub mod payload;
pub mod pycell;
pub mod rc;
pub mod run;
pub mod stdlib;
#[cfg(test)]
mod stdlib_modules;
pub mod traceback;
pub mod vm;

pub use object::Value;
pub use objects::types;
pub use vm::{CompileError, CompileFn, CompileMode, Config, PyErr, PyResult, Vm};
