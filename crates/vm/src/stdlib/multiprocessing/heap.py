"""Blocks of memory shared with child processes, for `sharedctypes`. Counterpart of CPython's
Lib/multiprocessing/heap.py, written for gilpy: where CPython carves ctypes objects out of
mmap-ed arenas, gilpy gives each object its own anonymous block (`memfd_create`), which a
spawned child receives as a descriptor and which the system frees when the last process
holding it closes it.
"""

import os
import _posixshmem
from . import context, reduction

__all__ = ['BufferWrapper']


class BufferWrapper:
    """A zero-filled shared block of `size` bytes, read and written through `_posixshmem`."""

    def __init__(self, size):
        if size < 0:
            raise ValueError("Size {0:n} out of bounds".format(size))
        self.fd = _posixshmem.memfd_create('gilpy-mp', size)
        self.size = size

    def __reduce__(self):
        context.assert_spawning(self)
        return _rebuild_buffer, (reduction.DupFd(self.fd), self.size)

    def __del__(self):
        fd, self.fd = self.fd, -1
        if fd >= 0:
            os.close(fd)


def _rebuild_buffer(dupfd, size):
    wrapper = BufferWrapper.__new__(BufferWrapper)
    wrapper.fd = dupfd.detach()
    wrapper.size = size
    return wrapper
