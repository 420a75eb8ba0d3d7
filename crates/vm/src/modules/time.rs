//! The `time` module. Counterpart of CPython's `Modules/timemodule.c`.

use crate::interruptible::{Waitable, wait_with_signals};
use crate::object::Value;
use crate::objects::bootstrap::{new_builtin, set_attr};
use crate::objects::float::{self, new_float};
use crate::objects::function::Args;
use crate::objects::int;
use crate::vm::{PyResult, Vm};
use num_traits::ToPrimitive;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

fn time(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "time", 0, 0)?;
    Ok(new_float(now()))
}

fn time_ns(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "time_ns", 0, 0)?;
    let ns = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    Ok(int::from_bigint(num_bigint::BigInt::from(ns)))
}

thread_local! {
    static START: Instant = Instant::now();
}

fn monotonic_secs() -> f64 {
    static BASE: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    BASE.get_or_init(Instant::now).elapsed().as_secs_f64()
}

fn monotonic_nanos() -> Value {
    static BASE: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    let ns = BASE.get_or_init(Instant::now).elapsed().as_nanos();
    int::from_bigint(num_bigint::BigInt::from(ns))
}

fn monotonic_ns(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "monotonic_ns", 0, 0)?;
    Ok(monotonic_nanos())
}

fn perf_counter_ns(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "perf_counter_ns", 0, 0)?;
    Ok(monotonic_nanos())
}

fn process_time_ns(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "process_time_ns", 0, 0)?;
    Ok(monotonic_nanos())
}

fn monotonic(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "monotonic", 0, 0)?;
    Ok(new_float(monotonic_secs()))
}

fn perf_counter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "perf_counter", 0, 0)?;
    Ok(new_float(monotonic_secs()))
}

fn process_time(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "process_time", 0, 0)?;
    let _ = START.with(|s| *s);
    Ok(new_float(monotonic_secs()))
}

/// `time.sleep(secs)`: releases the GIL while it sleeps. In the main thread a signal wakes it to
/// run the handler; if the handler returns, the sleep goes on for the time left (PEP 475).
fn sleep(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "sleep", 1, 1)?;
    let nanos = sleep_nanos(vm, &a[0])?;
    if nanos < 0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    let Some(deadline) = Instant::now().checked_add(Duration::from_nanos(nanos as u64)) else {
        return Err(vm.overflow_error("sleep length is too large"));
    };
    let w = Arc::new(Waitable::new(()));
    wait_with_signals(vm, &w, Some(deadline), |_| false)?;
    Ok(vm.none())
}

/// A sleep length as CPython's `_PyTime_t` (signed nanoseconds), with its overflow messages.
fn sleep_nanos(vm: &Vm, v: &Value) -> PyResult<i64> {
    if let Some(n) = int::to_bigint(v) {
        return (n * num_bigint::BigInt::from(1_000_000_000))
            .to_i64()
            .ok_or_else(|| vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    let secs = match float::operand(vm, v) {
        Some(r) => r?,
        None => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )));
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    let nanos = (secs * 1e9).ceil();
    if !(-9.223_372_036_854_775e18..9.223_372_036_854_775e18).contains(&nanos) {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(nanos as i64)
}

pub fn init(vm: &Vm, m: &Value) -> PyResult<()> {
    set_attr(m, "time", new_builtin("time", time));
    set_attr(m, "time_ns", new_builtin("time_ns", time_ns));
    set_attr(m, "monotonic", new_builtin("monotonic", monotonic));
    set_attr(m, "perf_counter", new_builtin("perf_counter", perf_counter));
    set_attr(m, "process_time", new_builtin("process_time", process_time));
    set_attr(m, "sleep", new_builtin("sleep", sleep));
    set_attr(m, "monotonic_ns", new_builtin("monotonic_ns", monotonic_ns));
    set_attr(
        m,
        "perf_counter_ns",
        new_builtin("perf_counter_ns", perf_counter_ns),
    );
    set_attr(
        m,
        "process_time_ns",
        new_builtin("process_time_ns", process_time_ns),
    );
    crate::run::exec_source_in(vm, CALENDAR_PART, "<time>", m)
}

/// The calendar half of the module (struct_time, gmtime, strftime, ...), written in Python in
/// `stdlib/_pytime.py`; the local zone is taken to be UTC.
const CALENDAR_PART: &str = "\
from _pytime import (struct_time, gmtime, localtime, mktime, asctime, ctime, strftime,
                     strptime)
timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')
";
