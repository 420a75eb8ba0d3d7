//! The global interpreter lock. Counterpart of CPython's `Python/ceval_gil.c`.
//!
//! # Notes on the protocol (CPython's "new GIL", since 3.2)
//!
//! - The GIL is a `locked` flag guarded by a mutex, with a condition variable (`cond`) that
//!   waiting threads sleep on, and a second one (`switch_cond`) that tells a dropping thread a
//!   switch really happened. `switch_number` counts handoffs; `last_holder` is the thread that
//!   held the GIL last.
//! - Taking it: if unlocked, take it. Otherwise wait on `cond` for at most the switch interval
//!   (`sys.getswitchinterval()`, 5 ms). If the wait timed out, the GIL is still locked and
//!   `switch_number` did not move meanwhile (nobody switched), set the *drop request* and the
//!   *eval breaker*, then wait again. On taking it: if `last_holder` is another thread, count a
//!   switch; wake `switch_cond`; clear the drop request.
//! - The running thread polls the eval breaker at backward jumps and calls (`eval_breaker()`, one
//!   relaxed atomic load). When set with a drop request pending it drops the GIL, and, because
//!   the drop was forced (FORCE_SWITCHING), waits on `switch_cond` until another thread has
//!   actually taken it; otherwise it would take it straight back and time slices would grow far
//!   beyond the interval. Then it queues for the GIL again like any other thread.
//! - Blocking calls (`Vm::allow_threads`) drop the GIL without a request and take it back after.
//!
//! Holding the GIL is proven by the types: a thread gets a `Vm` only from `ThreadGil::acquire`,
//! `Value` and `Vm` are `!Send`, and `allow_threads` only runs `Send` closures. The only way an
//! object crosses threads is `Transfer`, which a new thread unwraps after taking the GIL.

use crate::vm::Vm;
use std::cell::{Ref, RefCell, RefMut};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

#[derive(Default)]
struct State {
    locked: bool,
    /// Thread id of the last holder (0: none yet).
    last_holder: u64,
    switch_number: u64,
}

/// Cumulative counters (`sys._gil_stats()`).
#[derive(Clone, Copy, Debug, Default)]
pub struct GilStats {
    pub switches: u64,
    pub drop_requests: u64,
}

pub struct Gil {
    state: Mutex<State>,
    cond: Condvar,
    switch_cond: Condvar,
    /// The switch interval in microseconds.
    interval_us: AtomicU64,
    drop_request: AtomicBool,
    /// Set when the running thread must leave its fast path (a drop request, for now).
    eval_breaker: AtomicBool,
    drop_requests: AtomicU64,
    next_thread_id: AtomicU64,
}

impl Default for Gil {
    fn default() -> Self {
        Gil::new()
    }
}

impl Gil {
    pub fn new() -> Gil {
        Gil {
            state: Mutex::new(State::default()),
            cond: Condvar::new(),
            switch_cond: Condvar::new(),
            interval_us: AtomicU64::new(5000),
            drop_request: AtomicBool::new(false),
            eval_breaker: AtomicBool::new(false),
            drop_requests: AtomicU64::new(0),
            next_thread_id: AtomicU64::new(1),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// `sys.getswitchinterval()` in seconds.
    pub fn switch_interval(&self) -> f64 {
        self.interval_us.load(Ordering::Relaxed) as f64 / 1e6
    }

    /// `sys.setswitchinterval(s)`; the caller has checked `s > 0`.
    pub fn set_switch_interval(&self, seconds: f64) {
        let us = (seconds * 1e6).max(1.0) as u64;
        self.interval_us.store(us, Ordering::Relaxed);
    }

    pub fn stats(&self) -> GilStats {
        GilStats {
            switches: self.lock().switch_number,
            drop_requests: self.drop_requests.load(Ordering::Relaxed),
        }
    }

    /// Whether the running thread must stop and serve a request (checked at backward jumps).
    #[inline(always)]
    pub fn eval_breaker(&self) -> bool {
        self.eval_breaker.load(Ordering::Relaxed)
    }

    fn take(&self, me: u64) {
        let mut st = self.lock();
        while st.locked {
            let before = st.switch_number;
            let interval = Duration::from_micros(self.interval_us.load(Ordering::Relaxed));
            let (guard, timeout) = self
                .cond
                .wait_timeout(st, interval)
                .unwrap_or_else(|e| e.into_inner());
            st = guard;
            if timeout.timed_out() && st.locked && st.switch_number == before {
                self.drop_request.store(true, Ordering::Relaxed);
                self.eval_breaker.store(true, Ordering::Relaxed);
                self.drop_requests.fetch_add(1, Ordering::Relaxed);
            }
        }
        st.locked = true;
        if st.last_holder != me {
            st.last_holder = me;
            st.switch_number += 1;
        }
        self.switch_cond.notify_all();
        self.drop_request.store(false, Ordering::Relaxed);
        self.eval_breaker.store(false, Ordering::Relaxed);
    }

    fn drop_gil(&self, me: u64, forced: bool) {
        let mut st = self.lock();
        st.locked = false;
        st.last_holder = me;
        self.cond.notify_one();
        if forced {
            while st.last_holder == me && !st.locked {
                st = self.switch_cond.wait(st).unwrap_or_else(|e| e.into_inner());
            }
        }
    }
}

/// One thread's registration with the GIL. Created by taking the GIL.
pub struct ThreadGil {
    pub thread_id: u64,
}

impl Gil {
    /// A fresh thread id, for a thread about to be started (`_thread.start_new_thread` returns
    /// it before the new thread runs).
    pub fn reserve_thread_id(&self) -> u64 {
        self.next_thread_id.fetch_add(1, Ordering::Relaxed)
    }
}

impl ThreadGil {
    pub fn acquire(gil: &Gil) -> ThreadGil {
        ThreadGil::acquire_as(gil, gil.reserve_thread_id())
    }

    /// Take the GIL for a thread whose id was reserved with `Gil::reserve_thread_id`.
    pub fn acquire_as(gil: &Gil, id: u64) -> ThreadGil {
        gil.take(id);
        ThreadGil { thread_id: id }
    }

    /// Release for a blocking call.
    pub fn release(&self, gil: &Gil) {
        gil.drop_gil(self.thread_id, false);
    }

    pub fn reacquire(&self, gil: &Gil) {
        gil.take(self.thread_id);
    }

    /// Serve the eval breaker: drop the GIL if another thread asked for it, then take it back.
    #[cold]
    pub fn serve_breaker(&self, gil: &Gil) {
        if gil.drop_request.load(Ordering::Relaxed) {
            gil.drop_gil(self.thread_id, true);
            gil.take(self.thread_id);
        }
    }

    /// Release for good (thread exit).
    pub fn exit(&self, gil: &Gil) {
        gil.drop_gil(self.thread_id, false);
    }
}

/// Interpreter-wide state that only a GIL-holding thread may touch: access needs a `&Vm`.
pub struct GilShared<T>(RefCell<T>);

// SAFETY: the contents are only reachable through `get`/`get_mut`, which need a `&Vm`, and a
// `Vm` exists only on a thread that holds the GIL; the GIL serialises those threads.
unsafe impl<T> Sync for GilShared<T> {}
// SAFETY: as above; the contents are dropped with the interpreter, by the last thread holding it.
unsafe impl<T> Send for GilShared<T> {}

impl<T> GilShared<T> {
    pub fn new(v: T) -> GilShared<T> {
        GilShared(RefCell::new(v))
    }

    pub fn get(&self, _gil_held: &Vm) -> Ref<'_, T> {
        self.0.borrow()
    }

    pub fn get_mut(&self, _gil_held: &Vm) -> RefMut<'_, T> {
        self.0.borrow_mut()
    }
}

/// Object references moved to a new thread. Built under the GIL; opened only by a thread that
/// has taken the GIL (it needs a `&Vm`).
pub struct Transfer(Vec<usize>);

// SAFETY: the words are owned references; they are not dereferenced until `open`, which needs a
// `&Vm` on the receiving thread, i.e. the GIL held there.
unsafe impl Send for Transfer {}

impl Transfer {
    pub fn new(values: Vec<crate::object::Value>) -> Transfer {
        Transfer(
            values
                .into_iter()
                .map(crate::object::Value::into_raw)
                .collect(),
        )
    }

    pub fn open(self, _gil_held: &Vm) -> Vec<crate::object::Value> {
        // SAFETY: each word came from `Value::into_raw` in `new` and is converted back once.
        self.0
            .into_iter()
            .map(|b| unsafe { crate::object::Value::from_raw(b) })
            .collect()
    }
}
