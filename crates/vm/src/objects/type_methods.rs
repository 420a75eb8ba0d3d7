//! Registration of the builtin types' native methods, one `*_methods.rs` file per type, and
//! the constructors (`__new__`) of the value types.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::add_static;
use crate::objects::function::Args;
use crate::objects::str::{as_str, new_str};
use crate::objects::types::{self, builtin};
use crate::ops;
use crate::vm::{PyResult, Vm};

/// Re-wrap a value as an instance of a subclass (`class MyInt(int)`).
fn subclass_instance(vm: &Vm, cls: &Value, payload: Payload) -> Value {
    let heap = types::type_data(cls).is_some_and(|t| t.heap);
    let dict = if heap {
        Some(crate::objects::dict::new_dict())
    } else {
        None
    };
    let _ = vm;
    Value::alloc_with_dict(cls.clone(), dict, payload)
}

fn str_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let obj = pos.get(1).or_else(|| args.kw("object"));
    let s = match obj {
        None => new_str(""),
        Some(o) => match (
            pos.get(2).or_else(|| args.kw("encoding")),
            crate::objects::bytes_ops::as_bytes(o),
        ) {
            (Some(_), Some(b)) | (None, Some(b))
                if pos.len() > 2 || args.kw("encoding").is_some() =>
            {
                match String::from_utf8(b) {
                    Ok(s) => crate::objects::str::from_string(s),
                    Err(_) => {
                        return Err(
                            vm.new_exc("UnicodeDecodeError", "'utf-8' codec can't decode bytes")
                        );
                    }
                }
            }
            _ => ops::str(vm, o)?,
        },
    };
    if pos[0].is(&builtin().str_) {
        return Ok(s);
    }
    let text = as_str(&s).unwrap_or("").to_owned();
    Ok(subclass_instance(
        vm,
        &pos[0],
        Payload::Str(crate::objects::str::PyStr::from_string(text)),
    ))
}

pub fn init_all() {
    let b = builtin();
    add_static(&b.str_, "str", "__new__", str_new);
    crate::objects::list_methods::init();
    crate::objects::tuple_methods::init();
    crate::objects::dict_methods::init();
    crate::objects::dict_views::init();
    crate::objects::set_methods::init();
    crate::objects::range_methods::init();
    crate::objects::int_methods::init();
    crate::objects::float_methods::init();
    crate::objects::complex_methods::init();
    crate::objects::str_methods::init();
    crate::objects::bytes_methods::init();
}
