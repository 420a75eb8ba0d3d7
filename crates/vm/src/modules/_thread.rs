//! The `_thread` module: OS threads that run Python code under the GIL, locks whose waits release
//! the GIL, thread identity and counts. Counterpart of CPython's `Modules/_threadmodule.c`.
//!
//! A new thread is a `std::thread` with a large stack (so deep Python recursion raises
//! `RecursionError` long before the OS stack runs out). It takes the GIL, opens the `Transfer`
//! holding its function and arguments, runs it, and before releasing the GIL for good drops
//! every object it owns (`Vm::exit_thread`), so no reference count is touched without the GIL.

use crate::gc::heap::GilStatic;
use crate::gil::Transfer;
use crate::interruptible::{WaitEnd, WaitGuard, Waitable, wait_with_signals};
use crate::object::{Payload, Value};
use crate::objects::bootstrap::StaticValue;
use crate::objects::bootstrap::{add_method, add_static, new_builtin, set_attr};
use crate::objects::float::{self, new_float};
use crate::objects::function::Args;
use crate::objects::str::{intern, new_str};
use crate::objects::{dict_ops, int, tuple_ops};
use crate::ops;
use crate::vm::{Interp, PyResult, Vm};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

/// `_thread.TIMEOUT_MAX`, as CPython on Linux (the largest wait in whole seconds of an i64 of µs).
const TIMEOUT_MAX: f64 = 9_223_372_036.0;

/// Stack size of threads started while `stack_size()` is 0 (the default).
const DEFAULT_STACK: usize = 64 << 20;

/// The smallest size `stack_size(n)` accepts, as CPython's `THREAD_STACK_MIN` on Linux.
const STACK_MIN: usize = 32 << 10;

/// The smallest stack a thread really gets: `stack_size(n)` below it still reports `n`, but a
/// thread needs room for the interpreter's own frames before its first Python call.
const SMALLEST_REAL_STACK: usize = 1 << 20;

static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);

/// A lock's state: who holds it and how many times (0: free). A plain lock is taken at most once.
#[derive(Default)]
struct LockState {
    owner: u64,
    count: u64,
}

/// The lock under `_thread.lock` and `_thread.RLock`: a mutex-guarded state and a condition to
/// wait on. Waiting happens with the GIL released; the state is plain data (`Sync`), so the
/// wait can run inside `Vm::allow_threads`. A wait in the main thread is interruptible: a
/// signal wakes it to run the handler (`interruptible.rs`).
#[derive(Default)]
pub struct ThreadLock {
    state: Arc<Waitable<LockState>>,
    reentrant: bool,
}

impl ThreadLock {
    fn lock(&self) -> WaitGuard<'_, LockState> {
        self.state.lock()
    }

    fn try_take(&self, st: &mut LockState, me: u64) -> bool {
        take_state(st, self.reentrant, me)
    }

    fn try_acquire(&self, me: u64) -> bool {
        let mut st = self.lock();
        self.try_take(&mut st, me)
    }

    /// Block until taken or `deadline` passes, ignoring signals (run without the GIL).
    fn wait_acquire(&self, me: u64, deadline: Option<Instant>) -> bool {
        let end = self
            .state
            .wait_until(None, deadline, |st| self.try_take(st, me));
        end == WaitEnd::Ready
    }

    /// Release once; `Err` with CPython's message when not held (by `me`, for an RLock).
    fn release(&self, me: u64) -> Result<(), &'static str> {
        let mut st = self.lock();
        if self.reentrant {
            if st.count == 0 || st.owner != me {
                return Err("cannot release un-acquired lock");
            }
        } else if st.count == 0 {
            return Err("release unlocked lock");
        }
        st.count -= 1;
        if st.count == 0 {
            st.owner = 0;
            self.state.notify_one();
        }
        Ok(())
    }

    fn snapshot(&self) -> (u64, u64) {
        let st = self.lock();
        (st.owner, st.count)
    }

    /// Take the lock on behalf of Python code: fast path with the GIL held, else wait without it.
    /// In the main thread a signal runs its handler during the wait; the handler's exception
    /// (`KeyboardInterrupt`) ends the wait, else it goes on for the time left.
    fn acquire(&self, vm: &Vm, blocking: bool, timeout: Option<Duration>) -> PyResult<bool> {
        let me = vm.gil.thread_id;
        if self.try_acquire(me) {
            return Ok(true);
        }
        if !blocking || timeout == Some(Duration::ZERO) {
            return Ok(false);
        }
        let deadline = timeout.map(|t| Instant::now() + t);
        let reentrant = self.reentrant;
        wait_with_signals(vm, &self.state, deadline, move |st| {
            take_state(st, reentrant, me)
        })
    }

    /// Take the lock, waiting as long as it takes, with no signal handler run meanwhile
    /// (`_acquire_restore`, as CPython's uninterruptible `PyThread_acquire_lock`).
    fn acquire_uninterrupted(&self, vm: &Vm) {
        let me = vm.gil.thread_id;
        if !self.try_acquire(me) {
            vm.allow_threads(|| self.wait_acquire(me, None));
        }
    }
}

/// Take a lock in state `st` for thread `me` if it is free (or, for an RLock, already `me`'s).
fn take_state(st: &mut LockState, reentrant: bool, me: u64) -> bool {
    if st.count == 0 {
        st.owner = me;
        st.count = 1;
        true
    } else if reentrant && st.owner == me {
        st.count += 1;
        true
    } else {
        false
    }
}

/// Per-thread state that `_thread` keeps in the thread's `Vm`.
#[derive(Default)]
pub struct ThreadExtras {
    /// Locks from `_set_sentinel()`, released when the thread's Python work has ended.
    pub sentinels: Vec<Value>,
    /// The keys of the per-thread states this thread has a namespace for (in `LOCAL_DICTS`).
    pub locals: Vec<u64>,
    /// Weak references to the `threading.local` objects this thread has a namespace in.
    pub local_objects: Vec<Value>,
}

/// Every thread's namespace of each per-thread state (`contextvars`' context), by (key,
/// thread id). A namespace goes when its thread ends (`release_thread_locals`).
/// `threading.local` objects hold their namespaces themselves (`_local_namespace_new`).
static LOCAL_DICTS: GilStatic<BTreeMap<(u64, u64), Value>> = GilStatic::new(BTreeMap::new());

fn make_type(
    name: &'static str,
    methods: &[(&'static str, crate::objects::function::NativeFn)],
) -> StaticValue {
    let t = crate::objects::bootstrap::new_native_type(name);
    set_attr(&t, "__module__", intern("_thread"));
    for (m, f) in methods {
        add_method(&t, name, m, *f);
    }
    StaticValue(t)
}

fn lock_type() -> &'static Value {
    static T: OnceLock<StaticValue> = OnceLock::new();
    &T.get_or_init(|| {
        make_type(
            "lock",
            &[
                ("acquire", lock_acquire),
                ("acquire_lock", lock_acquire),
                ("__enter__", lock_acquire),
                ("release", lock_release),
                ("release_lock", lock_release),
                ("__exit__", lock_exit),
                ("locked", lock_locked),
                ("locked_lock", lock_locked),
                ("__repr__", lock_repr),
            ],
        )
    })
    .0
}

fn rlock_type() -> &'static Value {
    static T: OnceLock<StaticValue> = OnceLock::new();
    &T.get_or_init(|| {
        let t = make_type(
            "RLock",
            &[
                ("acquire", lock_acquire),
                ("__enter__", lock_acquire),
                ("release", lock_release),
                ("__exit__", lock_exit),
                ("_is_owned", rlock_is_owned),
                ("_release_save", rlock_release_save),
                ("_acquire_restore", rlock_acquire_restore),
                ("_recursion_count", rlock_recursion_count),
                ("__repr__", lock_repr),
            ],
        );
        add_static(&t.0, "RLock", "__new__", rlock_new);
        t
    })
    .0
}

/// A new `_thread.lock` (unlocked).
pub fn new_lock() -> Value {
    Value::alloc(
        lock_type().clone(),
        Payload::Native(Box::new(ThreadLock::default())),
    )
}

fn new_rlock() -> Value {
    let l = ThreadLock {
        reentrant: true,
        ..ThreadLock::default()
    };
    Value::alloc(rlock_type().clone(), Payload::Native(Box::new(l)))
}

fn as_lock<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a ThreadLock> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<ThreadLock>(),
        _ => None,
    }
    .ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a '_thread.lock' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

/// Parse `acquire(blocking=True, timeout=-1)` into (blocking, timeout; `None` = forever).
fn acquire_args(vm: &Vm, args: &Args<'_>) -> PyResult<(bool, Option<Duration>)> {
    args.only_keywords(vm, "acquire", &["blocking", "timeout"])?;
    let pos = args.count(vm, "acquire", 1, 3)?;
    let blocking = match pos.get(1).or_else(|| args.kw("blocking")) {
        Some(b) => ops::is_true(vm, b)?,
        None => true,
    };
    let timeout = match pos.get(2).or_else(|| args.kw("timeout")) {
        Some(t) => match float::operand(vm, t) {
            Some(r) => r?,
            None => {
                return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(t))));
            }
        },
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.overflow_error("timeout value is too large"));
    }
    Ok((
        blocking,
        (timeout >= 0.0).then(|| Duration::from_secs_f64(timeout)),
    ))
}

fn lock_acquire(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (blocking, timeout) = acquire_args(vm, &args)?;
    let lock = as_lock(vm, &args.pos()[0])?;
    Ok(vm.bool(lock.acquire(vm, blocking, timeout)?))
}

fn lock_release(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "release", 1, 1)?;
    as_lock(vm, &a[0])?
        .release(vm.gil.thread_id)
        .map_err(|m| vm.runtime_error(m))?;
    Ok(vm.none())
}

fn lock_exit(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.count(vm, "__exit__", 1, 4)?;
    as_lock(vm, &a[0])?
        .release(vm.gil.thread_id)
        .map_err(|m| vm.runtime_error(m))?;
    Ok(vm.none())
}

fn lock_locked(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "locked", 1, 1)?;
    Ok(vm.bool(as_lock(vm, &a[0])?.snapshot().1 > 0))
}

fn lock_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__repr__", 1, 1)?;
    let lock = as_lock(vm, &a[0])?;
    let (owner, count) = lock.snapshot();
    let state = if count > 0 { "locked" } else { "unlocked" };
    let text = if lock.reentrant {
        format!(
            "<{state} _thread.RLock object owner={owner} count={count} at {:#x}>",
            a[0].id()
        )
    } else {
        format!("<{state} _thread.lock object at {:#x}>", a[0].id())
    };
    Ok(new_str(&text))
}

fn rlock_new(_vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(new_rlock())
}

fn rlock_is_owned(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "_is_owned", 1, 1)?;
    let (owner, count) = as_lock(vm, &a[0])?.snapshot();
    Ok(vm.bool(count > 0 && owner == vm.gil.thread_id))
}

fn rlock_recursion_count(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "_recursion_count", 1, 1)?;
    let (owner, count) = as_lock(vm, &a[0])?.snapshot();
    Ok(int::from_i64(if owner == vm.gil.thread_id {
        count as i64
    } else {
        0
    }))
}

/// `RLock._release_save()`: release completely, returning `(count, owner)` for `_acquire_restore`.
fn rlock_release_save(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "_release_save", 1, 1)?;
    let lock = as_lock(vm, &a[0])?;
    let mut st = lock.lock();
    if st.count == 0 {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    let saved = (st.count, st.owner);
    st.count = 0;
    st.owner = 0;
    lock.state.notify_one();
    drop(st);
    Ok(tuple_ops::new_tuple(vec![
        int::from_i64(saved.0 as i64),
        int::from_i64(saved.1 as i64),
    ]))
}

/// `RLock._acquire_restore((count, owner))`: take the lock again and restore its depth.
fn rlock_acquire_restore(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "_acquire_restore", 2, 2)?;
    let lock = as_lock(vm, &a[0])?;
    let saved = tuple_ops::items(&a[1]);
    let field = |i: usize| saved.get(i).and_then(int::as_i64).map(|n| n.max(0) as u64);
    let (Some(count), Some(owner)) = (field(0), field(1)) else {
        return Err(vm.type_error("_acquire_restore() argument must be a (count, owner) tuple"));
    };
    lock.acquire_uninterrupted(vm);
    let mut st = lock.lock();
    st.count = count.max(1);
    st.owner = owner;
    Ok(vm.none())
}

fn allocate_lock(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "allocate_lock", 0, 0)?;
    Ok(new_lock())
}

fn get_ident(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "get_ident", 0, 0)?;
    Ok(int::from_i64(vm.gil.thread_id as i64))
}

/// The kernel's id for the running thread (Linux: `/proc/thread-self`), else the ident.
fn native_id(vm: &Vm) -> i64 {
    std::fs::read_link("/proc/thread-self")
        .ok()
        .and_then(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.parse().ok())
        })
        .unwrap_or(vm.gil.thread_id as i64)
}

fn get_native_id(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "get_native_id", 0, 0)?;
    Ok(int::from_i64(native_id(vm)))
}

fn count(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "_count", 0, 0)?;
    Ok(int::from_usize(
        vm.interp.thread_count.load(Ordering::SeqCst),
    ))
}

/// `stack_size([size])`: the stack size for new threads (0: the default); returns the old one.
fn stack_size(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "stack_size", 0, 1)?;
    let old = STACK_SIZE.load(Ordering::Relaxed);
    if let Some(v) = a.first() {
        let Some(n) = int::as_i64(v) else {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )));
        };
        if n != 0 && !(STACK_MIN as i64..=1 << 40).contains(&n) {
            return Err(vm.value_error(format!("size not valid: {n} bytes")));
        }
        STACK_SIZE.store(n as usize, Ordering::Relaxed);
    }
    Ok(int::from_usize(old))
}

/// `_set_sentinel()`: a lock, held now, that is released when this thread's Python work ends.
fn set_sentinel(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "_set_sentinel", 0, 0)?;
    let lock = new_lock();
    as_lock(vm, &lock)?.try_acquire(vm.gil.thread_id);
    vm.thread_extras.borrow_mut().sentinels.push(lock.clone());
    Ok(lock)
}

/// `_local_key()`: a fresh key for a `threading.local` object.
fn local_key(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "_local_key", 0, 0)?;
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    Ok(int::from_i64(NEXT.fetch_add(1, Ordering::Relaxed) as i64))
}

/// `_local_dict(key)`: `(dict, created)` for this thread's namespace of a `threading.local`.
fn local_dict(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let key = local_key_arg(vm, &args, "_local_dict")?;
    let at = (key, vm.gil.thread_id);
    let found = LOCAL_DICTS.get().get(&at).cloned();
    let (dict, created) = match found {
        Some(d) => (d, false),
        None => {
            let d = crate::objects::dict::new_dict();
            LOCAL_DICTS.get().insert(at, d.clone());
            vm.thread_extras.borrow_mut().locals.push(key);
            (d, true)
        }
    };
    Ok(tuple_ops::new_tuple(vec![dict, vm.bool(created)]))
}

/// `_local_namespace_new(dicts, ref)`: a new namespace for the running thread in a
/// `threading.local`'s `dicts` (thread id → namespace), which the local object holds: the
/// collector sees cycles through the namespaces (`loc.me = loc`) as it sees any other, and
/// the namespaces go with the local. The thread keeps only `ref`, a weak reference to the
/// local, to drop its namespace when it ends (`release_thread_locals`).
fn local_namespace_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "_local_namespace_new", 2, 2)?;
    let (dicts, local_ref) = (&a[0], &a[1]);
    if crate::gc::weakref::weakref_of(local_ref).is_none() {
        return Err(vm.type_error("_local_namespace_new() needs a weak reference"));
    }
    let namespace = crate::objects::dict::new_dict();
    let ident = int::from_i64(vm.gil.thread_id as i64);
    dict_ops::set_item(vm, dicts, ident, namespace.clone())?;
    let mut extras = vm.thread_extras.borrow_mut();
    let refs = &mut extras.local_objects;
    if refs.len().is_power_of_two() {
        refs.retain(|r| crate::gc::weakref::weakref_of(r).is_some_and(|w| !w.is_dead()));
    }
    refs.push(local_ref.clone());
    Ok(namespace)
}

/// The main program ends: drop the main thread's weak references to `threading.local`
/// objects (its namespaces stay in the live locals, and go with them).
pub fn release_main_thread_locals(vm: &Vm) {
    let refs = std::mem::take(&mut vm.thread_extras.borrow_mut().local_objects);
    drop(refs);
}

fn local_key_arg(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<u64> {
    let a = args.positional_only(vm, name, 1, 1)?;
    int::as_i64(&a[0])
        .map(|k| k as u64)
        .ok_or_else(|| vm.type_error("local key must be an int"))
}

/// The modules are torn down: drop the main thread's namespaces of the per-thread states
/// (`contextvars`' current context), as CPython clears the thread's state after its modules.
pub fn release_main_thread_states(vm: &Vm) {
    let keys = std::mem::take(&mut vm.thread_extras.borrow_mut().locals);
    release_thread_locals(vm, keys, Vec::new());
}

/// A thread ends: drop its namespaces of the per-thread states and of the live
/// `threading.local` objects it used.
pub fn release_thread_locals(vm: &Vm, keys: Vec<u64>, local_objects: Vec<Value>) {
    let thread_id = vm.gil.thread_id;
    let gone: Vec<Value> = {
        let mut all = LOCAL_DICTS.get();
        keys.iter()
            .filter_map(|&k| all.remove(&(k, thread_id)))
            .collect()
    };
    drop(gone);
    let ident = int::from_i64(thread_id as i64);
    for local_ref in local_objects {
        let local = crate::gc::weakref::weakref_of(&local_ref).and_then(|w| w.get());
        let dicts = local
            .and_then(|l| l.obj().and_then(|o| o.dict_value()))
            .and_then(|d| crate::objects::dict::get_str_key(&d, &intern("_local__dicts")));
        if let Some(dicts) = dicts
            && let Err(e) = dict_ops::del_item(vm, &dicts, &ident)
        {
            crate::run::print_exception(vm, &e.0);
        }
    }
}

/// `_set_trace_name(name)`: the running thread's name in GIL traces (`-X gil_trace`).
fn set_trace_name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "_set_trace_name", 1, 1)?;
    if crate::gil_trace::enabled() {
        let name = ops::text::str_string(vm, &a[0])?;
        crate::gil_trace::set_thread_name(vm.gil.thread_id, &name);
    }
    Ok(vm.none())
}

/// `_format_exception(exc)`: the traceback text the interpreter prints for an uncaught `exc`.
fn format_exception(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "_format_exception", 1, 1)?;
    Ok(new_str(&crate::run::format_exception(vm, &a[0])))
}

/// `start_new_thread(function, args, kwargs=None)`: run `function(*args, **kwargs)` in a new thread.
fn start_new_thread(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "start_new_thread", 2, 3)?;
    if !crate::modules::builtins::is_callable(&a[0]) {
        return Err(vm.type_error("first arg must be callable"));
    }
    if !matches!(a[1].payload(), Some(Payload::Tuple(_))) {
        return Err(vm.type_error("2nd arg must be a tuple"));
    }
    let kwargs = match a.get(2) {
        Some(k) if !matches!(k.payload(), Some(Payload::Dict(_))) => {
            return Err(vm.type_error("optional 3rd arg must be a dictionary"));
        }
        Some(k) => k.clone(),
        None => crate::objects::dict::new_dict(),
    };
    let id = vm.interp.gil.reserve_thread_id();
    let transfer = Transfer::new(vec![a[0].clone(), a[1].clone(), kwargs]);
    let interp = vm.interp.clone();
    let limit = vm.recursion_limit.get();
    let size = match STACK_SIZE.load(Ordering::Relaxed) {
        0 => DEFAULT_STACK,
        n => n.max(SMALLEST_REAL_STACK),
    };
    vm.interp.thread_count.fetch_add(1, Ordering::SeqCst);
    let spawned = std::thread::Builder::new()
        .name(format!("gilpy-{id}"))
        .stack_size(size)
        .spawn(move || thread_main(interp, id, limit, size, transfer));
    if spawned.is_err() {
        vm.interp.thread_count.fetch_sub(1, Ordering::SeqCst);
        return Err(vm.runtime_error("can't start new thread"));
    }
    Ok(int::from_i64(id as i64))
}

/// The body of every thread `start_new_thread` creates.
fn thread_main(
    interp: Arc<Interp>,
    id: u64,
    recursion_limit: u32,
    stack_size: usize,
    transfer: Transfer,
) {
    let vm = Vm::for_thread_with_id(interp, id);
    // Finalizers run from `rc.rs` (`__del__`, weak reference callbacks) find the thread's Vm
    // through this registration; without it they were skipped in every thread but the main one.
    vm.make_current();
    vm.set_stack_size(stack_size);
    vm.recursion_limit.set(recursion_limit);
    run_function(&vm, transfer.open(&vm));
    vm.interp.thread_count.fetch_sub(1, Ordering::SeqCst);
    vm.exit_thread();
}

/// Call `[func, args, kwargs]`; report an uncaught exception other than `SystemExit` as
/// CPython does for `_thread` threads. Every value is dropped before this returns.
fn run_function(vm: &Vm, values: Vec<Value>) {
    let [func, args, kwargs] =
        <[Value; 3]>::try_from(values).unwrap_or_else(|_| unreachable!("transfer of 3"));
    if let Err(e) = call_with_kwargs(vm, &func, &args, &kwargs)
        && !vm.err_is(&e, "SystemExit")
    {
        let what = ops::text::repr_string(vm, &func).unwrap_or_else(|_| "<function>".into());
        crate::modules::builtins::raw_stderr(&format!(
            "Exception ignored in thread started by: {what}\n"
        ));
        crate::run::print_exception(vm, &e.0);
    }
}

/// `func(*args, **kwargs)` with a tuple and a dict.
fn call_with_kwargs(vm: &Vm, func: &Value, args: &Value, kwargs: &Value) -> PyResult<Value> {
    let mut all = tuple_ops::items(args).to_vec();
    let mut names = Vec::new();
    for (k, v) in dict_ops::items(vm, kwargs)? {
        all.push(v);
        names.push(k);
    }
    ops::call(vm, func, &all, &names)
}

/// Release a thread's sentinel locks (called by `Vm::exit_thread`, with the GIL held).
pub fn release_sentinels(sentinels: Vec<Value>) {
    for s in sentinels {
        if let Some(Payload::Native(n)) = s.payload()
            && let Some(l) = n.downcast_ref::<ThreadLock>()
        {
            let _ = l.release(0);
        }
    }
}

pub fn init(vm: &Vm, m: &Value) -> PyResult<()> {
    let fns: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("start_new_thread", start_new_thread),
        ("start_new", start_new_thread),
        ("allocate_lock", allocate_lock),
        ("allocate", allocate_lock),
        ("get_ident", get_ident),
        ("get_native_id", get_native_id),
        ("_count", count),
        ("stack_size", stack_size),
        ("_set_sentinel", set_sentinel),
        ("_local_key", local_key),
        ("_local_dict", local_dict),
        ("_local_namespace_new", local_namespace_new),
        ("_format_exception", format_exception),
        ("_set_trace_name", set_trace_name),
    ];
    for (name, f) in fns {
        set_attr(m, name, new_builtin(name, *f));
    }
    set_attr(m, "LockType", lock_type().clone());
    set_attr(m, "RLock", rlock_type().clone());
    set_attr(m, "TIMEOUT_MAX", new_float(TIMEOUT_MAX));
    set_attr(m, "error", vm.b().exc("RuntimeError").clone());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::ThreadLock;
    use std::sync::Arc;
    use std::time::{Duration, Instant};

    #[test]
    fn plain_lock_is_taken_once_and_released_by_anyone() {
        let l = ThreadLock::default();
        assert!(l.try_acquire(1));
        assert!(!l.try_acquire(1));
        assert!(l.release(2).is_ok());
        assert_eq!(l.release(2), Err("release unlocked lock"));
    }

    #[test]
    fn rlock_counts_its_owner() {
        let l = ThreadLock {
            reentrant: true,
            ..ThreadLock::default()
        };
        assert!(l.try_acquire(1) && l.try_acquire(1));
        assert!(!l.try_acquire(2));
        assert_eq!(l.release(2), Err("cannot release un-acquired lock"));
        assert!(l.release(1).is_ok() && l.release(1).is_ok());
        assert!(l.try_acquire(2));
    }

    #[test]
    fn wait_acquire_times_out_then_gets_a_released_lock() {
        let l = Arc::new(ThreadLock::default());
        assert!(l.try_acquire(1));
        let start = Instant::now();
        assert!(!l.wait_acquire(2, Some(start + Duration::from_millis(20))));
        assert!(start.elapsed() >= Duration::from_millis(20));
        let l2 = l.clone();
        let waiter = std::thread::spawn(move || l2.wait_acquire(2, None));
        std::thread::sleep(Duration::from_millis(10));
        assert!(l.release(1).is_ok());
        assert!(waiter.join().unwrap_or(false));
        assert_eq!(l.snapshot(), (2, 1));
    }
}
