"""Functions to run at interpreter exit, last registered first.

Counterpart of CPython's Modules/atexitmodule.c, written in Python for gilpy: the interpreter
calls `_run_exitfuncs()` at exit after waiting for non-daemon threads and before tearing
modules down (`run.rs::end_main`).
"""

import sys as _sys

_exitfuncs = []


def register(func, *args, **kwargs):
    """Register `func(*args, **kwargs)` to run at exit; returns `func` (usable as a decorator)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exitfuncs.append((func, args, kwargs))
    return func


def unregister(func):
    """Remove every registration of `func` (compared with ==)."""
    _exitfuncs[:] = [entry for entry in _exitfuncs if entry[0] != func]


def _clear():
    _exitfuncs.clear()


def _ncallbacks():
    return len(_exitfuncs)


def _run_exitfuncs():
    """Run the registered functions, last first; report and ignore what they raise (`SystemExit`
    too, as CPython 3.11 does)."""
    while _exitfuncs:
        func, args, kwargs = _exitfuncs.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _report(func, exc)


def _report(func, exc):
    import traceback
    _sys.stderr.write("Exception ignored in atexit callback: %r\n" % (func,))
    traceback.print_exception(type(exc), exc, exc.__traceback__.tb_next, file=_sys.stderr)
