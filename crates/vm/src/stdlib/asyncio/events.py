"""Callback handles, the running loop and the event loop policy (as CPython's
Lib/asyncio/events.py)."""

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'Handle', 'TimerHandle',
           'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop',
           'set_event_loop', 'new_event_loop', 'get_running_loop', '_get_running_loop')

import _thread
import contextvars
import threading


def _format_callback(func, args, suffix=''):
    import functools
    if isinstance(func, functools.partial):
        return _format_callback(func.func, func.args + tuple(args), suffix)
    qualname = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    if qualname:
        text = qualname
    else:
        text = repr(func)
    text += '(' + ', '.join(repr(a) for a in args) + ')' + suffix
    return text


def _format_callback_source(func, args):
    text = _format_callback(func, args)
    code = getattr(getattr(func, '__func__', func), '__code__', None)
    if code is not None:
        text += f' at {code.co_filename}:{code.co_firstlineno}'
    return text


class Handle:
    """A callback registered with a loop, with its arguments."""

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        if context is None:
            context = contextvars.copy_context()
        self._context = context

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<{}>'.format(' '.join(self._repr_info()))

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = _format_callback_source(self._callback, self._args)
            self._loop.call_exception_handler({
                'message': f'Exception in callback {cb}',
                'exception': exc,
                'handle': self,
            })
        self = None


class TimerHandle(Handle):
    """A handle for a callback scheduled at a loop time."""

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback and
                    self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


class AbstractEventLoop:
    """The interface of event loops."""


class AbstractEventLoopPolicy:
    """The interface of event loop policies."""


# The running loop of each thread, by thread id (CPython keeps it in the thread state).
_running_loops = {}
_get_ident = _thread.get_ident


def get_running_loop():
    """The running event loop of this thread; RuntimeError when there is none."""
    loop = _running_loops.get(_get_ident())
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    return _running_loops.get(_get_ident())


def _set_running_loop(loop):
    if loop is None:
        _running_loops.pop(_get_ident(), None)
    else:
        _running_loops[_get_ident()] = loop


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One loop per thread; the main thread gets one made on demand."""

    class _Local(threading.local):
        _loop = None
        _set_called = False

    def __init__(self):
        self._local = self._Local()

    def get_event_loop(self):
        if (self._local._loop is None and not self._local._set_called and
                threading.current_thread() is threading.main_thread()):
            self.set_event_loop(self.new_event_loop())
        if self._local._loop is None:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % threading.current_thread().name)
        return self._local._loop

    def set_event_loop(self, loop):
        self._local._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not "
                            f"'{type(loop).__name__}'")
        self._local._loop = loop

    def new_event_loop(self):
        from . import base_events
        return base_events.SelectorEventLoop()


DefaultEventLoopPolicy = BaseDefaultEventLoopPolicy
_event_loop_policy = None


def get_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not "
                        f"'{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    """The running loop, or the policy's current loop for this thread."""
    current_loop = _get_running_loop()
    if current_loop is not None:
        return current_loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


def _get_event_loop(stacklevel=3):
    current_loop = _get_running_loop()
    if current_loop is not None:
        return current_loop
    return get_event_loop_policy().get_event_loop()
