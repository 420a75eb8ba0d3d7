"""Caches emptied before `-X leakcheck` counts what is alive at exit (see `leakcheck.rs`).

Each step empties something CPython keeps alive too but that is not a leak, as CPython's own
leak hunting (`regrtest -R`) empties caches between its runs. Counterpart of what
`Lib/test/libregrtest/utils.py` (`clear_caches`) and `refleak.py` (`dash_R_cleanup`) clear.
A step only touches modules the program imported: importing one here would change what is
alive. The builtin types' method caches are emptied afterwards, in Rust.
"""

import sys


def _loaded(name):
    return sys.modules.get(name)


def _drop_last_exception():
    """`sys.last_type`/`last_value`/`last_traceback`: the uncaught exception's report keeps
    them until exit (CPython too); its traceback holds the frames' locals."""
    for name in ("last_type", "last_value", "last_traceback"):
        if hasattr(sys, name):
            delattr(sys, name)


def _restore_sys_hooks():
    """`sys.stdout`/`stderr`/`stdin` and the `sys` hooks a program replaced: CPython keeps the
    replacements until finalization too; put the originals (`sys.__stdout__`, ...) back."""
    for name in ("stdout", "stderr", "stdin", "displayhook", "excepthook", "breakpointhook"):
        original = getattr(sys, "__%s__" % name, None)
        if original is not None and getattr(sys, name, None) is not original:
            setattr(sys, name, original)


def _purge_re():
    """`re`'s compiled-pattern and replacement-template caches (`re.purge()`)."""
    re = _loaded("re")
    if re is not None:
        re.purge()


def _clear_linecache():
    """`linecache.cache`: the source lines read for tracebacks, `inspect` and `traceback`."""
    linecache = _loaded("linecache")
    if linecache is not None:
        linecache.clearcache()


def _clear_struct_cache():
    """`struct`'s cache of compiled formats (`struct._clearcache()`)."""
    struct = _loaded("struct")
    if struct is not None:
        struct._clearcache()


def _clear_lru_caches():
    """The results cached by `functools.lru_cache`/`cache` functions of imported modules
    (their `cache_clear()`); the functions themselves stay, as their modules do."""
    if _loaded("functools") is None:
        return
    for module in list(sys.modules.values()):
        for value in list(getattr(module, "__dict__", {}).values()):
            if isinstance(value, type):
                continue
            try:
                clear = getattr(value, "cache_clear", None)
                is_cached = callable(clear) and callable(getattr(value, "cache_info", None))
            except Exception:
                continue
            if is_cached:
                clear()


def _clear_copyreg_cache():
    """`copyreg._extension_cache`: extension codes looked up by `pickle`."""
    copyreg = _loaded("copyreg")
    if copyreg is not None:
        copyreg.clear_extension_cache()


def _drop_slotnames():
    """The `__slotnames__` that `copyreg` caches on each class it pickled (CPython too), for the
    classes reachable as module attributes."""
    if _loaded("copyreg") is None:
        return
    for module in list(sys.modules.values()):
        for value in list(getattr(module, "__dict__", {}).values()):
            if isinstance(value, type) and "__slotnames__" in value.__dict__:
                delattr(value, "__slotnames__")


def _unset_signal_handlers():
    """The Python functions a program installed as signal handlers: the signal module keeps
    them, as CPython's does. Replaced by SIG_IGN (not SIG_DFL, so that a late signal cannot end
    the process while it is counted)."""
    signal = _loaded("signal")
    if signal is None:
        return
    for signum in range(1, signal.NSIG):
        try:
            handler = signal.getsignal(signum)
        except (ValueError, OSError):
            continue
        if callable(handler) and handler is not signal.default_int_handler:
            signal.signal(signum, signal.SIG_IGN)


def _clear_abc_caches():
    """Every ABC's positive and negative `issubclass` caches (`_abc_caches_clear()`)."""
    abc = _loaded("abc")
    if abc is not None:
        for cls in abc._live_abcs():
            cls._abc_caches_clear()


def _clear_threading_bookkeeping():
    """`threading._shutdown_locks`: the locks of finished threads are dropped lazily, when the
    next thread starts; `_maintain_shutdown_locks()` drops them now. And the exit hooks of
    `threading._register_atexit`, which `threading._shutdown()` has run by now (gilpy's
    `concurrent.futures.process` registers its hook on first use, CPython's on import)."""
    threading = _loaded("threading")
    if threading is not None:
        with threading._shutdown_locks_lock:
            threading._maintain_shutdown_locks()
        if threading._SHUTTING_DOWN:
            threading._threading_atexits.clear()


def _clear_copyreg_dispatch():
    """`copyreg.dispatch_table` entries for the main program's classes (`copyreg.pickle`):
    CPython keeps them until exit too; the stdlib's own entries stay."""
    copyreg = _loaded("copyreg")
    if copyreg is not None:
        for cls in list(copyreg.dispatch_table):
            if getattr(cls, "__module__", None) == "__main__":
                del copyreg.dispatch_table[cls]


def _reset_asyncio_policy():
    """The event-loop policy that `asyncio.run`/`get_event_loop_policy` created and keeps."""
    events = _loaded("asyncio.events")
    if events is not None:
        events.set_event_loop_policy(None)


def _drop_main_context():
    """The main thread's current `contextvars.Context` and the variables it maps: CPython's
    thread state holds them until finalization."""
    contextvars = _loaded("contextvars")
    if contextvars is not None:
        contextvars._thread_state().pop("context", None)


def _clear_multiprocessing_caches():
    """`multiprocessing.sharedctypes`' ctypes array types (CPython's `_ctypes` caches array
    types too), the proxy types `multiprocessing.managers` made (CPython's `MakeProxyType`
    cache) and its client connections to manager servers (CPython keeps them in
    `BaseProxy._address_to_local`), closed first."""
    sharedctypes = _loaded("multiprocessing.sharedctypes")
    if sharedctypes is not None:
        sharedctypes._array_types.clear()
    managers = _loaded("multiprocessing.managers")
    if managers is not None:
        managers._auto_proxy_types.clear()
        for conn in list(managers._connections.values()):
            conn.close()
        managers._connections.clear()


def _reset_logging():
    """The loggers, handlers and formatters a program configured: `logging` keeps them until
    exit, as CPython's does (regrtest restores `logging._handlers` between tests). Warnings
    capture is undone, handlers are closed, loggers forgotten, the root logger left bare."""
    logging = _loaded("logging")
    if logging is None:
        return
    logging.captureWarnings(False)
    manager = logging.root.manager
    for logger in [logging.root] + list(manager.loggerDict.values()):
        for handler in list(getattr(logger, "handlers", ())):
            logger.removeHandler(handler)
            handler.close()
    manager.loggerDict.clear()
    manager.disable = 0
    manager._clear_cache()
    logging.root.setLevel(logging.WARNING)
    logging._handlerList[:] = []
    logging._handlers.clear()


def _reset_warnings():
    """`warnings.filters` and `onceregistry`: CPython keeps the filters a program added
    (regrtest restores them); `resetwarnings()` empties them in the case and its baseline
    alike."""
    warnings = _loaded("warnings")
    if warnings is not None:
        warnings.resetwarnings()
        warnings.onceregistry.clear()


def _clear_typing_overloads():
    """The functions `@typing.overload` registered (`typing.clear_overloads()`); CPython keeps
    them in `typing._overload_registry` too."""
    typing = _loaded("typing")
    if typing is not None:
        typing.clear_overloads()


def _drop_warning_registries():
    """The `__warningregistry__` each module that warned keeps (warnings shown once)."""
    for module in list(sys.modules.values()):
        namespace = getattr(module, "__dict__", None)
        if isinstance(namespace, dict):
            namespace.pop("__warningregistry__", None)


def cleanup():
    """Run every step; a step that fails is reported and the others still run."""
    for step in (
        _drop_last_exception,
        _restore_sys_hooks,
        _purge_re,
        _clear_linecache,
        _clear_struct_cache,
        _clear_lru_caches,
        _clear_copyreg_cache,
        _clear_copyreg_dispatch,
        _drop_slotnames,
        _unset_signal_handlers,
        _clear_abc_caches,
        _clear_threading_bookkeeping,
        _reset_asyncio_policy,
        _drop_main_context,
        _clear_multiprocessing_caches,
        _reset_logging,
        _reset_warnings,
        _clear_typing_overloads,
        _drop_warning_registries,
    ):
        try:
            step()
        except BaseException as e:
            sys.stderr.write("[leakcheck: cleanup step %s failed: %r]\n" % (step.__name__, e))


cleanup()
