//! Blocking waits that a signal interrupts when the main thread is the one waiting: lock
//! acquisition, `time.sleep`, `signal.pause`. Counterpart of CPython's interruptible
//! `PyThread_acquire_lock_timed` (`Python/thread_pthread.h`), `acquire_timed`
//! (`Modules/_threadmodule.c`) and `pysleep` (`Modules/timemodule.c`).
//!
//! In CPython the C signal handler runs on the main thread and its blocked system call fails
//! with EINTR. Here a watching thread records signals (`Gil::request_signal`), so the main thread
//! must be woken explicitly. It registers the `Waitable` it sleeps on with the GIL
//! (`Gil::set_main_waiter`) and, before each wait, checks the pending signals while holding the
//! waitable's mutex; the watcher records the signal first, then locks that mutex and notifies.
//! Either the main thread sees the signal before it waits, or it is waiting when the
//! notification comes: no wake-up is lost.
//!
//! Woken by a signal, the main thread takes the GIL back and runs the Python handlers
//! (`signal::check_signals`, CPython's `PyErr_CheckSignals`). A handler's exception (such as
//! `KeyboardInterrupt`) ends the wait; a handler that returns lets the wait resume for the time
//! left (PEP 475). Other threads never run handlers: their waits ignore signals.

use crate::gil::Gil;
#[cfg(feature = "valgrind")]
use crate::gil_pthread::{Condvar, Mutex, MutexGuard};
use crate::vm::{PyResult, Vm};
use std::sync::Arc;
#[cfg(not(feature = "valgrind"))]
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Instant;

/// What a blocked main thread sleeps on; `wake` makes its wait look at the pending signals.
pub trait Wake: Send + Sync {
    fn wake(&self);
}

/// The guard `Waitable::lock` returns.
pub type WaitGuard<'a, T> = MutexGuard<'a, T>;

/// State guarded by a mutex, with a condition variable to wait for it to change.
#[derive(Default)]
pub struct Waitable<T> {
    state: Mutex<T>,
    cond: Condvar,
}

/// How `Waitable::wait_until` ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitEnd {
    Ready,
    TimedOut,
    Signalled,
}

impl<T: Send> Waitable<T> {
    pub fn new(state: T) -> Waitable<T> {
        Waitable {
            state: Mutex::new(state),
            cond: Condvar::new(),
        }
    }

    pub fn lock(&self) -> WaitGuard<'_, T> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn notify_one(&self) {
        self.cond.notify_one();
    }

    /// Block (without the GIL) until `ready` returns true, `deadline` passes, or, when
    /// `signals` is given (the main thread), a signal is pending.
    pub fn wait_until(
        self: &Arc<Self>,
        signals: Option<&Gil>,
        deadline: Option<Instant>,
        ready: impl FnMut(&mut T) -> bool,
    ) -> WaitEnd
    where
        T: 'static,
    {
        match signals {
            Some(gil) => {
                gil.set_main_waiter(Some(self.clone()));
                let end = self.wait_loop(Some(gil), deadline, ready);
                gil.set_main_waiter(None);
                end
            }
            None => self.wait_loop(None, deadline, ready),
        }
    }

    fn wait_loop(
        &self,
        signals: Option<&Gil>,
        deadline: Option<Instant>,
        mut ready: impl FnMut(&mut T) -> bool,
    ) -> WaitEnd {
        let mut st = self.lock();
        loop {
            if ready(&mut st) {
                return WaitEnd::Ready;
            }
            if signals.is_some_and(Gil::signal_pending) {
                return WaitEnd::Signalled;
            }
            st = match deadline {
                None => self.cond.wait(st).unwrap_or_else(|e| e.into_inner()),
                Some(d) => {
                    let now = Instant::now();
                    if now >= d {
                        return WaitEnd::TimedOut;
                    }
                    self.cond
                        .wait_timeout(st, d - now)
                        .unwrap_or_else(|e| e.into_inner())
                        .0
                }
            };
        }
    }
}

impl<T: Send> Wake for Waitable<T> {
    fn wake(&self) {
        let _st = self.lock();
        self.cond.notify_all();
    }
}

/// The GIL when `vm` is the main thread's, the only one whose waits signals interrupt.
pub fn signals_for(vm: &Vm) -> Option<&Gil> {
    crate::modules::signal::is_main_thread(vm).then_some(&vm.interp.gil)
}

/// Wait on `w` with the GIL released until `ready`, or `deadline`: whether `ready` happened.
/// In the main thread a signal ends the wait for a moment to run its handlers; their exception
/// is returned, else the wait goes on for the time left.
pub fn wait_with_signals<T: Send + 'static>(
    vm: &Vm,
    w: &Arc<Waitable<T>>,
    deadline: Option<Instant>,
    mut ready: impl FnMut(&mut T) -> bool + Send,
) -> PyResult<bool> {
    let signals = signals_for(vm);
    loop {
        match vm.allow_threads(|| w.wait_until(signals, deadline, &mut ready)) {
            WaitEnd::Ready => return Ok(true),
            WaitEnd::TimedOut => return Ok(false),
            WaitEnd::Signalled => crate::modules::signal::check_signals(vm)?,
        }
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::{WaitEnd, Waitable};
    use crate::gil::Gil;
    use std::sync::Arc;
    use std::time::{Duration, Instant};

    #[test]
    fn a_signal_wakes_the_main_threads_wait() {
        let gil = Arc::new(Gil::new());
        let w = Arc::new(Waitable::new(()));
        let g = gil.clone();
        let sender = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(20));
            g.request_signal(14);
        });
        let start = Instant::now();
        let end = w.wait_until(Some(&gil), None, |_| false);
        assert_eq!(end, WaitEnd::Signalled);
        assert!(start.elapsed() < Duration::from_secs(5));
        assert!(sender.join().is_ok());
        assert_eq!(gil.take_signals(1), 1 << 14);
    }

    #[test]
    fn other_threads_ignore_signals_and_time_out() {
        let gil = Gil::new();
        gil.request_signal(14);
        let w = Arc::new(Waitable::new(0u32));
        let deadline = Instant::now() + Duration::from_millis(10);
        assert_eq!(
            w.wait_until(None, Some(deadline), |_| false),
            WaitEnd::TimedOut
        );
        assert_eq!(
            w.wait_until(Some(&gil), Some(deadline), |n| {
                *n += 1;
                true
            }),
            WaitEnd::Ready
        );
    }
}
