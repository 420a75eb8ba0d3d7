//! The builtin types: one file per type (its storage and operations), plus their methods.

/// The forward and reflected dunder methods of a numeric type's binary operators, each a call
/// to the invoking file's `binop(vm, args, name, op, reflected)`; defines `BINOPS`, the table
/// that file registers (`int`, `float` and `complex` share it).
macro_rules! number_binops {
    ($($f:ident $rf:ident $name:literal $rname:literal $op:expr;)*) => {
        $(
            fn $f(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
                binop(vm, args, $name, $op, false)
            }
            fn $rf(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
                binop(vm, args, $rname, $op, true)
            }
        )*
        const BINOPS: &[(&str, NativeFn, &str, NativeFn)] = &[$(($name, $f, $rname, $rf)),*];
    };
}
pub(crate) use number_binops;

pub mod attrs;
pub mod bootstrap;
pub mod buffer;
pub mod bytes_methods;
pub mod bytes_ops;
pub mod callable_methods;
pub mod cell_methods;
pub mod class_assign;
pub mod code_methods;
pub mod complex;
pub mod complex_methods;
pub mod core_methods;
pub mod coroutine;
pub mod coroutine_asyncgen;
pub mod descr_methods;
pub mod dict;
pub mod dict_methods;
pub mod dict_ops;
pub mod dict_views;
pub mod exception;
pub mod exception_methods;
pub mod exception_ops;
pub mod float;
pub mod float_methods;
pub mod format_ops;
pub mod function;
pub mod function_new;
pub mod function_ops;
pub mod generator;
pub mod generator_drain;
pub mod generator_ops;
pub mod generic_alias;
pub mod instance_values;
pub mod instance_values_pool;
pub mod int;
pub mod int_div;
pub mod int_methods;
pub mod iter;
pub mod iter_methods;
pub mod iter_ops;
pub mod iter_types;
pub mod list_methods;
pub mod list_ops;
pub mod mappingproxy;
pub mod memoryview;
pub mod method_methods;
pub mod module_methods;
pub mod range_methods;
pub mod range_ops;
pub mod set;
pub mod set_methods;
pub mod set_ops;
pub mod singleton_methods;
pub mod slots;
pub mod sort;
pub mod str;
pub mod str_methods;
pub mod str_ops;
pub mod structseq;
pub mod tuple_methods;
pub mod tuple_ops;
pub mod type_bases;
pub mod type_docs;
pub mod type_hooks;
pub mod type_methods;
pub mod type_ops;
pub mod types;
