"""Queues between processes: Queue, JoinableQueue and SimpleQueue.

Counterpart of CPython's Lib/multiprocessing/queues.py, written for gilpy. Items are pickled
through a one-way Pipe; a Queue hands its items to a feeder thread so put() never blocks on a
full pipe, as CPython's does.
"""

import os
import time
import threading
import collections
from queue import Empty, Full
from . import connection, reduction, util
from .synchronize import Lock, BoundedSemaphore, _TokenPipe

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


def _assert_spawning(obj):
    from . import spawn
    if spawn.current_popen() is None:
        from .context import get_spawning_popen_error
        raise get_spawning_popen_error(obj)


class Queue:
    """A FIFO queue shared between processes."""

    def __init__(self, maxsize=0, *, ctx=None):
        self._maxsize = maxsize
        self._reader, self._writer = connection.Pipe(duplex=False)
        self._rlock = Lock()
        self._wlock = Lock()
        self._sem = BoundedSemaphore(maxsize) if maxsize > 0 else None
        self._after_fork()

    def _after_fork(self):
        self._closed = False
        self._buffer = collections.deque()
        self._notempty = threading.Condition(threading.Lock())
        self._thread = None

    def __getstate__(self):
        _assert_spawning(self)
        return (self._maxsize, self._reader, self._writer, self._rlock, self._wlock, self._sem)

    def __setstate__(self, state):
        (self._maxsize, self._reader, self._writer, self._rlock, self._wlock, self._sem) = state
        self._after_fork()

    def put(self, obj, block=True, timeout=None):
        """Put `obj` in the queue (waiting for room in a bounded queue)."""
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if self._sem is not None and not self._sem.acquire(block, timeout):
            raise Full
        with self._notempty:
            if self._thread is None:
                self._start_thread()
            self._buffer.append(obj)
            self._notempty.notify()

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get(self, block=True, timeout=None):
        """Remove and return an item (Empty when none came within `timeout`)."""
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        deadline = None if timeout is None else time.monotonic() + timeout
        if not block:
            deadline = time.monotonic()
        if not self._rlock.acquire(True, None if deadline is None else max(0, deadline - time.monotonic())):
            raise Empty
        try:
            while True:
                if deadline is None:
                    if self._reader.poll(0.1):
                        break
                else:
                    left = deadline - time.monotonic()
                    if self._reader.poll(max(0.0, min(left, 0.1))):
                        break
                    if left <= 0:
                        raise Empty
            res = self._reader.recv_bytes()
        finally:
            self._rlock.release()
        if self._sem is not None:
            self._sem.release()
        return reduction.ForkingPickler.loads(res)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        raise NotImplementedError("gilpy's multiprocessing.Queue does not know its size")

    def empty(self):
        return not self._reader.poll()

    def full(self):
        return self._sem is not None and not self._sem._tokens.available()

    def close(self):
        """No more puts from this process; the buffered items are still sent."""
        self._closed = True
        with self._notempty:
            self._notempty.notify()

    def join_thread(self):
        """Wait until the feeder thread has sent every buffered item."""
        if self._thread is not None:
            self._thread.join()

    def cancel_join_thread(self):
        pass

    def _start_thread(self):
        self._thread = threading.Thread(target=self._feed, name='QueueFeederThread', daemon=True)
        self._thread.start()
        util.register_finalizer(self._finalize)

    def _finalize(self):
        self.close()
        self.join_thread()

    def _feed(self):
        while True:
            with self._notempty:
                while not self._buffer and not self._closed:
                    self._notempty.wait()
                if not self._buffer:
                    return
                obj = self._buffer.popleft()
            data = reduction.ForkingPickler.dumps(obj)
            with self._wlock:
                self._writer.send_bytes(data)

    def __repr__(self):
        return '<%s object at %#x>' % (type(self).__name__, id(self))


class JoinableQueue(Queue):
    """A Queue with task_done() and join()."""

    def __init__(self, maxsize=0, *, ctx=None):
        super().__init__(maxsize, ctx=ctx)
        self._unfinished = _TokenPipe(0)

    def __getstate__(self):
        return Queue.__getstate__(self) + (self._unfinished,)

    def __setstate__(self, state):
        Queue.__setstate__(self, state[:-1])
        self._unfinished = state[-1]

    def put(self, obj, block=True, timeout=None):
        self._unfinished.give()
        try:
            super().put(obj, block, timeout)
        except BaseException:
            self._unfinished.take(0)
            raise

    def task_done(self):
        """Mark one item as processed."""
        if not self._unfinished.take(0):
            raise ValueError('task_done() called too many times')

    def join(self):
        """Wait until every item put has been marked done."""
        while self._unfinished.available():
            time.sleep(0.005)


class SimpleQueue:
    """A simplified queue: put() writes straight to the pipe."""

    def __init__(self, *, ctx=None):
        self._reader, self._writer = connection.Pipe(duplex=False)
        self._rlock = Lock()
        self._wlock = Lock()

    def close(self):
        self._reader.close()
        self._writer.close()

    def empty(self):
        return not self._reader.poll()

    def __getstate__(self):
        _assert_spawning(self)
        return (self._reader, self._writer, self._rlock, self._wlock)

    def __setstate__(self, state):
        (self._reader, self._writer, self._rlock, self._wlock) = state

    def get(self):
        with self._rlock:
            while not self._reader.poll(0.1):
                pass
            res = self._reader.recv_bytes()
        return reduction.ForkingPickler.loads(res)

    def put(self, obj):
        obj = reduction.ForkingPickler.dumps(obj)
        with self._wlock:
            self._writer.send_bytes(obj)
