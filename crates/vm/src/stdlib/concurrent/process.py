"""ProcessPoolExecutor: runs calls in worker processes, each with its own interpreter and GIL.

Counterpart of CPython's Lib/concurrent/futures/process.py, written for gilpy. Each worker
is a multiprocessing Process with its own duplex Pipe; a manager thread in the parent hands
work to idle workers and collects results. A worker that dies (os._exit, a signal) closes its
end of the pipe: the manager sees end-of-file and breaks the pool (BrokenProcessPool) instead
of waiting for it.
"""

import os
import sys
import threading
from concurrent.futures import Executor, Future, BrokenExecutor

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']

EXTRA_QUEUED_CALLS = 1


class BrokenProcessPool(BrokenExecutor):
    """A worker process of a ProcessPoolExecutor ended abruptly."""


BrokenProcessPool.__module__ = 'concurrent.futures.process'


class _RemoteTraceback(Exception):
    """The traceback text of an exception raised in a worker (the `__cause__` of the
    exception `result()` re-raises)."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class _ExceptionWithTraceback:
    """An exception and its formatted traceback, pickled together to the parent."""

    def __init__(self, exc):
        import _thread
        tb = _thread._format_exception(exc)
        self.exc = exc
        self.exc.__traceback__ = None
        self.tb = '\n"""\n%s"""' % tb

    def __reduce__(self):
        return _rebuild_exc, (self.exc, self.tb)


def _rebuild_exc(exc, tb):
    exc.__cause__ = _RemoteTraceback(tb)
    return exc


def _process_chunk(fn, chunk):
    """Run `fn` over a chunk of argument tuples (for map with chunksize)."""
    return [fn(*args) for args in chunk]


def _process_worker(conn, initializer, initargs):
    """The loop of a worker process: receive (id, fn, args, kwargs), send (id, ok, value)."""
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as exc:
            import _thread
            sys.stderr.write('Exception in initializer:\n' + _thread._format_exception(exc))
            return
    while True:
        try:
            item = conn.recv()
        except EOFError:
            return
        if item is None:
            return
        work_id, fn, args, kwargs = item
        try:
            r = fn(*args, **kwargs)
        except KeyboardInterrupt as e:
            # Ctrl-C reaches the whole process group: report it and stop, so the parent's
            # pool breaks at once instead of waiting for the rest of the work.
            _send_result(conn, work_id, False, _ExceptionWithTraceback(e))
            return
        except BaseException as e:
            _send_result(conn, work_id, False, _ExceptionWithTraceback(e))
        else:
            _send_result(conn, work_id, True, r)
        del item, fn, args, kwargs


def _send_result(conn, work_id, ok, value):
    try:
        conn.send((work_id, ok, value))
    except BaseException as e:
        conn.send((work_id, False, _ExceptionWithTraceback(e)))


class _WorkItem:

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


class _Worker:
    """A worker process, its connection, and the id of the work it is running."""

    def __init__(self, ctx, initializer, initargs):
        self.conn, child_conn = ctx.Pipe()
        self.process = ctx.Process(target=_process_worker,
                                   args=(child_conn, initializer, initargs))
        self.process.start()
        child_conn.close()
        self.work_id = None


_BROKEN_RUNNING = ('A process in the process pool was terminated abruptly while the future was '
                   'running or pending.')
_BROKEN_SUBMIT = 'A child process terminated abruptly, the process pool is not usable anymore'


class _Manager(threading.Thread):
    """The parent's thread that feeds the workers and collects their results."""

    def __init__(self, executor):
        super().__init__(name='ExecutorManagerThread', daemon=True)
        self.executor = executor

    def run(self):
        from multiprocessing.connection import wait
        ex = self.executor
        while True:
            self.dispatch()
            if self.finished():
                break
            conns = [w.conn for w in ex._workers]
            ready = wait(conns + [ex._wakeup_r])
            if ex._wakeup_r in ready:
                os.read(ex._wakeup_r, 4096)
            for w in list(ex._workers):
                if w.conn in ready and not self.collect(w):
                    self.break_pool()
                    return
        self.stop_workers()

    def dispatch(self):
        ex = self.executor
        with ex._lock:
            for w in ex._workers:
                while w.work_id is None and ex._queued:
                    work_id, item = ex._queued.pop(0)
                    if not item.future.set_running_or_notify_cancel():
                        del ex._pending[work_id]
                        continue
                    try:
                        w.conn.send((work_id, item.fn, item.args, item.kwargs))
                    except BaseException as exc:
                        del ex._pending[work_id]
                        item.future.set_exception(exc)
                        continue
                    w.work_id = work_id

    def finished(self):
        ex = self.executor
        with ex._lock:
            return ex._shutdown and not ex._pending

    def collect(self, w):
        """Receive one result from worker `w`; False when the worker died."""
        ex = self.executor
        try:
            work_id, ok, value = w.conn.recv()
        except (EOFError, OSError):
            return False
        w.work_id = None
        with ex._lock:
            item = ex._pending.pop(work_id, None)
        if item is not None:
            if ok:
                item.future.set_result(value)
            else:
                item.future.set_exception(value)
        return True

    def break_pool(self):
        ex = self.executor
        with ex._lock:
            ex._broken = _BROKEN_SUBMIT
            pending = list(ex._pending.values())
            ex._pending.clear()
            ex._queued.clear()
        for item in pending:
            exc = BrokenProcessPool(_BROKEN_RUNNING)
            exc.__cause__ = _RemoteTraceback('\n"""\n' + _BROKEN_RUNNING + '\n"""')
            if not item.future.done():
                try:
                    item.future.set_exception(exc)
                except Exception:
                    pass
        for w in ex._workers:
            w.process.terminate()
        self.stop_workers()

    def stop_workers(self):
        for w in self.executor._workers:
            try:
                w.conn.send(None)
            except OSError:
                pass
        for w in self.executor._workers:
            w.process.join()
            w.conn.close()
            w.process.close()


class ProcessPoolExecutor(Executor):
    """Runs calls in a pool of at most `max_workers` processes."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            if max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        self._mp_context = mp_context
        self._initializer = initializer
        self._initargs = initargs
        self._lock = threading.Lock()
        self._pending = {}
        self._queued = []
        from multiprocessing.process import _count
        self._ids = _count(0)
        self._workers = []
        self._manager = None
        self._shutdown = False
        self._broken = False
        self._wakeup_r = self._wakeup_w = None

    def _start(self):
        import multiprocessing
        ctx = self._mp_context or multiprocessing.get_context()
        self._wakeup_r, self._wakeup_w = os.pipe()
        self._workers = [_Worker(ctx, self._initializer, self._initargs)
                         for _ in range(self._max_workers)]
        self._manager = _Manager(self)
        self._manager.start()
        _live_executors.add(self)
        _register_exit_hook()

    def _wake(self):
        if self._wakeup_w is not None:
            try:
                os.write(self._wakeup_w, b'x')
            except OSError:
                pass

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = Future()
            work_id = next(self._ids)
            item = _WorkItem(f, fn, args, kwargs)
            self._pending[work_id] = item
            self._queued.append((work_id, item))
        if self._manager is None:
            self._start()
        self._wake()
        return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), run in the worker processes; `chunksize` items go to a
        worker at a time."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        results = super().map(_partial_chunk(fn), _get_chunks(*iterables, chunksize=chunksize),
                              timeout=timeout)
        return _chain_from_iterable_of_lists(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            self._shutdown = True
            if cancel_futures:
                for work_id, item in self._queued:
                    if item.future.cancel():
                        self._pending.pop(work_id, None)
                self._queued = [(i, it) for i, it in self._queued if i in self._pending]
        self._wake()
        if wait and self._manager is not None:
            self._manager.join()
            self._close_wakeup()
        _live_executors.discard(self)

    def _close_wakeup(self):
        if self._wakeup_r is not None:
            os.close(self._wakeup_r)
            os.close(self._wakeup_w)
            self._wakeup_r = self._wakeup_w = None

    shutdown.__doc__ = Executor.shutdown.__doc__


class _partial_chunk:
    """A picklable `functools.partial(_process_chunk, fn)`."""

    def __init__(self, fn):
        self.fn = fn

    def __call__(self, chunk):
        return _process_chunk(self.fn, chunk)


def _get_chunks(*iterables, chunksize):
    import itertools
    it = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(it, chunksize))
        if not chunk:
            return
        yield chunk


def _chain_from_iterable_of_lists(iterable):
    for element in iterable:
        element.reverse()
        while element:
            yield element.pop()


_live_executors = set()


def _python_exit():
    for ex in list(_live_executors):
        ex.shutdown(wait=True)


_exit_hook_registered = False


def _register_exit_hook():
    # Registered after multiprocessing's own exit function, so it runs before it (the hooks
    # run last-registered first): the workers must be told to stop before they are joined.
    global _exit_hook_registered
    if not _exit_hook_registered:
        _exit_hook_registered = True
        threading._register_atexit(_python_exit)
