"""Futures and a thread-pool executor.

Counterpart of CPython's Lib/concurrent/futures/ (`_base.py` and `thread.py`; no process pool),
written for gilpy from the documented behaviour.
"""

import threading
import queue
import weakref
from time import monotonic as _time

__all__ = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'BrokenExecutor', 'InvalidStateError', 'Future', 'Executor', 'wait', 'as_completed',
           'ThreadPoolExecutor', 'ProcessPoolExecutor']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
_FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    _PENDING: "pending",
    _RUNNING: "running",
    _CANCELLED: "cancelled",
    _CANCELLED_AND_NOTIFIED: "cancelled",
    _FINISHED: "finished",
}


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run work."""


class BrokenThreadPool(BrokenExecutor):
    """A worker thread of a ThreadPoolExecutor failed in its initializer."""


class _Waiter:
    """Collects futures as they finish, for wait() and as_completed()."""

    def __init__(self, return_when, pending):
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished = []
        self.return_when = return_when
        self.pending = pending

    def _add(self, future, failed):
        with self.lock:
            self.finished.append(future)
            self.pending -= 1
            wake = (self.return_when in (FIRST_COMPLETED, 'AS_COMPLETED') or self.pending <= 0
                    or (failed and self.return_when == FIRST_EXCEPTION))
        if wake:
            self.event.set()

    def add_result(self, future):
        self._add(future, False)

    def add_exception(self, future):
        self._add(future, True)

    def add_cancelled(self, future):
        self._add(future, False)


class Future:
    """The result of a call that may not have finished yet."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as exc:
                _report(f'exception calling callback for {self!r}', exc)

    def __repr__(self):
        with self._condition:
            where = (f'<{self.__class__.__name__} at {id(self):#x} '
                     f'state={_STATE_TO_DESCRIPTION_MAP[self._state]}')
            if self._state == _FINISHED:
                if self._exception:
                    return f'{where} raised {self._exception.__class__.__name__}>'
                return f'{where} returned {self._result.__class__.__name__}>'
            return where + '>'

    def cancel(self):
        with self._condition:
            if self._state in (_RUNNING, _FINISHED):
                return False
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == _RUNNING

    def done(self):
        with self._condition:
            return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED)

    def __get_result(self):
        if self._exception:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as exc:
            _report(f'exception calling callback for {self!r}', exc)

    def _wait_done(self, timeout):
        # With the condition held: wait until finished or cancelled; raise on timeout.
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state == _FINISHED:
            return
        self._condition.wait(timeout)
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state != _FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        try:
            with self._condition:
                self._wait_done(timeout)
                return self.__get_result()
        finally:
            self = None

    def exception(self, timeout=None):
        with self._condition:
            self._wait_done(timeout)
            return self._exception

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                self._state = _CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == _PENDING:
                self._state = _RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = _FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = _FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


def _report(message, exc):
    import sys
    sys.stderr.write(message + '\n')
    sys.stderr.write(threading._thread._format_exception(exc))


def _finished_state(f):
    return f._state in (_CANCELLED_AND_NOTIFIED, _FINISHED)


def _install_waiter(fs, return_when):
    pending = len([f for f in fs if not _finished_state(f)])
    waiter = _Waiter(return_when, pending)
    for f in fs:
        with f._condition:
            if not _finished_state(f):
                f._waiters.append(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            if waiter in f._waiters:
                f._waiters.remove(waiter)


class DoneAndNotDoneFutures(tuple):
    """wait()'s result: (done, not_done)."""

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return f'DoneAndNotDoneFutures(done={self[0]!r}, not_done={self[1]!r})'


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures; returns (done, not_done) sets."""
    fs = set(fs)
    done = set(f for f in fs if _finished_state(f))
    not_done = fs - done
    if return_when == FIRST_COMPLETED and done:
        return DoneAndNotDoneFutures(done, not_done)
    if return_when == FIRST_EXCEPTION and any(
            not f.cancelled() and f._exception is not None for f in done):
        return DoneAndNotDoneFutures(done, not_done)
    if len(done) == len(fs):
        return DoneAndNotDoneFutures(done, not_done)
    waiter = _install_waiter(not_done, return_when)
    waiter.event.wait(timeout)
    _remove_waiter(not_done, waiter)
    with waiter.lock:
        done.update(waiter.finished)
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """Yield the futures as they finish (those already done first)."""
    if timeout is not None:
        end_time = timeout + _time()
    fs = list(dict.fromkeys(fs))
    total = len(fs)
    finished = [f for f in fs if _finished_state(f)]
    pending = [f for f in fs if not _finished_state(f)]
    waiter = _install_waiter(pending, 'AS_COMPLETED')
    try:
        for f in finished:
            yield f
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - _time()
                if wait_timeout < 0:
                    raise TimeoutError(f'{len(pending)} (of {total}) futures unfinished')
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                arrived = waiter.finished
                waiter.finished = []
                waiter.event.clear()
            for f in arrived:
                if f in pending:
                    pending.remove(f)
                    yield f
    finally:
        _remove_waiter(pending, waiter)


class Executor:
    """The interface of executors: submit, map, shutdown, and use as a context manager."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + _time()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end_time - _time())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


# Interpreter exit: stop the workers of every live pool (registered with threading._register_atexit).
# Worker threads are keys held weakly, as in CPython: a finished worker leaves by itself.
_threads_queues = weakref.WeakKeyDictionary()
_global_shutdown = False
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _global_shutdown
    with _global_shutdown_lock:
        _global_shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


class _WorkItem:

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as exc:
            _report('Exception in initializer:', exc)
            executor._initializer_failed()
            return
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item
            executor._idle_semaphore.release()
            continue
        if _global_shutdown or executor._shutdown:
            executor._shutdown = True
            work_queue.put(None)
            return


def _cpu_count():
    try:
        import os
        return os.cpu_count() or 1
    except ImportError:
        return 1


class ThreadPoolExecutor(Executor):
    """Runs calls on a pool of at most `max_workers` threads."""

    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, _cpu_count() + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = thread_name_prefix or f'ThreadPoolExecutor-{ThreadPoolExecutor._next_id()}'
        self._initializer = initializer
        self._initargs = initargs

    @staticmethod
    def _next_id():
        n = ThreadPoolExecutor._counter
        ThreadPoolExecutor._counter = n + 1
        return n

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            t = threading.Thread(name=f'{self._thread_name_prefix}_{num_threads}',
                                 target=_worker,
                                 args=(self, self._work_queue, self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool is not usable anymore')
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()


from concurrent.futures.process import ProcessPoolExecutor  # noqa: E402 (needs the names above)
