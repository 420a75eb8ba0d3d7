//! The struct-sequence attributes of `sys` that describe the interpreter and its numbers
//! (`version_info`, `float_info`, `int_info`, `hash_info`, `thread_info`). Counterpart of the
//! `make_*` functions of CPython's `Python/sysmodule.c` and `Objects/floatobject.c`.

use crate::object::Value;
use crate::objects::bootstrap::set_attr;
use crate::objects::float::new_float;
use crate::objects::int::from_i64;
use crate::objects::str::new_str;
use crate::objects::structseq::{new_instance, new_type};
use crate::vm::Vm;

/// Set the struct sequences in module `sys`.
pub fn init(vm: &Vm, sys: &Value) {
    let info = |qualname: &'static str, fields: &'static [&'static str], items: Vec<Value>| {
        new_instance(&new_type(qualname, fields), items)
    };
    let version = info(
        "sys.version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vec![
            from_i64(3),
            from_i64(11),
            from_i64(7),
            new_str("final"),
            from_i64(0),
        ],
    );
    set_attr(sys, "version_info", version);
    let float = info(
        "sys.float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        vec![
            new_float(f64::MAX),
            from_i64(1024),
            from_i64(308),
            new_float(f64::MIN_POSITIVE),
            from_i64(-1021),
            from_i64(-307),
            from_i64(15),
            from_i64(53),
            new_float(f64::EPSILON),
            from_i64(2),
            from_i64(1),
        ],
    );
    set_attr(sys, "float_info", float);
    let int = info(
        "sys.int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
        vec![from_i64(30), from_i64(4), from_i64(4300), from_i64(640)],
    );
    set_attr(sys, "int_info", int);
    let hash = info(
        "sys.hash_info",
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
        vec![
            from_i64(64),
            from_i64((1 << 61) - 1),
            from_i64(314_159),
            from_i64(0),
            from_i64(1_000_003),
            new_str("siphash13"),
            from_i64(64),
            from_i64(128),
            from_i64(0),
        ],
    );
    set_attr(sys, "hash_info", hash);
    let thread = info(
        "sys.thread_info",
        &["name", "lock", "version"],
        vec![new_str("pthread"), new_str("semaphore"), vm.none()],
    );
    set_attr(sys, "thread_info", thread);
}
