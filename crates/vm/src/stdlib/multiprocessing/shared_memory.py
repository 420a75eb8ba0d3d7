"""Named blocks of memory shared between processes: SharedMemory. Counterpart of CPython's
Lib/multiprocessing/shared_memory.py, written for gilpy.

A block is POSIX shared memory (`/dev/shm/<name>`), opened by name in any process. CPython
exposes it as a memoryview over an mmap; gilpy has neither, so `buf` is a `SharedBuffer`: a
view of bytes with memoryview's indexing, slicing (step 1), `tobytes`, `tolist` and `len`,
whose every access reads or writes the shared block itself (see `_posixshmem`). Blocks are
not registered with a resource tracker: unlink what you create.
"""

import os
import _posixshmem

__all__ = ['SharedMemory', 'ShareableList']

_O_RDWR = 0o2
_O_CREX = 0o100 | 0o200
_SHM_NAME_PREFIX = '/psm_'


def _make_filename():
    return _SHM_NAME_PREFIX + os.urandom(4).hex()


class SharedBuffer:
    """Bytes `start` to `start + nbytes` of a shared block, as memoryview's format 'B'."""

    format = 'B'
    itemsize = 1
    readonly = False
    ndim = 1

    def __init__(self, fd, start, nbytes):
        self._fd = fd
        self._start = start
        self.nbytes = nbytes

    def __len__(self):
        return self.nbytes

    def _offset(self, index):
        if not isinstance(index, int):
            raise TypeError('memoryview: invalid slice key')
        if index < 0:
            index += self.nbytes
        if not 0 <= index < self.nbytes:
            raise IndexError('index out of bounds on dimension 1')
        return self._start + index

    def _range(self, key):
        start, stop, step = key.indices(self.nbytes)
        if step != 1:
            raise NotImplementedError("gilpy's SharedBuffer slices only with step 1")
        return start, max(stop - start, 0)

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, n = self._range(key)
            return SharedBuffer(self._fd, self._start + start, n)
        return _posixshmem.load(self._fd, self._offset(key), 'B')

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            start, n = self._range(key)
            data = bytes(value)
            if len(data) != n:
                raise ValueError('memoryview assignment: lvalue and rvalue have different '
                                 'structures')
            _posixshmem.write(self._fd, self._start + start, data)
            return
        offset = self._offset(key)
        if not isinstance(value, int):
            raise TypeError("memoryview: invalid type for format 'B'")
        if not 0 <= value < 256:
            raise ValueError("memoryview: invalid value for format 'B'")
        _posixshmem.store(self._fd, offset, 'B', value)

    def tobytes(self):
        return _posixshmem.read(self._fd, self._start, self.nbytes)

    __bytes__ = tobytes

    def tolist(self):
        return list(self.tobytes())

    def hex(self):
        return self.tobytes().hex()

    def __iter__(self):
        return iter(self.tobytes())

    def __eq__(self, other):
        if isinstance(other, (bytes, bytearray, SharedBuffer)):
            return self.tobytes() == bytes(other)
        return NotImplemented

    __hash__ = None

    def release(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass


class SharedMemory:
    """A named block of shared memory: created with `create=True` (a fresh name when `name`
    is None), or opened by `name` in another process."""

    _name = None
    _fd = -1
    _buf = None

    def __init__(self, name=None, create=False, size=0):
        if not size >= 0:
            raise ValueError("'size' must be a positive integer")
        flags = _O_RDWR
        if create:
            flags |= _O_CREX
            if size == 0:
                raise ValueError("'size' must be a positive number different from zero")
        if name is None and not flags & _O_CREX:
            raise ValueError("'name' can only be None if create=True")
        if name is None:
            while True:
                name = _make_filename()
                try:
                    self._fd = _posixshmem.shm_open(name, flags, 0o600)
                except FileExistsError:
                    continue
                break
        else:
            name = '/' + name
            self._fd = _posixshmem.shm_open(name, flags, 0o600)
        self._name = name
        try:
            if create and size:
                os.ftruncate(self._fd, size)
            size = _posixshmem.size(self._fd)
        except OSError:
            self.unlink()
            raise
        self._size = size
        self._buf = SharedBuffer(self._fd, 0, size)

    def __del__(self):
        try:
            self.close()
        except OSError:
            pass

    def __reduce__(self):
        return (self.__class__, (self.name, False, self.size))

    def __repr__(self):
        return f'{self.__class__.__name__}({self.name!r}, size={self.size})'

    @property
    def buf(self):
        """The block's bytes (a SharedBuffer), or None once closed."""
        return self._buf

    @property
    def name(self):
        """The name other processes open the block by."""
        return self._name[1:] if self._name.startswith('/') else self._name

    @property
    def size(self):
        """The block's size in bytes."""
        return self._size

    def close(self):
        """Stop using the block in this process (it stays until unlinked)."""
        self._buf = None
        fd, self._fd = self._fd, -1
        if fd >= 0:
            os.close(fd)

    def unlink(self):
        """Remove the block's name; the memory goes once every process has closed it."""
        if self._name:
            _posixshmem.shm_unlink(self._name)


class ShareableList:
    def __init__(self, sequence=None, *, name=None):
        raise NotImplementedError("multiprocessing.shared_memory.ShareableList is not provided "
                                  "by gilpy; use SharedMemory or sharedctypes.Array")
