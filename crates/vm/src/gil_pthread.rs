//! The GIL's mutex and condition variables built on pthreads, for builds checked by valgrind
//! (`--features valgrind`, `scripts/helgrind`). Counterpart of CPython's `Python/condvar.h`.
//!
//! `std::sync::Mutex` and `Condvar` are futex-based on Linux; helgrind and drd see only pthread
//! calls, so with std's primitives every GIL handoff is invisible to them and each object
//! touched by two threads is reported as a race. With these, a GIL handoff (unlock, then lock by
//! the next holder) is a happens-before edge the tools see, as in CPython. Same API subset as
//! `std::sync` (poisoning never happens: the `Err` arms are never taken).

use std::cell::UnsafeCell;
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};
use std::sync::LockResult;
use std::time::Duration;

/// A pthread mutex and the data it guards. Boxed: a pthread mutex must not move once used.
pub struct Mutex<T> {
    raw: Box<UnsafeCell<libc::pthread_mutex_t>>,
    data: UnsafeCell<T>,
}

// SAFETY: the data is reached only through a guard, which exists only while the pthread mutex
// is locked by the guard's thread; pthread mutexes may be used from any thread.
unsafe impl<T: Send> Sync for Mutex<T> {}
// SAFETY: as above; moving the Mutex moves the Box pointer, not the pthread mutex.
unsafe impl<T: Send> Send for Mutex<T> {}

pub struct MutexGuard<'a, T> {
    mutex: &'a Mutex<T>,
    /// A guard stays on the thread that locked (pthread mutexes are unlocked by their owner).
    _not_send: PhantomData<*const ()>,
}

impl<T> Mutex<T> {
    pub fn new(data: T) -> Mutex<T> {
        Mutex {
            raw: Box::new(UnsafeCell::new(libc::PTHREAD_MUTEX_INITIALIZER)),
            data: UnsafeCell::new(data),
        }
    }

    pub fn lock(&self) -> LockResult<MutexGuard<'_, T>> {
        // SAFETY: `raw` is an initialised pthread mutex at a stable address; a default mutex
        // locked by a thread that does not hold it cannot fail.
        unsafe { libc::pthread_mutex_lock(self.raw.get()) };
        Ok(MutexGuard {
            mutex: self,
            _not_send: PhantomData,
        })
    }
}

impl<T> Drop for Mutex<T> {
    fn drop(&mut self) {
        // SAFETY: no guard can exist (they borrow the mutex), so it is unlocked.
        unsafe { libc::pthread_mutex_destroy(self.raw.get()) };
    }
}

impl<T> Deref for MutexGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        // SAFETY: the guard's thread holds the mutex, so nothing else reaches the data.
        unsafe { &*self.mutex.data.get() }
    }
}

impl<T> DerefMut for MutexGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: as in `deref`, and the guard is borrowed mutably.
        unsafe { &mut *self.mutex.data.get() }
    }
}

impl<T> Drop for MutexGuard<'_, T> {
    fn drop(&mut self) {
        // SAFETY: this thread locked the mutex when it made the guard.
        unsafe { libc::pthread_mutex_unlock(self.mutex.raw.get()) };
    }
}

/// A pthread condition variable (boxed, as the mutex).
pub struct Condvar {
    raw: Box<UnsafeCell<libc::pthread_cond_t>>,
}

// SAFETY: pthread condition variables may be waited on and signalled from any thread.
unsafe impl Sync for Condvar {}
// SAFETY: moving the Condvar moves the Box pointer only.
unsafe impl Send for Condvar {}

/// Whether a timed wait ended because its time ran out.
pub struct WaitTimeoutResult(bool);

impl WaitTimeoutResult {
    pub fn timed_out(&self) -> bool {
        self.0
    }
}

impl Condvar {
    pub fn new() -> Condvar {
        Condvar {
            raw: Box::new(UnsafeCell::new(libc::PTHREAD_COND_INITIALIZER)),
        }
    }

    pub fn wait<'a, T>(&self, guard: MutexGuard<'a, T>) -> LockResult<MutexGuard<'a, T>> {
        // SAFETY: the guard proves this thread holds the mutex, as pthread_cond_wait requires;
        // it holds it again when the call returns.
        unsafe { libc::pthread_cond_wait(self.raw.get(), guard.mutex.raw.get()) };
        Ok(guard)
    }

    pub fn wait_timeout<'a, T>(
        &self,
        guard: MutexGuard<'a, T>,
        timeout: Duration,
    ) -> LockResult<(MutexGuard<'a, T>, WaitTimeoutResult)> {
        let deadline = std::time::SystemTime::now() + timeout;
        let since = deadline
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        let ts = libc::timespec {
            tv_sec: since.as_secs() as libc::time_t,
            tv_nsec: since.subsec_nanos() as libc::c_long,
        };
        // SAFETY: as in `wait`; the condition uses the realtime clock, so the deadline is one.
        let rc =
            unsafe { libc::pthread_cond_timedwait(self.raw.get(), guard.mutex.raw.get(), &ts) };
        Ok((guard, WaitTimeoutResult(rc == libc::ETIMEDOUT)))
    }

    pub fn notify_one(&self) {
        // SAFETY: `raw` is an initialised condition variable.
        unsafe { libc::pthread_cond_signal(self.raw.get()) };
    }

    pub fn notify_all(&self) {
        // SAFETY: as in `notify_one`.
        unsafe { libc::pthread_cond_broadcast(self.raw.get()) };
    }
}

impl Default for Condvar {
    fn default() -> Condvar {
        Condvar::new()
    }
}

impl<T: Default> Default for Mutex<T> {
    fn default() -> Mutex<T> {
        Mutex::new(T::default())
    }
}

impl Drop for Condvar {
    fn drop(&mut self) {
        // SAFETY: nothing waits on it (waiters borrow it).
        unsafe { libc::pthread_cond_destroy(self.raw.get()) };
    }
}
