//! Generator and coroutine objects: a suspended frame. Counterpart of `Objects/genobject.c`.

use crate::frame::Frame;
use crate::object::Value;
use crate::pycell::PyCell;

pub struct Generator {
    /// `None` once the generator has finished.
    pub frame: PyCell<Option<Box<Frame>>>,
    pub running: std::cell::Cell<bool>,
    pub name: Value,
    pub qualname: Value,
}
