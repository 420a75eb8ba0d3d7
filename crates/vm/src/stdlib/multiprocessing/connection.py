"""Connections between processes: Pipe(), Connection objects and wait().

Counterpart of CPython's Lib/multiprocessing/connection.py (the Unix half, without
Listener/Client), written for gilpy. A message is a 4-byte big-endian length and the bytes, as
CPython sends them, so the framing is the same.
"""

import os
import _posixsubprocess
from . import reduction

__all__ = ['Pipe', 'Connection', 'wait']

_ForkingPickler = reduction.ForkingPickler


class Connection:
    """One end of a pipe or socket pair carrying pickled objects and byte messages."""

    _handle = None

    def __init__(self, handle, readable=True, writable=True):
        if handle < 0:
            raise ValueError("invalid handle")
        if not readable and not writable:
            raise ValueError("at least one of `readable` and `writable` must be True")
        self._handle = handle
        self._readable = readable
        self._writable = writable

    def __del__(self):
        if self._handle is not None:
            self._close()

    def _check_closed(self):
        if self._handle is None:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        return self._handle is None

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        self._check_closed()
        return self._handle

    def _close(self):
        try:
            os.close(self._handle)
        except OSError:
            pass

    def close(self):
        if self._handle is not None:
            try:
                self._close()
            finally:
                self._handle = None

    def _send(self, buf):
        view = bytes(buf)
        while view:
            n = os.write(self._handle, view)
            view = view[n:]

    def _recv(self, size):
        chunks = []
        remaining = size
        while remaining > 0:
            chunk = os.read(self._handle, min(remaining, 1 << 20))
            if not chunk:
                if remaining == size:
                    raise EOFError
                raise OSError("got end of file during message")
            chunks.append(chunk)
            remaining -= len(chunk)
        return b''.join(chunks)

    def send_bytes(self, buf, offset=0, size=None):
        """Send the bytes of `buf` (from `offset`, `size` of them) as one message."""
        self._check_closed()
        self._check_writable()
        buf = bytes(buf)
        n = len(buf)
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        data = buf[offset:offset + size]
        if len(data) > 0x7fffffff:
            header = (-1).to_bytes(4, 'big', signed=True) + len(data).to_bytes(8, 'big')
        else:
            header = len(data).to_bytes(4, 'big', signed=True)
        self._send(header + data)

    def send(self, obj):
        """Send a picklable object."""
        self._check_closed()
        self._check_writable()
        self.send_bytes(_ForkingPickler.dumps(obj))

    def _recv_message(self):
        size = int.from_bytes(self._recv(4), 'big', signed=True)
        if size == -1:
            size = int.from_bytes(self._recv(8), 'big')
        return self._recv(size)

    def recv_bytes(self, maxlength=None):
        """Receive one byte message; EOFError when the other end is closed."""
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        data = self._recv_message()
        if maxlength is not None and len(data) > maxlength:
            raise OSError("bad message length")
        return data

    def recv_bytes_into(self, buf, offset=0):
        self._check_closed()
        self._check_readable()
        data = self._recv_message()
        if offset + len(data) > len(buf):
            raise BufferTooShort(data)
        buf[offset:offset + len(data)] = data
        return len(data)

    def recv(self):
        """Receive one pickled object."""
        self._check_closed()
        self._check_readable()
        return _ForkingPickler.loads(self._recv_message())

    def poll(self, timeout=0.0):
        """Whether there is data to read (or the other end closed), waiting up to `timeout`."""
        self._check_closed()
        self._check_readable()
        return bool(_posixsubprocess.poll([self._handle], timeout))

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()

    def __reduce__(self):
        return rebuild_connection, (reduction.DupFd(self.fileno()), self._readable,
                                    self._writable)


class BufferTooShort(Exception):
    pass


def rebuild_connection(df, readable, writable):
    return Connection(df.detach(), readable, writable)


def Pipe(duplex=True):
    """A pair of connected Connections; one-way (reader, writer) when not `duplex`."""
    if duplex:
        s1, s2 = _posixsubprocess.socketpair()
        return Connection(s1), Connection(s2)
    r, w = os.pipe()
    return Connection(r, writable=False), Connection(w, readable=False)


def _fileno(obj):
    if isinstance(obj, int):
        return obj
    return obj.fileno()


def wait(object_list, timeout=None):
    """The objects of `object_list` (connections, sentinels) that are ready, waiting at most
    `timeout` seconds."""
    object_list = list(object_list)
    if not object_list:
        if timeout is not None:
            import time
            time.sleep(timeout)
        return []
    by_fd = {}
    for o in object_list:
        by_fd.setdefault(_fileno(o), []).append(o)
    ready = _posixsubprocess.poll(list(by_fd), timeout)
    return [o for fd in ready for o in by_fd[fd]]
