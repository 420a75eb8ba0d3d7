//! Generator, coroutine and async generator objects: a suspended frame. Counterpart of
//! `Objects/genobject.c`.

use crate::frame::Frame;
use crate::object::Value;
use crate::pycell::ValueCell;
use std::cell::Cell;

/// Which of the three frame-owning iterators an object is (from its code's flags).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl Kind {
    /// The word CPython's messages use ("coroutine raised StopIteration").
    pub fn word(self) -> &'static str {
        match self {
            Kind::Generator => "generator",
            Kind::Coroutine => "coroutine",
            Kind::AsyncGenerator => "async generator",
        }
    }

    /// The type's name (`async_generator`).
    pub fn type_name(self) -> &'static str {
        match self {
            Kind::Generator => "generator",
            Kind::Coroutine => "coroutine",
            Kind::AsyncGenerator => "async_generator",
        }
    }

    /// The prefix of the frame attributes (`gi_frame`, `cr_frame`, `ag_frame`).
    pub fn prefix(self) -> &'static str {
        match self {
            Kind::Generator => "gi_",
            Kind::Coroutine => "cr_",
            Kind::AsyncGenerator => "ag_",
        }
    }
}

pub struct Generator {
    /// The suspended frame: `None` while it runs (taken out by the resume) and once the
    /// generator has finished. A plain `Cell` (no borrow flag to set and clear at each resume):
    /// the frame is taken out and put back (`take_frame`, `put_frame`, `with_frame`), and
    /// nothing in between runs Python code except the resumed frame itself.
    frame: Cell<Option<Box<Frame>>>,
    /// Once the generator has finished, its frame parked (`Frame::park`: holding no
    /// reference) for the next generator made from this object when it is kept on the free
    /// list (`object_freelist.rs`), as CPython's generator embeds its frame: neither that
    /// generator's making nor its finishing goes through the thread's frame pool. `None`
    /// while a frame runs in `frame`.
    pub spare: Cell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    pub name: Value,
    pub qualname: Value,
    /// The code object (kept after the frame is gone, for `gi_code`).
    pub code: Value,
    pub kind: Kind,
    /// Async generators: an `asend`/`athrow` awaitable is running it (`ag_running_async`).
    pub running_async: Cell<bool>,
    /// Async generators: finished or closed by `aclose()` (`ag_closed`).
    pub closed: Cell<bool>,
    /// The exception the suspended frame is handling (it yielded inside an `except` or
    /// `finally` block), which `sys.exc_info()` shows there once it resumes; CPython's
    /// `gi_exc_state`. `None` while it runs, or when it handles none.
    pub exc_state: ValueCell,
}

impl Generator {
    /// What a generator kept on its free list (`object_freelist.rs`) holds: no frame, and
    /// inline ints (which own nothing) for its name, qualified name and code.
    pub(crate) fn parked() -> Generator {
        Generator {
            frame: Cell::new(None),
            spare: Cell::new(None),
            running: Cell::new(false),
            name: Value::zero(),
            qualname: Value::zero(),
            code: Value::zero(),
            kind: Kind::Generator,
            running_async: Cell::new(false),
            closed: Cell::new(false),
            exc_state: ValueCell::new(None),
        }
    }

    /// Make a freed generator `parked` (keeping its spare frame, which holds no reference),
    /// releasing what it holds in the order dropping it would: its frame (if it never ran or
    /// was not closed), names, code and exception state.
    pub(crate) fn park(&mut self) {
        drop(self.frame.take());
        drop(std::mem::replace(&mut self.name, Value::zero()));
        drop(std::mem::replace(&mut self.qualname, Value::zero()));
        drop(std::mem::replace(&mut self.code, Value::zero()));
        self.running_async.set(false);
        self.closed.set(false);
        drop(self.exc_state.replace(None));
    }

    /// The suspended frame, taken out (to run it, or because the generator goes): `None`
    /// while it runs and once it has finished.
    #[inline(always)]
    pub fn take_frame(&self) -> Option<Box<Frame>> {
        self.frame.take()
    }

    /// Put the frame taken out by `take_frame` back (suspended).
    #[inline(always)]
    pub fn put_frame(&self, frame: Box<Frame>) {
        self.frame.set(Some(frame));
    }

    /// `f` of the suspended frame (`None` while the generator runs and once it has finished),
    /// which stays in place; `f` must not run Python code (the generator reads as finished
    /// meanwhile).
    #[inline]
    pub fn with_frame<R>(&self, f: impl FnOnce(Option<&mut Frame>) -> R) -> R {
        let mut frame = self.frame.take();
        let r = f(frame.as_deref_mut());
        self.frame.set(frame);
        r
    }

    /// Fill a `parked` generator (whose fields own nothing: none is released) to run `frame`.
    #[inline(always)]
    pub(crate) fn fill_parked(
        &mut self,
        frame: Box<Frame>,
        code: Value,
        (name, qualname): (Value, Value),
        kind: Kind,
    ) {
        std::mem::forget(self.frame.replace(Some(frame)));
        std::mem::forget(std::mem::replace(&mut self.code, code));
        std::mem::forget(std::mem::replace(&mut self.name, name));
        std::mem::forget(std::mem::replace(&mut self.qualname, qualname));
        self.kind = kind;
    }
}
