"""Locks, semaphores and events shared between processes.

Counterpart of CPython's Lib/multiprocessing/synchronize.py, written for gilpy. CPython builds
these on POSIX named semaphores; gilpy builds them on a pipe holding one byte per token:
acquire takes a byte (non-blocking reads after poll, so two processes cannot both take the
last one), release puts one back. The pipe's descriptors travel to spawned children.
"""

import os
import threading
import time
import _posixsubprocess
from . import reduction

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier']

SEM_VALUE_MAX = 65536


class _TokenPipe:
    """A counting semaphore: the number of bytes in a non-blocking pipe."""

    def __init__(self, value):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        if value > SEM_VALUE_MAX:
            raise ValueError("semaphore initial value must be <= %d in gilpy" % SEM_VALUE_MAX)
        self._r, self._w = os.pipe()
        os.set_blocking(self._r, False)
        os.set_blocking(self._w, False)
        if value:
            os.write(self._w, b'\0' * value)

    def take(self, timeout):
        """Take one token, waiting at most `timeout` seconds (None: forever)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            try:
                if os.read(self._r, 1):
                    return True
            except BlockingIOError:
                pass
            if deadline is None:
                wait = 0.1
            else:
                wait = deadline - time.monotonic()
                if wait <= 0:
                    return False
                wait = min(wait, 0.1)
            _posixsubprocess.poll([self._r], wait)

    def give(self):
        os.write(self._w, b'\0')

    def available(self):
        return bool(_posixsubprocess.poll([self._r], 0))

    def __reduce__(self):
        return _rebuild_token_pipe, (reduction.DupFd(self._r), reduction.DupFd(self._w))


def _rebuild_token_pipe(r, w):
    t = _TokenPipe.__new__(_TokenPipe)
    t._r = r.detach()
    t._w = w.detach()
    return t


class SemLock:
    """Common code of the process-shared locks and semaphores."""

    def __init__(self, value, maxvalue, *, ctx=None):
        self._tokens = _TokenPipe(value)
        self._maxvalue = maxvalue

    def acquire(self, block=True, timeout=None):
        if not block:
            timeout = 0
        elif timeout is not None and timeout < 0:
            timeout = 0
        return self._tokens.take(timeout)

    def release(self):
        if self._maxvalue == 1 and self._tokens.available():
            raise ValueError("semaphore or lock released too many times")
        self._tokens.give()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __getstate__(self):
        from . import spawn
        if spawn.current_popen() is None:
            from .context import get_spawning_popen_error
            raise get_spawning_popen_error(self)
        return self.__dict__

    def __setstate__(self, state):
        self.__dict__.update(state)


class Semaphore(SemLock):
    """A counting semaphore shared between processes."""

    def __init__(self, value=1, *, ctx=None):
        super().__init__(value, SEM_VALUE_MAX, ctx=ctx)

    def get_value(self):
        raise NotImplementedError("gilpy's process-shared semaphores do not report their value")

    def __repr__(self):
        return '<%s(unknown)>' % type(self).__name__


class BoundedSemaphore(Semaphore):
    """A semaphore that cannot be released above its initial value."""

    def __init__(self, value=1, *, ctx=None):
        SemLock.__init__(self, value, value, ctx=ctx)


class Lock(SemLock):
    """A non-recursive lock shared between processes."""

    def __init__(self, *, ctx=None):
        super().__init__(1, 1, ctx=ctx)

    def __repr__(self):
        return '<%s(owner=unknown)>' % type(self).__name__


class RLock(SemLock):
    """A recursive lock shared between processes: the owning thread of the owning process may
    acquire it again."""

    def __init__(self, *, ctx=None):
        super().__init__(1, 1, ctx=ctx)
        self._owner = None
        self._count = 0

    def _me(self):
        return (os.getpid(), threading.get_ident())

    def acquire(self, block=True, timeout=None):
        me = self._me()
        if self._owner == me:
            self._count += 1
            return True
        if not super().acquire(block, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner != self._me():
            raise AssertionError("attempt to release recursive lock not owned by thread")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._tokens.give()

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._owner = None
        self._count = 0

    def __repr__(self):
        return '<%s(%s, %s)>' % (type(self).__name__, self._owner, self._count)


class Condition:
    """A condition variable shared between processes, over a lock (an RLock by default) and
    three semaphores: the number of sleepers, the wake-up tokens, and the acknowledgements
    of woken sleepers (the algorithm of CPython's multiprocessing.synchronize.Condition)."""

    def __init__(self, lock=None, *, ctx=None):
        self._lock = lock or RLock()
        self._sleeping_count = Semaphore(0)
        self._woken_count = Semaphore(0)
        self._wait_semaphore = Semaphore(0)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __getstate__(self):
        from . import spawn
        if spawn.current_popen() is None:
            from .context import get_spawning_popen_error
            raise get_spawning_popen_error(self)
        return (self._lock, self._sleeping_count, self._woken_count, self._wait_semaphore)

    def __setstate__(self, state):
        (self._lock, self._sleeping_count, self._woken_count, self._wait_semaphore) = state
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _release_fully(self):
        """Release the lock however many times this thread holds it; that count."""
        if isinstance(self._lock, RLock):
            if self._lock._owner != self._lock._me():
                raise AssertionError('must acquire() condition before using wait()')
            count = self._lock._count
        else:
            count = 1
        for _ in range(count):
            self._lock.release()
        return count

    def wait(self, timeout=None):
        self._sleeping_count.release()
        count = self._release_fully()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            for _ in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        # Sleepers that timed out since the last notify acknowledged without being woken:
        # take them off the sleeping count first.
        while self._woken_count.acquire(False):
            self._sleeping_count.acquire(False)
        sleepers = 0
        while sleepers < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            sleepers += 1
        if sleepers:
            for _ in range(sleepers):
                self._woken_count.acquire()
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        self.notify(n=SEM_VALUE_MAX)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is not None:
            endtime = time.monotonic() + timeout
        else:
            endtime = None
            waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result

    def __repr__(self):
        return '<%s(%s)>' % (type(self).__name__, self._lock)


class Barrier(threading.Barrier):
    """threading.Barrier across processes: its state and count live in shared memory and
    its condition is a multiprocessing Condition."""

    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        from .sharedctypes import RawArray
        self.__setstate__((parties, action, timeout, Condition(), RawArray('i', 2)))

    def __setstate__(self, state):
        (self._parties, self._action, self._timeout, self._cond, self._array) = state

    def __getstate__(self):
        return (self._parties, self._action, self._timeout, self._cond, self._array)

    @property
    def _state(self):
        return self._array[0]

    @_state.setter
    def _state(self, value):
        self._array[0] = value

    @property
    def _count(self):
        return self._array[1]

    @_count.setter
    def _count(self, value):
        self._array[1] = value


class Event:
    """A flag shared between processes: set() wakes every waiter until clear()."""

    def __init__(self, *, ctx=None):
        self._lock = Lock()
        self._flag = _TokenPipe(0)

    def is_set(self):
        return self._flag.available()

    def set(self):
        with self._lock:
            if not self._flag.available():
                self._flag.give()

    def clear(self):
        with self._lock:
            self._flag.take(0)

    def wait(self, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            if self._flag.available():
                return True
            if deadline is None:
                wait = 0.1
            else:
                wait = deadline - time.monotonic()
                if wait <= 0:
                    return False
                wait = min(wait, 0.1)
            _posixsubprocess.poll([self._flag._r], wait)

    def __repr__(self):
        return '<%s(%s)>' % (type(self).__name__, 'set' if self.is_set() else 'unset')
