//! The builtin iterator types, one per kind of iterator CPython names (`list_iterator`,
//! `str_ascii_iterator`, `dict_keyiterator`, ...), and the choice of type for a new iterator.
//! Counterpart of the iterator `PyTypeObject`s of `Objects/iterobject.c`, `listobject.c`,
//! `tupleobject.c`, `unicodeobject.c`, `bytesobject.c`, `rangeobject.c`, `dictobject.c`,
//! `setobject.c` and `enumobject.c`; their methods are in `iter_methods.rs`.

use crate::object::{Payload, Value};
use crate::objects::iter::{DictIterKind, IterState};
use crate::objects::types::builtin;

/// Declares `IterTypes`: one field per iterator type with its Python name, and whether
/// programs may subclass it.
macro_rules! iter_types {
    ($($field:ident: $name:literal $subclassable:literal,)*) => {
        /// The iterator types. `seq` is CPython's `iterator` (over any object with
        /// `__getitem__`).
        pub struct IterTypes {
            $(pub $field: Value,)*
        }

        impl IterTypes {
            /// `make(name, subclassable)` makes each type.
            pub fn create(make: &dyn Fn(&str, bool) -> Value) -> IterTypes {
                IterTypes {
                    $($field: make($name, $subclassable),)*
                }
            }

            /// Every iterator type with its name.
            pub fn all(&self) -> Vec<(&'static str, &Value)> {
                vec![$(($name, &self.$field)),*]
            }
        }
    };
}

iter_types! {
    seq: "iterator" false,
    list: "list_iterator" false,
    list_reverse: "list_reverseiterator" false,
    tuple: "tuple_iterator" false,
    str_ascii: "str_ascii_iterator" false,
    str_: "str_iterator" false,
    bytes: "bytes_iterator" false,
    bytearray: "bytearray_iterator" false,
    range: "range_iterator" false,
    longrange: "longrange_iterator" false,
    dict_key: "dict_keyiterator" false,
    dict_value: "dict_valueiterator" false,
    dict_item: "dict_itemiterator" false,
    dict_reversekey: "dict_reversekeyiterator" false,
    dict_reversevalue: "dict_reversevalueiterator" false,
    dict_reverseitem: "dict_reverseitemiterator" false,
    set: "set_iterator" false,
    callable: "callable_iterator" false,
    enumerate: "enumerate" true,
    zip: "zip" true,
    map: "map" true,
    filter: "filter" true,
    reversed: "reversed" true,
}

impl IterTypes {
    /// The name of iterator type `t`.
    pub fn name_of(&self, t: &Value) -> &'static str {
        self.all()
            .into_iter()
            .find(|(_, v)| v.is(t))
            .map_or("iterator", |(n, _)| n)
    }

    /// Whether `t` is one of the dict iterator types (forward or reverse).
    pub fn is_dict_iter(&self, t: &Value) -> bool {
        [
            &self.dict_key,
            &self.dict_value,
            &self.dict_item,
            &self.dict_reversekey,
            &self.dict_reversevalue,
            &self.dict_reverseitem,
        ]
        .iter()
        .any(|d| d.is(t))
    }

    /// The type of a forward iterator by index over `seq` (its payload says which builtin
    /// sequence's `__iter__` made it; any other object gets CPython's `iterator`).
    pub fn for_seq(&self, seq: &Value) -> &Value {
        match seq.payload() {
            Some(Payload::List(_)) => &self.list,
            Some(Payload::Tuple(_)) => &self.tuple,
            Some(Payload::Str(s)) if s.is_ascii() => &self.str_ascii,
            Some(Payload::Str(_)) => &self.str_,
            Some(Payload::Bytes(_)) => &self.bytes,
            Some(Payload::ByteArray(_)) => &self.bytearray,
            _ => &self.seq,
        }
    }

    /// The type of a range iterator (`longrange_iterator` when the bounds exceed i64).
    pub fn for_range(&self, st: &IterState) -> &Value {
        match st {
            IterState::BigRange { .. } => &self.longrange,
            _ => &self.range,
        }
    }

    pub fn for_dict(&self, kind: DictIterKind, reverse: bool) -> &Value {
        match (kind, reverse) {
            (DictIterKind::Keys, false) => &self.dict_key,
            (DictIterKind::Values, false) => &self.dict_value,
            (DictIterKind::Items, false) => &self.dict_item,
            (DictIterKind::Keys, true) => &self.dict_reversekey,
            (DictIterKind::Values, true) => &self.dict_reversevalue,
            (DictIterKind::Items, true) => &self.dict_reverseitem,
        }
    }
}

/// A new builtin iterator of type `class` with state `st`.
pub fn new_iter(class: &Value, st: IterState) -> Value {
    crate::object_freelist::new_iter(class, st)
}

/// A forward iterator over a sequence by index, typed after the sequence.
pub fn seq_iter(seq: &Value) -> Value {
    let class = builtin().iters.for_seq(seq);
    new_iter(class, seq_state(seq))
}

/// The state of a forward iterator over `seq` from its start: a `str` is walked by byte offset.
pub fn seq_state(seq: &Value) -> IterState {
    match seq.payload() {
        Some(Payload::Str(_)) => IterState::Str {
            seq: seq.clone(),
            index: 0,
            byte: 0,
        },
        _ => IterState::Seq {
            seq: seq.clone(),
            index: 0,
        },
    }
}
