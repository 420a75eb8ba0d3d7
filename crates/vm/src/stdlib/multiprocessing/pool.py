"""Pool: a pool of worker processes with map, imap, starmap, apply and their async forms.

Counterpart of CPython's Lib/multiprocessing/pool.py, written for gilpy on top of
concurrent.futures.ProcessPoolExecutor (which already hands work to worker processes and
notices dead ones). A worker's exception is re-raised by get() with the worker's traceback
text as its `__cause__`.
"""

import os
import itertools
import threading
from concurrent.futures import wait as _wait_futures, FIRST_COMPLETED
from concurrent.futures.process import ProcessPoolExecutor, _process_chunk
from .context import TimeoutError

__all__ = ['Pool', 'ThreadPool']

INIT = "INIT"
RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


class AsyncResult:
    """The result of apply_async: get(), wait(), ready(), successful()."""

    def __init__(self, futures, combine, callback=None, error_callback=None):
        self._futures = futures
        self._combine = combine
        self._done = threading.Event()
        self._value = None
        self._error = None
        self._callback = callback
        self._error_callback = error_callback
        self._left = len(futures)
        self._lock = threading.Lock()
        if not futures:
            self._finish()
        for f in futures:
            f.add_done_callback(self._one_done)

    def _one_done(self, f):
        with self._lock:
            self._left -= 1
            last = self._left == 0
        if last:
            self._finish()

    def _finish(self):
        try:
            self._value = self._combine([f.result() for f in self._futures])
        except BaseException as e:
            self._error = e
        if self._error is None and self._callback is not None:
            self._callback(self._value)
        if self._error is not None and self._error_callback is not None:
            self._error_callback(self._error)
        self._done.set()

    def ready(self):
        return self._done.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._error is None

    def wait(self, timeout=None):
        self._done.wait(timeout)

    def get(self, timeout=None):
        """The result, or the worker's exception raised again."""
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._error is not None:
            raise self._error
        return self._value


ApplyResult = AsyncResult
MapResult = AsyncResult


class Pool:
    """A pool of `processes` worker processes (os.cpu_count() by default)."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None,
                 context=None):
        self._state = INIT
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._executor = ProcessPoolExecutor(processes, mp_context=context,
                                             initializer=initializer, initargs=initargs)
        self._executor._start()
        self._state = RUN

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _submit(self, fn, *args, **kwds):
        self._check_running()
        return self._executor.submit(fn, *args, **kwds)

    def _chunks(self, iterable, chunksize):
        items = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(items), self._processes * 4)
            if extra:
                chunksize += 1
        if not items:
            chunksize = 0
        elif chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        return [items[i:i + chunksize] for i in range(0, len(items), chunksize)] if items else []

    def apply(self, func, args=(), kwds={}):
        """Call func(*args, **kwds) in a worker and return its result."""
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        f = self._submit(func, *args, **kwds)
        return AsyncResult([f], lambda rs: rs[0], callback, error_callback)

    def _map_async(self, func, iterable, star, chunksize, callback, error_callback):
        self._check_running()
        chunks = self._chunks(iterable, chunksize)
        if star:
            fs = [self._submit(_process_chunk, func, [tuple(a) for a in c]) for c in chunks]
        else:
            fs = [self._submit(_process_chunk, func, [(a,) for a in c]) for c in chunks]
        return AsyncResult(fs, lambda rs: [x for r in rs for x in r], callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        """Like map(func, iterable), in the workers; returns a list."""
        return self._map_async(func, iterable, False, chunksize, None, None).get()

    def starmap(self, func, iterable, chunksize=None):
        """Like itertools.starmap(func, iterable), in the workers; returns a list."""
        return self._map_async(func, iterable, True, chunksize, None, None).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, False, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, True, chunksize, callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        """Like map, but an iterator yielding results in order as they come."""
        fs = [self._submit(_process_chunk, func, [(a,) for a in c])
              for c in self._chunks(iterable, chunksize)]
        return self._ordered(fs)

    @staticmethod
    def _ordered(fs):
        for f in fs:
            yield from f.result()

    def imap_unordered(self, func, iterable, chunksize=1):
        """Like imap, but results come in the order the workers finish them."""
        fs = [self._submit(_process_chunk, func, [(a,) for a in c])
              for c in self._chunks(iterable, chunksize)]
        return self._unordered(fs)

    @staticmethod
    def _unordered(fs):
        pending = set(fs)
        while pending:
            done, pending = _wait_futures(pending, return_when=FIRST_COMPLETED)
            for f in done:
                yield from f.result()

    def close(self):
        """No more work: the workers exit once the submitted work is done."""
        if self._state == RUN:
            self._state = CLOSE
            self._executor.shutdown(wait=False)

    def terminate(self):
        """Stop the workers now, dropping pending work."""
        if self._state == TERMINATE:
            return
        self._state = TERMINATE
        ex = self._executor
        ex.shutdown(wait=False, cancel_futures=True)
        for w in ex._workers:
            try:
                w.process.terminate()
            except ValueError:
                pass  # the executor's manager thread has already reaped and closed it
        if ex._manager is not None:
            ex._manager.join()

    def join(self):
        """Wait for the workers to exit (after close() or terminate())."""
        if self._state == RUN:
            raise ValueError("Pool is still running")
        if self._state == INIT:
            raise ValueError("Pool is not started")
        self._executor.shutdown(wait=True)

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

    def __repr__(self):
        return (f'<{type(self).__module__}.{type(self).__qualname__} '
                f'state={self._state} pool_size={self._processes}>')


class ThreadPool:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("multiprocessing.pool.ThreadPool is not provided by gilpy; "
                                  "use concurrent.futures.ThreadPoolExecutor")
