//! The methods of `str`: one file per family (search, split, case, padding, codecs,
//! translation, `str.format`, dunders). Counterpart of the method table of CPython's
//! `Objects/unicodeobject.c`.

pub mod algo;
pub mod args;
pub mod case;
pub mod codec;
pub mod dunders;
pub mod format;
pub mod new;
pub mod pad;
pub mod search;
pub mod split;
pub mod translate;

use crate::object::Value;
use crate::objects::bootstrap::{add_fast_method, add_method, add_static};
use crate::objects::function::{Args, FastFn, FastPath, NativeFn};
use crate::objects::str::{PyStr, as_pystr};
use crate::objects::types::builtin;
use crate::vm::{PyResult, Vm};
use algo::Hay;
use args::{Call, receiver};

fn is_str(v: &Value) -> bool {
    as_pystr(v).is_some()
}

/// A `str` method call: the receiver's text and the other arguments.
#[inline]
pub fn str_call<'a>(
    vm: &Vm,
    args: Args<'a>,
    name: &'static str,
) -> PyResult<(&'a PyStr, Call<'a>)> {
    let call = receiver(vm, args, "str", name, is_str)?;
    match as_pystr(call.this) {
        Some(s) => Ok((s, call)),
        None => Err(vm.type_error("expected str")),
    }
}

/// The haystack view of a string for the `find` family.
pub fn hay(s: &PyStr) -> Hay<'_> {
    Hay {
        data: s.as_str().as_bytes(),
        len: s.char_len(),
        bytewise: s.is_ascii(),
    }
}

/// A `str` argument, else `TypeError: must be str, not int`.
pub fn arg_str<'v>(vm: &Vm, v: &'v Value) -> PyResult<&'v PyStr> {
    as_pystr(v).ok_or_else(|| vm.type_error(format!("must be str, not {}", vm.type_name(v))))
}

const METHODS: &[(&str, NativeFn)] = &[
    ("find", search::find),
    ("rfind", search::rfind),
    ("index", search::index),
    ("rindex", search::rindex),
    ("count", search::count),
    ("startswith", search::startswith),
    ("endswith", search::endswith),
    ("partition", search::partition),
    ("rpartition", search::rpartition),
    ("replace", search::replace),
    ("removeprefix", search::removeprefix),
    ("removesuffix", search::removesuffix),
    ("split", split::split),
    ("rsplit", split::rsplit),
    ("splitlines", split::splitlines),
    ("join", split::join),
    ("casefold", case::casefold),
    ("title", case::title),
    ("capitalize", case::capitalize),
    ("swapcase", case::swapcase),
    ("isdecimal", case::isdecimal),
    ("isnumeric", case::isnumeric),
    ("isalnum", case::isalnum),
    ("isidentifier", case::isidentifier),
    ("isprintable", case::isprintable),
    ("isupper", case::isupper),
    ("islower", case::islower),
    ("istitle", case::istitle),
    ("isascii", case::isascii),
    ("center", pad::center),
    ("ljust", pad::ljust),
    ("rjust", pad::rjust),
    ("zfill", pad::zfill),
    ("expandtabs", pad::expandtabs),
    ("encode", codec::encode),
    ("translate", translate::translate),
    ("format", format::format),
    ("format_map", format::format_map),
    ("__len__", dunders::len),
    ("__getitem__", dunders::getitem),
    ("__contains__", dunders::contains),
    ("__iter__", dunders::iter),
    ("__add__", dunders::add),
    ("__mul__", dunders::mul),
    ("__rmul__", dunders::mul),
    ("__mod__", dunders::modulo),
    ("__eq__", dunders::eq),
    ("__ne__", dunders::ne),
    ("__lt__", dunders::lt),
    ("__le__", dunders::le),
    ("__gt__", dunders::gt),
    ("__ge__", dunders::ge),
    ("__hash__", dunders::hash),
    ("__str__", dunders::str),
    ("__repr__", dunders::repr),
    ("__format__", dunders::format),
    ("__getnewargs__", dunders::getnewargs),
];

/// The methods of `str` with a `FastPath` entry.
const FAST: &[(&str, NativeFn, FastFn)] = &[
    ("strip", split::strip, split::strip_fast_both),
    ("lstrip", split::lstrip, split::strip_fast_left),
    ("rstrip", split::rstrip, split::strip_fast_right),
    ("upper", case::upper, case::upper_fast),
    ("lower", case::lower, case::lower_fast),
    ("isalpha", case::isalpha, case::isalpha_fast),
    ("isdigit", case::isdigit, case::isdigit_fast),
    ("isspace", case::isspace, case::isspace_fast),
];

pub fn init() {
    let t = &builtin().str_;
    for (name, func) in METHODS {
        add_method(t, "str", name, *func);
    }
    for (name, func, fast) in FAST {
        add_fast_method(t, "str", name, *func, FastPath::Entry(*fast));
    }
    add_static(t, "str", "maketrans", translate::maketrans);
    add_static(t, "str", "__new__", new::str_new);
}
