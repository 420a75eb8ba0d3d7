//! The methods of `bytes` and `bytearray`: constructors and conversions, the text methods they
//! share with `str`, `bytearray` mutation, and dunders. Counterpart of the method tables of
//! CPython's `Objects/bytesobject.c`, `Objects/bytearrayobject.c` and `Objects/bytes_methods.c`.

pub mod convert;
pub mod dunders;
pub mod mutate;
pub mod search;
pub mod text;

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{add_classmethod, add_method, add_static};
use crate::objects::bytes_ops::{as_bytes, new_bytearray, new_bytes};
use crate::objects::function::{Args, NativeFn};
use crate::objects::str_methods::args::{Call, receiver};
use crate::objects::types::builtin;
use crate::vm::{PyResult, Vm};

fn is_bytes(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Bytes(_)))
}

fn is_bytearray(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::ByteArray(_)))
}

/// A `bytes`/`bytearray` method call: a copy of the receiver's bytes and the other arguments.
pub struct BytesCall<'a> {
    pub call: Call<'a>,
    pub data: Vec<u8>,
}

impl BytesCall<'_> {
    /// A result of the receiver's kind: `bytearray` methods make bytearrays.
    pub fn wrap(&self, out: Vec<u8>) -> Value {
        if is_bytearray(self.call.this) {
            new_bytearray(out)
        } else {
            new_bytes(out)
        }
    }
}

/// Splits off the receiver of a method of `owner` ("bytes" or "bytearray").
pub fn bytes_call<'a>(
    vm: &Vm,
    args: Args<'a>,
    owner: &'static str,
    name: &'static str,
) -> PyResult<BytesCall<'a>> {
    let ok = if owner == "bytes" {
        is_bytes
    } else {
        is_bytearray
    };
    let call = receiver(vm, args, owner, name, ok)?;
    let data = as_bytes(call.this).unwrap_or_default();
    Ok(BytesCall { call, data })
}

/// A bytes-like argument (`bytes`, `bytearray`), else `TypeError`.
pub fn buffer(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    as_bytes(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// Declares a method shared by `bytes` and `bytearray` as two native functions that differ only
/// in the owner named in error messages.
macro_rules! shared {
    ($($name:literal => $imp:path),* $(,)?) => {
        const SHARED: &[(&str, NativeFn, NativeFn)] = &[
            $(($name,
               |vm, args| $imp(vm, bytes_call(vm, args, "bytes", $name)?),
               |vm, args| $imp(vm, bytes_call(vm, args, "bytearray", $name)?))),*
        ];
    };
}

shared! {
    "find" => search::find,
    "rfind" => search::rfind,
    "index" => search::index,
    "rindex" => search::rindex,
    "count" => search::count,
    "startswith" => search::startswith,
    "endswith" => search::endswith,
    "partition" => search::partition,
    "rpartition" => search::rpartition,
    "replace" => search::replace,
    "removeprefix" => search::removeprefix,
    "removesuffix" => search::removesuffix,
    "split" => text::split,
    "rsplit" => text::rsplit,
    "splitlines" => text::splitlines,
    "join" => text::join,
    "strip" => text::strip,
    "lstrip" => text::lstrip,
    "rstrip" => text::rstrip,
    "upper" => text::upper,
    "lower" => text::lower,
    "title" => text::title,
    "capitalize" => text::capitalize,
    "swapcase" => text::swapcase,
    "isalpha" => text::isalpha,
    "isdigit" => text::isdigit,
    "isalnum" => text::isalnum,
    "isspace" => text::isspace,
    "isupper" => text::isupper,
    "islower" => text::islower,
    "istitle" => text::istitle,
    "isascii" => text::isascii,
    "center" => text::center,
    "ljust" => text::ljust,
    "rjust" => text::rjust,
    "zfill" => text::zfill,
    "expandtabs" => text::expandtabs,
    "translate" => text::translate,
    "decode" => convert::decode,
    "hex" => convert::hex,
    "__len__" => dunders::len,
    "__getitem__" => dunders::getitem,
    "__contains__" => dunders::contains,
    "__iter__" => dunders::iter,
    "__add__" => dunders::add,
    "__mul__" => dunders::mul,
    "__rmul__" => dunders::mul,
    "__mod__" => dunders::modulo,
    "__eq__" => dunders::eq,
    "__ne__" => dunders::ne,
    "__lt__" => dunders::lt,
    "__le__" => dunders::le,
    "__gt__" => dunders::gt,
    "__ge__" => dunders::ge,
    "__repr__" => dunders::repr,
    "__str__" => dunders::repr,
}

/// Methods of `bytearray` alone.
macro_rules! bytearray_only {
    ($($name:literal => $imp:path),* $(,)?) => {
        const BYTEARRAY: &[(&str, NativeFn)] = &[
            $(($name, |vm, args| $imp(vm, bytes_call(vm, args, "bytearray", $name)?))),*
        ];
    };
}

bytearray_only! {
    "append" => mutate::append,
    "extend" => mutate::extend,
    "pop" => mutate::pop,
    "insert" => mutate::insert,
    "remove" => mutate::remove,
    "reverse" => mutate::reverse,
    "clear" => mutate::clear,
    "copy" => mutate::copy,
    "__setitem__" => mutate::setitem,
    "__delitem__" => mutate::delitem,
    "__iadd__" => mutate::iadd,
    "__imul__" => mutate::imul,
    "__init__" => convert::bytearray_init,
}

pub fn init() {
    let b = builtin();
    for (name, for_bytes, for_bytearray) in SHARED {
        add_method(&b.bytes, "bytes", name, *for_bytes);
        add_method(&b.bytearray, "bytearray", name, *for_bytearray);
    }
    for (name, func) in BYTEARRAY {
        add_method(&b.bytearray, "bytearray", name, *func);
    }
    add_method(&b.bytes, "bytes", "__hash__", |vm, args| {
        dunders::hash(vm, bytes_call(vm, args, "bytes", "__hash__")?)
    });
    add_method(&b.bytes, "bytes", "__getnewargs__", |vm, args| {
        dunders::getnewargs(vm, bytes_call(vm, args, "bytes", "__getnewargs__")?)
    });
    add_static(&b.bytes, "bytes", "__new__", convert::bytes_new);
    add_static(&b.bytearray, "bytearray", "__new__", convert::bytearray_new);
    add_static(&b.bytes, "bytes", "maketrans", text::maketrans);
    add_static(&b.bytearray, "bytearray", "maketrans", text::maketrans);
    add_classmethod(&b.bytes, "bytes", "fromhex", convert::fromhex);
    add_classmethod(&b.bytearray, "bytearray", "fromhex", convert::fromhex);
}
