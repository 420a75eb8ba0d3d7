//! `_signal`: OS signals delivered to Python handlers in the main thread. Counterpart of
//! CPython's `Modules/signalmodule.c`.
//!
//! One watching thread (`Watcher`: signal-hook's iterator, run by the binary on the process's
//! first thread, not the interpreter's main thread) receives SIGINT from the start and every
//! signal that `signal.signal` gives a handler; it records each arrival with `Gil::request_signal`,
//! which sets the eval breaker and wakes the main thread if it is blocked in an interruptible
//! wait (`interruptible.rs`), as CPython's `trip_signal`. The main thread runs the handlers in
//! `check_signals` (`PyErr_CheckSignals`), at its next eval-breaker check or when its wait wakes.
//! Other threads never run them. `setitimer(ITIMER_REAL)` and `alarm` are served by a timer
//! thread that sends the process a real SIGALRM, so an alarm without a handler ends the process
//! as the kernel's would.

use crate::interruptible::{WaitEnd, Waitable, Wake, signals_for};
use crate::object::Value;
use crate::objects::bootstrap::{new_builtin, set_attr};
use crate::objects::exception_ops::new_exception;
use crate::objects::float::{self, new_float};
use crate::objects::function::Args;
use crate::objects::{dict_ops, int, str::intern, tuple_ops};
use crate::ops;
use crate::vm::{Interp, PyErr, PyResult, Vm};
use signal_hook::iterator::Handle;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, LazyLock, OnceLock};
use std::time::{Duration, Instant};

pub const SIGINT: u32 = 2;
const SIGALRM: i32 = 14;

/// Whether `vm` runs on the main thread, the only one that runs signal handlers.
pub fn is_main_thread(vm: &Vm) -> bool {
    vm.gil.thread_id == crate::gil::MAIN_THREAD_ID
}

/// Run the handlers of the signals that arrived (CPython's `PyErr_CheckSignals`); nothing in
/// threads other than the main one. A handler's exception stops the run; the signals not yet
/// handled stay pending.
pub fn check_signals(vm: &Vm) -> PyResult<()> {
    let gil = &vm.interp.gil;
    let pending = gil.take_signals(vm.gil.thread_id);
    let mut signums = (1..64u32).filter(|n| pending & (1 << n) != 0);
    while let Some(signum) = signums.next() {
        if let Err(e) = dispatch(vm, signum) {
            signums.for_each(|n| gil.request_signal(n));
            return Err(e);
        }
    }
    Ok(())
}

/// Run the Python handler of `signum`, or its default action.
fn dispatch(vm: &Vm, signum: u32) -> PyResult<()> {
    let Some(handler) = handler_of(vm, signum)? else {
        return default_action(signum);
    };
    match int::as_i64(&handler) {
        Some(1) => Ok(()),
        Some(0) => default_action(signum),
        _ if is_default_int_handler(vm, &handler) => Err(keyboard_interrupt(vm)),
        _ => {
            let frame = crate::frame_object::current(vm).unwrap_or_else(|| vm.none());
            ops::call(
                vm,
                &handler,
                &[int::from_i64(i64::from(signum)), frame],
                &[],
            )
            .map(drop)
        }
    }
}

#[cold]
fn keyboard_interrupt(vm: &Vm) -> PyErr {
    PyErr(new_exception(
        vm.b().exc("KeyboardInterrupt").clone(),
        vec![],
    ))
}

/// The action of `SIG_DFL`: what the kernel does (end the process by the signal, or nothing).
fn default_action(signum: u32) -> PyResult<()> {
    let _ = signal_hook::low_level::emulate_default_handler(signum as i32);
    Ok(())
}

/// The handler `signal.signal` recorded for `signum` (`None`: the module is not loaded, and
/// SIGINT means `default_int_handler`).
fn handler_of(vm: &Vm, signum: u32) -> PyResult<Option<Value>> {
    let modules = vm.objects().modules.clone();
    let Some(m) = dict_ops::get_item(vm, &modules, &intern("signal"))? else {
        return Ok((signum == SIGINT).then(|| vm.none()));
    };
    let Some(handlers) = ops::getattr_opt(vm, &m, &intern("_handlers"))? else {
        return Ok(None);
    };
    dict_ops::get_item(vm, &handlers, &int::from_i64(i64::from(signum)))
}

/// Whether `h` is `signal.default_int_handler` (or None: SIGINT before `signal` is imported),
/// which raises `KeyboardInterrupt` without a Python frame of its own, as CPython's C one.
fn is_default_int_handler(vm: &Vm, h: &Value) -> bool {
    if vm.is_none(h) {
        return true;
    }
    let modules = vm.objects().modules.clone();
    let m = dict_ops::get_item(vm, &modules, &intern("signal"))
        .ok()
        .flatten();
    m.and_then(|m| ops::getattr_opt(vm, &m, &intern("default_int_handler")).ok())
        .flatten()
        .is_some_and(|d| d.is(h))
}

/// The watching thread's handle (adds signals to watch) and the signals it watches.
static WATCHER: OnceLock<Handle> = OnceLock::new();
static WATCHED: AtomicU64 = AtomicU64::new(0);

/// Signals the watcher has received: a count, and a condition `os.kill` waits on so that a
/// signal sent to the own process is recorded before `kill` returns, as POSIX delivers it.
static DELIVERED: LazyLock<Arc<Waitable<u64>>> = LazyLock::new(Default::default);

/// The signal watcher: receives the watched signals and records each for the main thread.
/// It runs on a thread of its own that does nothing else: the binary runs it on the process's
/// first thread, which otherwise only waits for the interpreter thread (one thread fewer to
/// start: a tenth of the start-up time of `gilpy -c pass`).
pub struct Watcher {
    signals: signal_hook::iterator::Signals,
    interp: Arc<Interp>,
}

/// Watch SIGINT from now on (the binary calls this once at start-up); the returned watcher
/// must then be run (`Watcher::run`) on some thread for the signals to be delivered.
pub fn start_watcher(interp: &Arc<Interp>) -> std::io::Result<Watcher> {
    let signals = signal_hook::iterator::Signals::new([SIGINT as i32])?;
    if WATCHER.set(signals.handle()).is_err() {
        return Err(std::io::Error::other(
            "the signal watcher was already started",
        ));
    }
    WATCHED.fetch_or(1 << SIGINT, Ordering::SeqCst);
    // Made before the watcher runs, so its creation orders the two (for valgrind's tools).
    LazyLock::force(&DELIVERED);
    Ok(Watcher {
        signals,
        interp: interp.clone(),
    })
}

impl Watcher {
    /// Deliver signals until the process ends.
    pub fn run(mut self) {
        for s in self.signals.forever() {
            self.interp.gil.request_signal(s as u32);
            *DELIVERED.lock() += 1;
            DELIVERED.wake();
        }
    }
}

/// `_signal._watch(signum)`: deliver `signum` to the Python handler from now on.
fn watch(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "_watch", 1, 1)?;
    let signum = int::as_i64(&a[0])
        .filter(|n| (1..64).contains(n))
        .ok_or_else(|| vm.value_error("signal number out of range"))?;
    if WATCHED.load(Ordering::SeqCst) & (1 << signum) != 0 {
        return Ok(vm.none());
    }
    let handle = WATCHER.get().ok_or_else(|| {
        vm.new_exc(
            "NotImplementedError",
            "signal handlers need the gilpy binary's signal watcher",
        )
    })?;
    handle
        .add_signal(signum as i32)
        .map_err(|e| vm.new_exc("OSError", format!("[Errno 22] Invalid argument: {e}")))?;
    WATCHED.fetch_or(1 << signum, Ordering::SeqCst);
    Ok(vm.none())
}

/// Called by `os.kill` after sending `signum` to process `pid`: when that is this process and
/// the watcher receives `signum`, wait until it has recorded it (the count was `before`), then,
/// in the main thread, run the handlers, as CPython's do before `kill` returns.
pub fn after_kill(vm: &Vm, pid: i32, signum: i32, before: u64) -> PyResult<()> {
    let own = pid == rustix::process::getpid().as_raw_nonzero().get();
    let watched = (1..64).contains(&signum) && WATCHED.load(Ordering::SeqCst) & (1 << signum) != 0;
    if !own || !watched {
        return Ok(());
    }
    let deadline = Instant::now() + Duration::from_secs(1);
    vm.allow_threads(|| DELIVERED.wait_until(None, Some(deadline), |n| *n != before));
    check_signals(vm)
}

/// The watcher's delivery count, read by `os.kill` before it sends a signal.
pub fn delivery_count() -> u64 {
    *DELIVERED.lock()
}

/// `pause()`: sleep until a signal arrives, then run its handler.
fn pause(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "pause", 0, 0)?;
    let Some(gil) = signals_for(vm) else {
        return Err(vm.new_exc(
            "NotImplementedError",
            "gilpy's signal.pause() works only in the main thread",
        ));
    };
    let w = Arc::new(Waitable::new(()));
    vm.allow_threads(|| w.wait_until(Some(gil), None, |_| false));
    check_signals(vm)?;
    Ok(vm.none())
}

/// The real-time interval timer (`ITIMER_REAL`): when it fires next, its period, and a count
/// of changes (the timer thread starts a new wait at each).
#[derive(Default)]
struct ITimer {
    deadline: Option<Instant>,
    interval: Duration,
    changes: u64,
}

static ITIMER: LazyLock<Arc<Waitable<ITimer>>> = LazyLock::new(Default::default);
static ITIMER_THREAD: AtomicBool = AtomicBool::new(false);

/// The timer thread: sends SIGALRM to the process at each deadline.
fn run_itimer() {
    loop {
        let (deadline, seen) = {
            let t = ITIMER.lock();
            (t.deadline, t.changes)
        };
        let end = ITIMER.wait_until(None, deadline, |t| t.changes != seen);
        let mut t = ITIMER.lock();
        if end == WaitEnd::TimedOut && t.changes == seen {
            t.deadline = deadline
                .filter(|_| !t.interval.is_zero())
                .map(|d| d + t.interval);
            send_alarm();
        }
    }
}

/// Send SIGALRM to this process.
fn send_alarm() {
    let pid = rustix::process::getpid();
    if let Some(sig) = rustix::process::Signal::from_named_raw(SIGALRM) {
        let _ = rustix::process::kill_process(pid, sig);
    }
}

/// Set the timer (a zero `delay` disarms it); returns the old `(delay left, interval)`.
fn set_itimer(vm: &Vm, delay: Duration, interval: Duration) -> PyResult<(Duration, Duration)> {
    let old = {
        let mut t = ITIMER.lock();
        let old = itimer_value(&t);
        t.deadline = (!delay.is_zero()).then(|| Instant::now() + delay);
        t.interval = interval;
        t.changes += 1;
        old
    };
    if !ITIMER_THREAD.swap(true, Ordering::SeqCst) {
        std::thread::Builder::new()
            .name("gilpy-itimer".into())
            .spawn(run_itimer)
            .map_err(|_| vm.runtime_error("can't start the interval timer thread"))?;
    }
    ITIMER.wake();
    Ok(old)
}

fn itimer_value(t: &ITimer) -> (Duration, Duration) {
    let left = t.deadline.map_or(Duration::ZERO, |d| {
        d.saturating_duration_since(Instant::now())
    });
    (left, t.interval)
}

fn seconds_arg(vm: &Vm, v: &Value) -> PyResult<Duration> {
    let secs = match float::operand(vm, v) {
        Some(r) => r?,
        None => {
            return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))));
        }
    };
    Duration::try_from_secs_f64(secs.max(0.0))
        .map_err(|_| vm.overflow_error("timeout value is too large"))
}

fn timer_tuple(v: (Duration, Duration)) -> Value {
    let us = |d: Duration| new_float((d.as_micros() as f64) / 1e6);
    tuple_ops::new_tuple(vec![us(v.0), us(v.1)])
}

/// `_setitimer(seconds, interval)`: set `ITIMER_REAL` (`signal.py` checks `which`); the old
/// `(delay, interval)`.
fn setitimer(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "_setitimer", 2, 2)?;
    let delay = seconds_arg(vm, &a[0])?;
    let interval = seconds_arg(vm, &a[1])?;
    Ok(timer_tuple(set_itimer(vm, delay, interval)?))
}

/// `_getitimer()`: the `(delay, interval)` left on `ITIMER_REAL`.
fn getitimer(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "_getitimer", 0, 0)?;
    Ok(timer_tuple(itimer_value(&ITIMER.lock())))
}

/// `alarm(seconds)`: SIGALRM after `seconds` (0 cancels); the whole seconds that were left on
/// the previous alarm, rounded as the C library's `alarm` does.
fn alarm(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "alarm", 1, 1)?;
    let Some(n) = ops::seq::index_of(vm, &a[0])? else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&a[0])
        )));
    };
    let secs = u64::try_from(n).unwrap_or(0);
    let (left, _) = set_itimer(vm, Duration::from_secs(secs), Duration::ZERO)?;
    let mut whole = left.as_secs() + u64::from(left.subsec_micros() >= 500_000);
    if whole == 0 && !left.is_zero() {
        whole = 1;
    }
    Ok(int::from_i64(whole as i64))
}

/// Set when the main program ended with an uncaught `KeyboardInterrupt`: the process then ends
/// by SIGINT, as CPython's `exit_sigint`.
static UNHANDLED_INTERRUPT: AtomicBool = AtomicBool::new(false);

/// Record that the program ends with an uncaught `KeyboardInterrupt`.
pub fn note_unhandled_interrupt() {
    UNHANDLED_INTERRUPT.store(true, Ordering::SeqCst);
}

/// End the process with `code`, or by SIGINT after an uncaught `KeyboardInterrupt` (a shell
/// then shows status 130 and a parent sees the signal).
pub fn exit_process(code: i32) -> ! {
    if UNHANDLED_INTERRUPT.load(Ordering::SeqCst) {
        let _ = signal_hook::low_level::emulate_default_handler(SIGINT as i32);
    }
    std::process::exit(code)
}

pub fn init(_vm: &Vm, m: &Value) -> PyResult<()> {
    set_attr(m, "_watch", new_builtin("_watch", watch));
    set_attr(m, "alarm", new_builtin("alarm", alarm));
    set_attr(m, "_setitimer", new_builtin("_setitimer", setitimer));
    set_attr(m, "_getitimer", new_builtin("_getitimer", getitimer));
    set_attr(m, "pause", new_builtin("pause", pause));
    Ok(())
}
