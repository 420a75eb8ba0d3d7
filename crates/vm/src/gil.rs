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
//! - With `-X gil_stats` or `-X gil_trace=PATH`, each wait, take, drop request and release is
//!   reported to `gil_trace` (one relaxed atomic load each when recording is off).
//!
//! Holding the GIL is proven by the types: a thread gets a `Vm` only from `ThreadGil::acquire`,
//! `Value` and `Vm` are `!Send`, and `allow_threads` only runs `Send` closures. The only way an
//! object crosses threads is `Transfer`, which a new thread unwraps after taking the GIL.

//!
//! # Model checking
//! The state machine (`take`, `drop_gil`, `serve_breaker`) is written against `std::sync`, or
//! against `loom`'s models of it when built with `--cfg loom`; the tests at the end of this
//! file then explore every interleaving of a few threads:
//! `RUSTFLAGS="--cfg loom" cargo test -p gilpy-vm --release --lib gil::loom_tests`
//! (loom cannot make time pass, so each test says whether a waiter's switch interval expires
//! at once, or never: `Gil::for_loom`).

#[cfg(all(not(loom), feature = "valgrind"))]
use crate::gil_pthread::{Condvar, Mutex, MutexGuard};
use crate::gil_trace::{self, EventKind};
use crate::interruptible::Wake;
use crate::vm::Vm;
#[cfg(loom)]
use loom::sync::atomic::{AtomicBool, AtomicU64, Ordering};
#[cfg(loom)]
use loom::sync::{Condvar, Mutex, MutexGuard};
use std::cell::{Ref, RefCell, RefMut};
use std::sync::Arc;
#[cfg(not(loom))]
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
#[cfg(all(not(loom), not(feature = "valgrind")))]
use std::sync::{Condvar, Mutex, MutexGuard};
#[cfg(not(loom))]
use std::time::Duration;

/// The main thread's id: the first thread to take the GIL. Only it runs signal handlers.
pub const MAIN_THREAD_ID: u64 = 1;

#[derive(Default)]
struct State {
    locked: bool,
    /// Thread id of the last holder (0: none yet).
    last_holder: u64,
    switch_number: u64,
    /// The thread that began the interpreter's finalization (0: not begun); no other thread
    /// takes the GIL after that (CPython's daemon threads at exit).
    finalizer: u64,
}

impl State {
    /// Whether finalization began on a thread other than `me`.
    fn closed_to(&self, me: u64) -> bool {
        self.finalizer != 0 && self.finalizer != me
    }
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
    /// Under loom: whether a waiter's switch interval expires at once (else never).
    #[cfg(loom)]
    loom_interval_expires: bool,
    /// Signals that arrived and that the main thread has not handled yet, as a bit mask.
    pending_signals: AtomicU64,
    /// What the main thread is blocked on, if it is in an interruptible wait
    /// (`interruptible.rs`): a signal wakes it.
    main_waiter: Mutex<Option<Arc<dyn Wake>>>,
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
            #[cfg(loom)]
            loom_interval_expires: false,
            pending_signals: AtomicU64::new(0),
            main_waiter: Mutex::new(None),
        }
    }

    /// A GIL for a loom model in which a waiter's interval always (or never) expires.
    #[cfg(loom)]
    pub fn for_loom(interval_expires: bool) -> Gil {
        Gil {
            loom_interval_expires: interval_expires,
            ..Gil::new()
        }
    }

    /// Wait on `cond` for at most the switch interval; whether the wait timed out.
    #[cfg(not(loom))]
    fn wait_interval<'a>(&self, st: MutexGuard<'a, State>) -> (MutexGuard<'a, State>, bool) {
        let interval = Duration::from_micros(self.interval_us.load(Ordering::Relaxed));
        let (guard, timeout) = self
            .cond
            .wait_timeout(st, interval)
            .unwrap_or_else(|e| e.into_inner());
        (guard, timeout.timed_out())
    }

    /// Loom cannot make time pass: an expiring interval gives up the mutex and lets the other
    /// threads run, as a timed-out wait would; a never-expiring one waits for a notification.
    #[cfg(loom)]
    fn wait_interval<'a>(&'a self, st: MutexGuard<'a, State>) -> (MutexGuard<'a, State>, bool) {
        if self.loom_interval_expires {
            drop(st);
            loom::thread::yield_now();
            return (self.lock(), true);
        }
        (self.cond.wait(st).unwrap_or_else(|e| e.into_inner()), false)
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

    /// Ask the running thread to stop at its next safe point for something other than a GIL
    /// drop (a scheduled collection). Taking the GIL clears the breaker, so requesters repeat
    /// the request until it is served.
    pub fn request_break(&self) {
        self.eval_breaker.store(true, Ordering::Relaxed);
    }

    /// After serving a request other than a drop: the breaker stays set only for a pending drop.
    pub fn reset_break(&self) {
        let drop = self.drop_request.load(Ordering::Relaxed);
        self.eval_breaker.store(drop, Ordering::Relaxed);
    }

    fn take(&self, me: u64) {
        let mut st = self.lock();
        if st.locked {
            gil_trace::record(me, EventKind::WaitStart);
        }
        while st.locked || st.closed_to(me) {
            if st.closed_to(me) {
                // This thread never runs Python code again; the process exits soon.
                st = self.cond.wait(st).unwrap_or_else(|e| e.into_inner());
                continue;
            }
            let before = st.switch_number;
            let (guard, timed_out) = self.wait_interval(st);
            st = guard;
            if timed_out && st.locked && st.switch_number == before {
                self.drop_request.store(true, Ordering::Relaxed);
                self.eval_breaker.store(true, Ordering::Relaxed);
                self.drop_requests.fetch_add(1, Ordering::Relaxed);
                gil_trace::record(me, EventKind::DropRequest);
            }
        }
        st.locked = true;
        gil_trace::record(me, EventKind::Acquire);
        if st.last_holder != me {
            st.last_holder = me;
            st.switch_number += 1;
        }
        self.switch_cond.notify_all();
        self.clear_drop_request();
    }

    /// No drop request is pending any more: the eval breaker stays set only for signals.
    fn clear_drop_request(&self) {
        self.drop_request.store(false, Ordering::Relaxed);
        self.eval_breaker
            .store(self.signal_pending(), Ordering::Relaxed);
    }

    /// Begin finalization on thread `me`, which holds the GIL: from now on no other thread
    /// takes it (they wait in `take` until the process exits), as CPython's
    /// `_PyRuntimeState_SetFinalizing` stops daemon threads before the modules are torn down.
    fn start_finalizing(&self, me: u64) {
        let mut st = self.lock();
        st.finalizer = me;
        self.clear_drop_request();
    }

    /// Signal `signum` (1..=63) arrived (called from a signal-watching thread, without the GIL):
    /// record it and set the eval breaker, as CPython's `trip_signal`, and wake the main thread
    /// if it is blocked in an interruptible wait. The main thread runs the handler.
    pub fn request_signal(&self, signum: u32) {
        if (1..64).contains(&signum) {
            self.pending_signals.fetch_or(1 << signum, Ordering::SeqCst);
            self.eval_breaker.store(true, Ordering::Relaxed);
            let waiter = self.main_waiter_slot().clone();
            if let Some(w) = waiter {
                w.wake();
            }
        }
    }

    /// Whether a signal arrived that the main thread has not handled yet.
    pub fn signal_pending(&self) -> bool {
        self.pending_signals.load(Ordering::SeqCst) != 0
    }

    /// Register (or, with `None`, clear) what the main thread is about to block on.
    pub fn set_main_waiter(&self, waiter: Option<Arc<dyn Wake>>) {
        let old = std::mem::replace(&mut *self.main_waiter_slot(), waiter);
        drop(old);
    }

    fn main_waiter_slot(&self) -> MutexGuard<'_, Option<Arc<dyn Wake>>> {
        self.main_waiter.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Take the pending signals (a bit mask) if `thread_id` is the main thread (the first to
    /// take the GIL), the only one that handles signals.
    pub fn take_signals(&self, thread_id: u64) -> u64 {
        if thread_id == MAIN_THREAD_ID {
            self.pending_signals.swap(0, Ordering::SeqCst)
        } else {
            0
        }
    }

    /// Forget a pending SIGINT if `thread_id` is the main thread; whether there was one (the
    /// interactive loop drops a Ctrl-C typed while no statement ran).
    pub fn take_interrupt(&self, thread_id: u64) -> bool {
        const SIGINT_BIT: u64 = 1 << 2;
        thread_id == MAIN_THREAD_ID
            && self
                .pending_signals
                .fetch_and(!SIGINT_BIT, Ordering::SeqCst)
                & SIGINT_BIT
                != 0
    }

    /// Release the GIL; `why` is `ForcedRelease` (a drop request), `BlockRelease` (a blocking
    /// call) or `ExitRelease` (the thread ends).
    fn drop_gil(&self, me: u64, why: EventKind) {
        let forced = why == EventKind::ForcedRelease;
        let mut st = self.lock();
        gil_trace::record(me, why);
        st.locked = false;
        st.last_holder = me;
        self.cond.notify_one();
        if forced {
            while st.last_holder == me && !st.locked && st.finalizer == 0 {
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
        gil.drop_gil(self.thread_id, EventKind::BlockRelease);
    }

    pub fn reacquire(&self, gil: &Gil) {
        gil.take(self.thread_id);
    }

    /// Serve the eval breaker: drop the GIL if another thread asked for it, then take it back.
    #[cold]
    pub fn serve_breaker(&self, gil: &Gil) {
        if gil.drop_request.load(Ordering::Relaxed) {
            gil.drop_gil(self.thread_id, EventKind::ForcedRelease);
            gil.take(self.thread_id);
        }
    }

    /// Begin the interpreter's finalization on this thread (`Gil::start_finalizing`).
    pub fn start_finalizing(&self, gil: &Gil) {
        gil.start_finalizing(self.thread_id);
    }

    /// Release for good (thread exit).
    pub fn exit(&self, gil: &Gil) {
        gil.drop_gil(self.thread_id, EventKind::ExitRelease);
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

/// Model checks of the handoff protocol (see the notes at the top for the command).
#[cfg(all(test, loom))]
mod loom_tests {
    use super::{Gil, ThreadGil};
    use loom::sync::Arc;
    use loom::sync::atomic::{AtomicBool, AtomicU32, Ordering};

    /// No lost wake-up: a thread waiting for the GIL (whose interval never expires) is woken
    /// when the holder releases it for a blocking call or for good.
    #[test]
    fn release_wakes_waiter() {
        loom::model(|| {
            let gil = Arc::new(Gil::for_loom(false));
            let main = ThreadGil::acquire(&gil);
            let g = gil.clone();
            let t = loom::thread::spawn(move || {
                let me = ThreadGil::acquire(&g);
                me.exit(&g);
            });
            main.release(&gil);
            main.reacquire(&gil);
            main.exit(&gil);
            t.join().unwrap();
        });
    }

    /// The drop request is always served: a running thread that only polls the eval breaker
    /// hands the GIL to a waiter whose interval expired, and the forced drop returns.
    #[test]
    fn drop_request_is_served() {
        loom::model(|| {
            let gil = Arc::new(Gil::for_loom(true));
            let main = ThreadGil::acquire(&gil);
            let ran = Arc::new(AtomicBool::new(false));
            let (g, r) = (gil.clone(), ran.clone());
            let t = loom::thread::spawn(move || {
                let me = ThreadGil::acquire(&g);
                r.store(true, Ordering::SeqCst);
                me.exit(&g);
            });
            while !ran.load(Ordering::SeqCst) {
                if gil.eval_breaker() {
                    main.serve_breaker(&gil);
                }
                loom::thread::yield_now();
            }
            main.exit(&gil);
            t.join().unwrap();
        });
    }

    /// Forced switching terminates: two threads that each run a few steps, serving the
    /// breaker between steps, both finish; the GIL is never held by both at once.
    #[test]
    fn forced_switching_terminates() {
        loom::model(|| {
            let gil = Arc::new(Gil::for_loom(true));
            let holders = Arc::new(AtomicU32::new(0));
            let worker = |g: Arc<Gil>, h: Arc<AtomicU32>| {
                move || {
                    let me = ThreadGil::acquire(&g);
                    for _ in 0..2 {
                        assert_eq!(h.fetch_add(1, Ordering::SeqCst), 0, "two GIL holders");
                        h.fetch_sub(1, Ordering::SeqCst);
                        if g.eval_breaker() {
                            me.serve_breaker(&g);
                        }
                    }
                    me.exit(&g);
                }
            };
            let t = loom::thread::spawn(worker(gil.clone(), holders.clone()));
            worker(gil, holders)();
            t.join().unwrap();
        });
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::{Gil, ThreadGil};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};

    /// A waiting thread gets the GIL from one that only serves the eval breaker, within a few
    /// switch intervals, and the handoff is counted.
    #[test]
    fn waiter_gets_the_gil_from_a_busy_holder() {
        let gil = Arc::new(Gil::new());
        let main = ThreadGil::acquire(&gil);
        let ran = Arc::new(AtomicBool::new(false));
        let (g, r) = (gil.clone(), ran.clone());
        let t = std::thread::spawn(move || {
            let me = ThreadGil::acquire(&g);
            r.store(true, Ordering::SeqCst);
            me.exit(&g);
        });
        while !ran.load(Ordering::SeqCst) {
            if gil.eval_breaker() {
                main.serve_breaker(&gil);
            }
            std::hint::spin_loop();
        }
        assert!(gil.stats().drop_requests >= 1);
        assert!(gil.stats().switches >= 2);
        main.exit(&gil);
        assert!(t.join().is_ok());
    }
}
