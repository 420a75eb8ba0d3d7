//! Exception objects' state. Counterpart of CPython's `Objects/exceptions.c`.

use crate::object::Value;
use crate::pycell::PyCell;

#[derive(Default)]
pub struct ExceptionData {
    pub args: PyCell<Option<Value>>,
    pub traceback: PyCell<Option<Value>>,
    pub cause: PyCell<Option<Value>>,
    pub context: PyCell<Option<Value>>,
    pub suppress_context: std::cell::Cell<bool>,
}
