//! The `str` constructor: `str(object='')` and `str(bytes, encoding='utf-8', errors='strict')`.
//! Counterpart of `unicode_new_impl` in `Objects/unicodeobject.c`.

use super::codec::{decode_bytes, text_arg};
use crate::object::{Payload, Value};
use crate::objects::bytes_ops::as_bytes;
use crate::objects::dict;
use crate::objects::function::Args;
use crate::objects::str::{as_str, from_string, new_str};
use crate::objects::str_methods::args::receiver;
use crate::objects::types::{self, builtin};
use crate::ops;
use crate::vm::{PyResult, Vm};

/// `str.__new__(cls, object='', encoding=..., errors=...)`.
pub fn str_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let call = receiver(vm, args, "str", "__new__", |c| {
        matches!(c.payload(), Some(Payload::Type(_)))
    })?;
    let [object, encoding, errors] = call.keywords(vm, ["object", "encoding", "errors"], 0)?;
    let s = match object {
        None => new_str(""),
        Some(o) if encoding.is_none() && errors.is_none() => ops::str(vm, o)?,
        Some(o) => {
            let Some(data) = as_bytes(o) else {
                if as_str(o).is_some() {
                    return Err(vm.type_error("decoding str is not supported"));
                }
                return Err(vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    vm.type_name(o)
                )));
            };
            let encoding = text_arg(vm, encoding, "str", "encoding", "utf-8")?;
            let errors = text_arg(vm, errors, "str", "errors", "strict")?;
            from_string(decode_bytes(vm, &data, encoding, errors)?)
        }
    };
    let cls = call.this;
    if cls.is(&builtin().str_) {
        return Ok(s);
    }
    let heap = types::type_data(cls).is_some_and(|t| t.heap);
    Ok(crate::objects::str::new_instance(
        cls,
        heap.then(dict::new_dict),
        as_str(&s).unwrap_or_default(),
    ))
}
