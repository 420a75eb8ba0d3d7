"""Process-wide helpers of multiprocessing: the exit function that stops and reaps children.
Counterpart of the parts of CPython's Lib/multiprocessing/util.py gilpy needs."""

import sys
import threading

_exiting = False
_finalizers = []


def is_exiting():
    return _exiting


def register_finalizer(fn):
    """Call `fn()` from the exit function (before the children are reaped)."""
    _finalizers.append(fn)


def _exit_function():
    """At exit: run the finalizers, terminate daemonic children, join the others."""
    global _exiting
    if _exiting:
        return
    _exiting = True
    from . import process
    while _finalizers:
        fn = _finalizers.pop()
        try:
            fn()
        except Exception:
            pass
    children = process.active_children()
    for p in children:
        if p.daemon:
            p._popen.terminate()
    for p in children:
        p.join()


threading._register_atexit(_exit_function)
