"""Recognising coroutines and coroutine functions (as CPython's Lib/asyncio/coroutines.py)."""

import inspect
import types

__all__ = ('iscoroutinefunction', 'iscoroutine')

_is_coroutine = object()


def iscoroutinefunction(func):
    """Whether func is a coroutine function (async def, or marked by asyncio)."""
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


_COROUTINE_TYPES = (types.CoroutineType, types.GeneratorType, types._GeneratorWrapper)


def iscoroutine(obj):
    """Whether obj is a coroutine object."""
    if type(obj) in _COROUTINE_TYPES:
        return True
    return hasattr(obj, "send") and hasattr(obj, "throw") and hasattr(obj, "__await__")


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) \
        or type(coro).__name__
    name = f'{name}()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    filename = code.co_filename if code is not None else '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    lineno = code.co_firstlineno if code is not None else 0
    return f'{name} done, defined at {filename}:{lineno}'
