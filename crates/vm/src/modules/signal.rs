//! `_signal`: OS signals delivered to Python handlers. Counterpart of CPython's
//! `Modules/signalmodule.c`.
//!
//! A watching thread (signal-hook's iterator) turns each arrival into a pending bit and sets the
//! eval breaker (`Gil::request_signal`); the main thread runs the Python handler at its next
//! eval-breaker check, as CPython's `trip_signal`/`PyErr_CheckSignals`. SIGINT arrives through the
//! interrupt flag the binary installs and, without a Python handler, raises `KeyboardInterrupt`.
//! `alarm` is emulated by a timer thread, so it does not interrupt a blocking call in progress.

use crate::object::Value;
use crate::objects::bootstrap::{new_builtin, set_attr};
use crate::objects::dict_ops;
use crate::objects::function::Args;
use crate::objects::{int, str::intern};
use crate::ops;
use crate::vm::{PyErr, PyResult, Vm};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const SIGINT: u32 = 2;

/// Run the handler of `signum` on the main thread.
pub fn dispatch(vm: &Vm, signum: u32) -> PyResult<()> {
    let handler = handler_of(vm, signum)?;
    match handler {
        Some(h) if !is_default(vm, &h) => {
            if int::as_i64(&h) == Some(1) {
                return Ok(());
            }
            ops::call(vm, &h, &[int::from_i64(i64::from(signum)), vm.none()], &[]).map(drop)
        }
        _ if signum == SIGINT => Err(PyErr(crate::objects::exception_ops::new_exception(
            vm.b().exc("KeyboardInterrupt").clone(),
            vec![],
        ))),
        _ => {
            crate::modules::builtins::flush_stdout();
            std::process::exit(128 + signum as i32)
        }
    }
}

fn is_default(vm: &Vm, h: &Value) -> bool {
    int::as_i64(h) == Some(0) || vm.is_none(h)
}

/// The handler `signal.signal` recorded for `signum`, if the module is loaded.
fn handler_of(vm: &Vm, signum: u32) -> PyResult<Option<Value>> {
    let modules = vm.objects().modules.clone();
    let Some(m) = dict_ops::get_item(vm, &modules, &intern("signal"))? else {
        return Ok(None);
    };
    let Some(handlers) = ops::getattr_opt(vm, &m, &intern("_handlers"))? else {
        return Ok(None);
    };
    let h = dict_ops::get_item(vm, &handlers, &int::from_i64(i64::from(signum)))?;
    Ok(h.filter(|h| !h.is(&dict_default_int(vm, &m))))
}

/// `signal.default_int_handler`, which means "raise KeyboardInterrupt".
fn dict_default_int(vm: &Vm, m: &Value) -> Value {
    ops::getattr_opt(vm, m, &intern("default_int_handler"))
        .ok()
        .flatten()
        .unwrap_or_else(|| vm.none())
}

static WATCHED: Mutex<u64> = Mutex::new(0);

/// `_signal._watch(signum)`: deliver `signum` to the Python handler from now on.
fn watch(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "_watch", 1, 1)?;
    let signum = int::as_i64(&a[0])
        .filter(|n| (1..64).contains(n))
        .ok_or_else(|| vm.value_error("signal number out of range"))? as u32;
    if signum == SIGINT {
        return Ok(vm.none());
    }
    let mut watched = WATCHED.lock().unwrap_or_else(|e| e.into_inner());
    if *watched & (1 << signum) != 0 {
        return Ok(vm.none());
    }
    let mut signals = signal_hook::iterator::Signals::new([signum as i32])
        .map_err(|e| vm.new_exc("OSError", format!("[Errno 22] Invalid argument: {e}")))?;
    *watched |= 1 << signum;
    let interp = vm.interp.clone();
    std::thread::Builder::new()
        .name(format!("gilpy-signal-{signum}"))
        .spawn(move || {
            for s in signals.forever() {
                interp.gil.request_signal(s as u32);
            }
        })
        .map_err(|_| vm.runtime_error("can't start the signal thread"))?;
    Ok(vm.none())
}

/// The pending alarm: its generation (a newer `alarm()` cancels older timers) and deadline.
static ALARM_GENERATION: AtomicU64 = AtomicU64::new(0);
static ALARM_DEADLINE: Mutex<Option<Instant>> = Mutex::new(None);

/// `_signal._alarm(seconds)`: deliver SIGALRM after `seconds` (0 cancels); returns the seconds
/// that were left on the previous alarm.
fn alarm(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "alarm", 1, 1)?;
    let secs = int::as_i64(&a[0])
        .ok_or_else(|| vm.type_error("an integer is required"))?
        .max(0) as u64;
    let generation = ALARM_GENERATION.fetch_add(1, Ordering::SeqCst) + 1;
    let mut deadline = ALARM_DEADLINE.lock().unwrap_or_else(|e| e.into_inner());
    let left = deadline.map_or(0, |d| {
        d.saturating_duration_since(Instant::now())
            .as_secs_f64()
            .round() as i64
    });
    *deadline = None;
    if secs > 0 {
        *deadline = Some(Instant::now() + Duration::from_secs(secs));
        let interp: Arc<crate::vm::Interp> = vm.interp.clone();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_secs(secs));
            if ALARM_GENERATION.load(Ordering::SeqCst) == generation {
                *ALARM_DEADLINE.lock().unwrap_or_else(|e| e.into_inner()) = None;
                interp.gil.request_signal(14);
            }
        });
    }
    Ok(int::from_i64(left))
}

pub fn init(_vm: &Vm, m: &Value) -> PyResult<()> {
    set_attr(m, "_watch", new_builtin("_watch", watch));
    set_attr(m, "_alarm", new_builtin("_alarm", alarm));
    Ok(())
}
