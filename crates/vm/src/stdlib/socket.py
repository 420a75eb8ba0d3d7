"""BSD sockets: the `socket` class, `socketpair`, `create_connection`, `create_server`.

Counterpart of CPython's Lib/socket.py and the socket object of Modules/socketmodule.c,
written for gilpy over the native `_socket` functions (which release the GIL while they
block). A socket's timeout is kept here and passed to each blocking call.
"""

import io
import os
import sys
import _socket
from _socket import *
from enum import IntEnum

__all__ = ["socket", "socketpair", "create_connection", "create_server", "fromfd",
           "getdefaulttimeout", "setdefaulttimeout", "timeout", "error", "herror", "gaierror",
           "has_dualstack_ipv6", "SocketIO", "AddressFamily", "SocketKind"]

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


AddressFamily = IntEnum('AddressFamily', {'AF_UNSPEC': 0, 'AF_UNIX': 1, 'AF_INET': 2,
                                           'AF_INET6': 10}, module=__name__)
SocketKind = IntEnum('SocketKind', {'SOCK_STREAM': 1, 'SOCK_DGRAM': 2, 'SOCK_RAW': 3,
                                    'SOCK_SEQPACKET': 5}, module=__name__)
globals().update(AddressFamily.__members__)
globals().update(SocketKind.__members__)

_defaulttimeout = None


def getdefaulttimeout():
    return _defaulttimeout


def setdefaulttimeout(timeout):
    global _defaulttimeout
    _defaulttimeout = _check_timeout(timeout)


def _check_timeout(value):
    if value is None:
        return None
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise TypeError("Timeout value must be int, float or None") from None
    if value < 0:
        raise ValueError("Timeout value out of range")
    return value


def _intenum(cls, value):
    try:
        return cls(value)
    except ValueError:
        return value


class socket(object):
    """A socket: `family` (AF_INET, AF_INET6, AF_UNIX), `type` (SOCK_STREAM, SOCK_DGRAM)."""

    __slots__ = ["__weakref__", "_fd", "_family", "_type", "proto", "_timeout",
                 "_io_refs", "_closed"]

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if family == -1:
            family = AF_INET
        if type == -1:
            type = SOCK_STREAM
        if proto == -1:
            proto = 0
        if fileno is None:
            fileno = _socket.socket(family, type, proto)
        self._fd = fileno
        self._family = family
        self._type = type
        self.proto = proto
        self._io_refs = 0
        self._closed = False
        self._timeout = None
        self.settimeout(_defaulttimeout)

    @property
    def family(self):
        return _intenum(AddressFamily, self._family)

    @property
    def type(self):
        return _intenum(SocketKind, self._type)

    @property
    def timeout(self):
        return self._timeout

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__,
            " [closed]" if closed else "", self.fileno(), self._family, self._type, self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except OSError:
                pass
        return s + '>'

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def _check(self):
        if self._fd < 0:
            raise OSError(9, "Bad file descriptor")
        return self._fd

    def fileno(self):
        return self._fd

    def dup(self):
        sock = self.__class__(self._family, self._type, self.proto,
                              fileno=os.dup(self._check()))
        sock.settimeout(self.gettimeout())
        return sock

    def settimeout(self, value):
        self._timeout = _check_timeout(value)
        if self._fd >= 0:
            _socket.setblocking(self._fd, self._timeout is None)

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self.settimeout(None if flag else 0.0)

    def getblocking(self):
        return self._timeout != 0.0

    def bind(self, address):
        _socket.bind(self._check(), self._family, address)

    def listen(self, backlog=None):
        if backlog is None:
            backlog = min(SOMAXCONN, 128)
        _socket.listen(self._check(), max(backlog, 0))

    def accept(self):
        fd, addr = _socket.accept(self._check(), self._timeout)
        sock = socket(self._family, self._type, self.proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def connect(self, address):
        _socket.connect(self._check(), self._family, address, self._timeout)

    def connect_ex(self, address):
        try:
            self.connect(address)
        except TimeoutError:
            return 11
        except OSError as e:
            if e.errno is None:
                raise
            return e.errno
        return 0

    def send(self, data, flags=0):
        return _socket.send(self._check(), data, flags, self._timeout)

    def sendall(self, data, flags=0):
        _socket.sendall(self._check(), data, flags, self._timeout)

    def sendto(self, data, flags_or_addr, addr=None):
        if addr is None:
            flags, addr = 0, flags_or_addr
        else:
            flags = flags_or_addr
        return _socket.sendto(self._check(), data, flags, self._family, addr, self._timeout)

    def recv(self, bufsize, flags=0):
        return _socket.recv(self._check(), bufsize, flags, self._timeout)

    def recvfrom(self, bufsize, flags=0):
        return _socket.recvfrom(self._check(), bufsize, flags, self._timeout)

    def recv_into(self, buffer, nbytes=0, flags=0):
        view = memoryview(buffer)
        if nbytes == 0:
            nbytes = len(view)
        data = self.recv(nbytes, flags)
        view[:len(data)] = data
        return len(data)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        view = memoryview(buffer)
        if nbytes == 0:
            nbytes = len(view)
        data, addr = self.recvfrom(nbytes, flags)
        view[:len(data)] = data
        return len(data), addr

    def shutdown(self, how):
        _socket.shutdown(self._check(), how)

    def getsockname(self):
        return _socket.getsockname(self._check())

    def getpeername(self):
        return _socket.getpeername(self._check())

    def setsockopt(self, level, optname, value, optlen=None):
        if isinstance(value, (bytes, bytearray)):
            value = int.from_bytes(value, sys.byteorder)
        _socket.setsockopt(self._check(), level, optname, value)

    def getsockopt(self, level, optname, buflen=None):
        return _socket.getsockopt(self._check(), level, optname)

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        """A file object over the socket ('r', 'w', 'rw', with 'b' for binary)."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        writing = "w" in mode
        reading = "r" in mode or not writing
        binary = "b" in mode
        rawmode = ("r" if reading else "") + ("w" if writing else "")
        raw = SocketIO(self, rawmode)
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        if reading and writing:
            buffer = io.BufferedRWPair(raw, raw, buffering)
        elif reading:
            buffer = io.BufferedReader(raw, buffering)
        else:
            buffer = io.BufferedWriter(raw, buffering)
        if binary:
            return buffer
        text = io.TextIOWrapper(buffer, encoding, errors, newline)
        text.mode = mode
        return text

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self):
        fd, self._fd = self._fd, -1
        if fd >= 0:
            os.close(fd)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        self._closed = True
        fd, self._fd = self._fd, -1
        return fd

    def __del__(self):
        try:
            if self._fd >= 0:
                self._real_close()
        except (AttributeError, OSError):
            pass


def fromfd(fd, family, type, proto=0):
    """A socket over a duplicate of descriptor `fd`."""
    return socket(family, type, proto, os.dup(fd))


class SocketIO(io.RawIOBase):
    """The raw file under `socket.makefile`."""

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError("invalid mode: %r" % mode)
        io.RawIOBase.__init__(self)
        self._sock = sock
        if "b" not in mode:
            mode += "b"
        self._mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def readinto(self, b):
        self._check_open()
        return self._sock.recv_into(b)

    def write(self, b):
        self._check_open()
        return self._sock.send(b)

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._reading

    def writable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._writing

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return False

    def fileno(self):
        self._check_open()
        return self._sock.fileno()

    @property
    def name(self):
        return self.fileno() if not self.closed else -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        if self.closed:
            return
        io.RawIOBase.close(self)
        self._sock._decref_socketios()
        self._sock = None


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """Two connected sockets (AF_UNIX by default)."""
    if family is None:
        family = AF_UNIX
    a, b = _socket.socketpair(family, type)
    return socket(family, type, proto, a), socket(family, type, proto, b)


_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None):
    """Connect to (host, port), trying each address getaddrinfo gives, and return the socket."""
    host, port = address
    err = None
    for af, socktype, proto, canonname, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            err = None
            return sock
        except OSError as exc:
            err = exc
            if sock is not None:
                sock.close()
    if err is not None:
        raise err
    raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """A listening TCP socket bound to `address`."""
    if reuse_port and not hasattr(_socket, "SO_REUSEPORT"):
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6:
        raise ValueError("dualstack_ipv6 not supported on this platform")
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        try:
            sock.bind(address)
        except OSError as err:
            raise OSError(err.errno, '%s (while attempting to bind on address %r)' %
                          (err.strerror, address)) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except OSError:
        sock.close()
        raise


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """(family, type, proto, canonname, sockaddr) for each address of host and port."""
    return [(_intenum(AddressFamily, af), _intenum(SocketKind, kind), proto, canonname, sa)
            for af, kind, proto, canonname, sa
            in _socket.getaddrinfo(host, port, family, type, proto, flags)]


def getfqdn(name=''):
    name = name.strip()
    if not name or name == '0.0.0.0':
        name = gethostname()
    return name
