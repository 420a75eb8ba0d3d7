//! The virtual machine: object model, reference counting, the GIL, frames and the eval loop,
//! builtins and builtin modules. Counterpart of CPython's `Objects/`, `Python/ceval.c` and friends.
