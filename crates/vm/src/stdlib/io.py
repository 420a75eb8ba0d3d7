"""The io module: files over posix file descriptors, in-memory streams (StringIO, BytesIO).

gilpy writes io in Python over the native posix module, as CPython's _pyio.py does over
os.read/os.write; the blocking reads and writes release the GIL inside posix.
"""

import posix as _posix

__all__ = ["open", "IOBase", "RawIOBase", "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair", "BufferedRandom", "TextIOBase",
           "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder", "open_code"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


def _closed_error():
    return ValueError("I/O operation on closed file.")


class IOBase:
    """The base of all I/O classes: closing, context management, iteration by line."""

    _closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation("%s.%s() not supported" % (type(self).__name__, name))

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._check_closed()

    def close(self):
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    @property
    def closed(self):
        return self._closed

    def _check_closed(self):
        if self.closed:
            raise _closed_error()

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _check_readable(self):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable.")

    def _check_writable(self):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable.")

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._check_closed()
        return False

    def readline(self, size=-1):
        self._check_closed()
        res = bytearray()
        while size is None or size < 0 or len(res) < size:
            b = self.read(1)
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        return bytes(res)


class BufferedIOBase(IOBase):
    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None


def _mode_flags(mode):
    """posix.open flags and FileIO's mode string for a mode like 'r', 'wb', 'a+'."""
    kind = mode.replace("b", "").replace("+", "").replace("t", "")
    plus = "+" in mode
    if kind == "r":
        flags = _posix.O_RDWR if plus else _posix.O_RDONLY
    elif kind == "w":
        flags = (_posix.O_RDWR if plus else _posix.O_WRONLY) | _posix.O_CREAT | _posix.O_TRUNC
    elif kind == "a":
        flags = (_posix.O_RDWR if plus else _posix.O_WRONLY) | _posix.O_CREAT | _posix.O_APPEND
    else:
        flags = (_posix.O_RDWR if plus else _posix.O_WRONLY) | _posix.O_CREAT | _posix.O_EXCL
    rawmode = {"r": "rb", "w": "wb", "a": "ab", "x": "xb"}[kind]
    if plus:
        rawmode += "+"
    return flags | _posix.O_CLOEXEC, rawmode


class FileIO(RawIOBase):
    """Raw binary I/O on a file descriptor."""

    def __init__(self, file, mode="r", closefd=True, opener=None):
        self._fd = -1
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if not isinstance(mode, str):
            raise TypeError("FileIO() argument 'mode' must be str, not " + type(mode).__name__)
        flags, self.mode = _mode_flags(mode)
        self._readable = "r" in self.mode or "+" in self.mode
        self._writable = not self.mode.startswith("r") or "+" in self.mode
        self._appending = "a" in self.mode
        self.name = file
        if isinstance(file, int):
            if file < 0:
                raise ValueError("negative file descriptor")
            self._fd = file
            self._closefd = closefd
        else:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            if opener is None:
                self._fd = _posix.open(file, flags, 0o666)
            else:
                self._fd = opener(file, flags)
            self._closefd = True
        if self._appending:
            try:
                _posix.lseek(self._fd, 0, SEEK_END)
            except OSError:
                pass

    def __repr__(self):
        if self.closed:
            return "<_io.FileIO [closed]>"
        return "<_io.FileIO name=%r mode=%r closefd=%r>" % (self.name, self.mode, self._closefd)

    def _check_readable(self):
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")

    def _check_writable(self):
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")

    def read(self, size=-1):
        self._check_closed()
        self._check_readable()
        if size is None or size < 0:
            return self.readall()
        return _posix.read(self._fd, size)

    def readall(self):
        self._check_closed()
        self._check_readable()
        chunks = []
        while True:
            data = _posix.read(self._fd, 65536)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._check_closed()
        self._check_writable()
        return _posix.write(self._fd, bytes(b))

    def seek(self, pos, whence=SEEK_SET):
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        self._check_closed()
        return _posix.lseek(self._fd, pos, whence)

    def tell(self):
        self._check_closed()
        return _posix.lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        self._check_closed()
        self._check_writable()
        if size is None:
            size = self.tell()
        _posix.ftruncate(self._fd, size)
        return size

    def close(self):
        if not self.closed:
            try:
                super().close()
            finally:
                if self._closefd and self._fd >= 0:
                    _posix.close(self._fd)

    def seekable(self):
        self._check_closed()
        try:
            self.tell()
        except OSError:
            return False
        return True

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def fileno(self):
        self._check_closed()
        return self._fd

    def isatty(self):
        self._check_closed()
        return _posix.isatty(self._fd)

    @property
    def closefd(self):
        return self._closefd


class _BufferedBase(BufferedIOBase):
    """A buffer over a raw stream: a read-ahead buffer and a write buffer."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("invalid buffer size")
        self.raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._rpos = 0
        self._wbuf = bytearray()

    def __repr__(self):
        name = getattr(self.raw, "name", None)
        cls = "_io." + type(self).__name__
        if name is None:
            return "<%s>" % cls
        return "<%s name=%r>" % (cls, name)

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    @property
    def closed(self):
        return self.raw.closed

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def seekable(self):
        return self.raw.seekable()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def _need_read(self):
        self._check_closed()
        if not self.raw.readable():
            raise UnsupportedOperation("read")

    def _need_write(self):
        self._check_closed()
        if not self.raw.writable():
            raise UnsupportedOperation("write")

    def _drop_read_ahead(self):
        ahead = len(self._rbuf) - self._rpos
        if ahead:
            self.raw.seek(-ahead, SEEK_CUR)
        self._rbuf = b""
        self._rpos = 0

    def read(self, size=-1):
        self._need_read()
        self._flush_writes()
        if size is not None and size < -1:
            raise ValueError("read length must be non-negative or -1")
        avail = self._rbuf[self._rpos:]
        if size is None or size < 0:
            self._rbuf, self._rpos = b"", 0
            rest = self.raw.readall()
            return avail + rest if rest else avail
        if len(avail) >= size:
            self._rpos += size
            return avail[:size]
        chunks = [avail]
        got = len(avail)
        self._rbuf, self._rpos = b"", 0
        while got < size:
            data = self.raw.read(max(self.buffer_size, size - got))
            if not data:
                break
            need = size - got
            if len(data) > need:
                self._rbuf, self._rpos = data, need
                data = data[:need]
            chunks.append(data)
            got += len(data)
        return b"".join(chunks)

    def read1(self, size=-1):
        self._need_read()
        self._flush_writes()
        if self._rpos >= len(self._rbuf):
            self._rbuf = self.raw.read(self.buffer_size if size is None or size < 0 else max(size, 1))
            self._rpos = 0
        avail = self._rbuf[self._rpos:]
        if size is not None and 0 <= size < len(avail):
            avail = avail[:size]
        self._rpos += len(avail)
        return avail

    def peek(self, size=0):
        self._need_read()
        if self._rpos >= len(self._rbuf):
            self._rbuf = self.raw.read(self.buffer_size)
            self._rpos = 0
        return self._rbuf[self._rpos:]

    def readline(self, size=-1):
        self._need_read()
        self._flush_writes()
        chunks = []
        total = 0
        while True:
            if self._rpos >= len(self._rbuf):
                self._rbuf = self.raw.read(self.buffer_size)
                self._rpos = 0
                if not self._rbuf:
                    break
            end = self._rbuf.find(b"\n", self._rpos)
            stop = len(self._rbuf) if end < 0 else end + 1
            if size is not None and size >= 0 and total + stop - self._rpos > size:
                stop = self._rpos + size - total
            piece = self._rbuf[self._rpos:stop]
            self._rpos = stop
            chunks.append(piece)
            total += len(piece)
            if piece.endswith(b"\n") or (size is not None and 0 <= size <= total):
                break
        return b"".join(chunks)

    def write(self, b):
        self._need_write()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if self._rbuf:
            self._drop_read_ahead()
        data = bytes(b)
        self._wbuf += data
        if len(self._wbuf) >= self.buffer_size:
            self._flush_writes()
        return len(data)

    def _flush_writes(self):
        while self._wbuf:
            n = self.raw.write(self._wbuf)
            del self._wbuf[:n]

    def flush(self):
        self._check_closed()
        self._flush_writes()

    def seek(self, pos, whence=SEEK_SET):
        self._check_closed()
        if whence not in (0, 1, 2):
            raise ValueError("whence value %r unsupported" % (whence,))
        self._flush_writes()
        if whence == SEEK_CUR:
            pos -= len(self._rbuf) - self._rpos
        self._rbuf, self._rpos = b"", 0
        return self.raw.seek(pos, whence)

    def tell(self):
        self._check_closed()
        return self.raw.tell() - (len(self._rbuf) - self._rpos) + len(self._wbuf)

    def truncate(self, pos=None):
        self._check_closed()
        self._flush_writes()
        if pos is None:
            pos = self.tell()
        self._drop_read_ahead()
        return self.raw.truncate(pos)

    def close(self):
        if not self.raw.closed:
            try:
                self.flush()
            finally:
                self.raw.close()

    def detach(self):
        self.flush()
        raw = self.raw
        self.raw = None
        return raw


class BufferedReader(_BufferedBase):
    pass


class BufferedWriter(_BufferedBase):
    pass


class BufferedRandom(_BufferedBase):
    pass


class BufferedRWPair(BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return True

    def writable(self):
        return True

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


def _normalize_encoding(encoding):
    e = encoding.lower().replace("_", "-")
    if e in ("utf8", "utf-8", "u8", "utf", "cp65001"):
        return "utf-8"
    if e in ("latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819", "latin"):
        return "latin-1"
    if e in ("ascii", "us-ascii", "646"):
        return "ascii"
    return e


def _utf8_complete(b):
    """The length of the longest prefix of `b` that does not end inside a UTF-8 sequence."""
    n = len(b)
    for i in range(1, min(4, n) + 1):
        c = b[n - i]
        if c & 0xC0 == 0x80:
            continue
        if c >= 0xC0:
            need = 2 if c < 0xE0 else 3 if c < 0xF0 else 4
            if need > i:
                return n - i
        return n
    return n


def text_encoding(encoding, stacklevel=2):
    return "locale" if encoding is None else encoding


class TextIOWrapper(TextIOBase):
    """Text over a buffered binary stream: decoding, encoding and newline translation."""

    _CHUNK = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("illegal newline type: %s" % (type(newline).__name__,))
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % (newline,))
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        if not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not "
                            + type(encoding).__name__)
        self._codec = _normalize_encoding(encoding)
        try:
            "".encode(self._codec)
        except LookupError:
            raise LookupError("unknown encoding: " + encoding) from None
        self.buffer = buffer
        self._encoding = encoding
        self._errors = errors if errors is not None else "strict"
        self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._decoded = ""
        self._dpos = 0
        self._pending = b""
        self._eof = False
        self._seen_newlines = set()

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        try:
            parts.append(" name=%r" % (self.name,))
        except AttributeError:
            pass
        try:
            parts.append(" mode=%r" % (self.mode,))
        except AttributeError:
            pass
        parts.append(" encoding=%r>" % (self._encoding,))
        return "".join(parts)

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)

    @property
    def newlines(self):
        if not self._seen_newlines:
            return None
        kinds = tuple(k for k in ("\r", "\n", "\r\n") if k in self._seen_newlines)
        return kinds[0] if len(kinds) == 1 else kinds

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def seekable(self):
        return self.buffer.seekable()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def flush(self):
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def detach(self):
        self.flush()
        buf = self.buffer
        self.buffer = None
        return buf

    def _need_read(self):
        self._check_closed()
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % (type(s).__name__,))
        if not self.buffer.writable():
            raise UnsupportedOperation("not writable")
        text = s
        if self._newline in ("\r", "\r\n") and "\n" in text:
            text = text.replace("\n", self._newline)
        if self._decoded or self._pending:
            self._rewind_read_ahead()
        self.buffer.write(text.encode(self._codec, self._errors))
        if self._write_through or (self._line_buffering and ("\n" in s or "\r" in s)):
            self.buffer.flush()
        return len(s)

    def _rewind_read_ahead(self):
        pos = self.tell()
        self._decoded, self._dpos, self._pending, self._eof = "", 0, b"", False
        self.buffer.seek(pos)

    def _translate(self, text, final):
        """Apply universal-newline translation to freshly decoded text."""
        if text.endswith("\r") and not final:
            self._pending = b"\r" + self._pending
            text = text[:-1]
        if self._newline is None:
            lone = text.replace("\r\n", "")
            for kind, present in (("\r\n", len(lone) < len(text)), ("\r", "\r" in lone), ("\n", "\n" in lone)):
                if present:
                    self._seen_newlines.add(kind)
            if "\r" in text:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def _read_chunk(self):
        """Decode one more chunk into the buffer; False at end of file."""
        if self._eof:
            return False
        data = self.buffer.read1(self._CHUNK) if hasattr(self.buffer, "read1") else self.buffer.read(self._CHUNK)
        raw = self._pending + data
        final = not data
        if final:
            self._eof = True
            cut = len(raw)
        elif self._codec == "utf-8":
            cut = _utf8_complete(raw)
        else:
            cut = len(raw)
        self._pending = raw[cut:]
        text = raw[:cut].decode(self._codec, self._errors)
        text = self._translate(text, final)
        if self._dpos:
            self._decoded = self._decoded[self._dpos:]
            self._dpos = 0
        self._decoded += text
        return not final or bool(text)

    def read(self, size=-1):
        self._need_read()
        self.buffer.flush()
        if size is None or size < 0:
            while self._read_chunk():
                pass
            out = self._decoded[self._dpos:]
            self._decoded, self._dpos = "", 0
            return out
        while len(self._decoded) - self._dpos < size and self._read_chunk():
            pass
        out = self._decoded[self._dpos:self._dpos + size]
        self._dpos += len(out)
        return out

    def _line_end(self, start):
        """Index just past the first line ending at or after `start`, or -1."""
        d = self._decoded
        if self._newline is None or self._newline == "\n":
            i = d.find("\n", start)
            return -1 if i < 0 else i + 1
        if self._newline == "":
            for i in range(start, len(d)):
                c = d[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    if i + 1 < len(d):
                        return i + 2 if d[i + 1] == "\n" else i + 1
                    return -1 if not self._eof else i + 1
            return -1
        i = d.find(self._newline, start)
        return -1 if i < 0 else i + len(self._newline)

    def readline(self, size=-1):
        self._need_read()
        self.buffer.flush()
        if size is None:
            size = -1
        scanned = self._dpos
        while True:
            end = self._line_end(scanned)
            if end >= 0:
                break
            if 0 <= size <= len(self._decoded) - self._dpos:
                break
            scanned = max(self._dpos, len(self._decoded) - 1)
            if not self._read_chunk():
                break
            scanned = self._dpos if scanned < self._dpos else scanned
        if end < 0:
            end = len(self._decoded)
        if 0 <= size < end - self._dpos:
            end = self._dpos + size
        out = self._decoded[self._dpos:end]
        self._dpos = end
        return out

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check_closed()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        self.buffer.flush()
        pos = self.buffer.tell()
        ahead = self._decoded[self._dpos:].encode(self._codec, self._errors)
        return pos - len(self._pending) - len(ahead)

    def seek(self, cookie, whence=SEEK_SET):
        self._check_closed()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == SEEK_CUR:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = SEEK_SET
        elif whence == SEEK_END:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
        elif whence != SEEK_SET:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        elif cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self.flush()
        self._decoded, self._dpos, self._pending, self._eof = "", 0, b"", False
        return self.buffer.seek(cookie, whence)

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis, line_buffering=None,
                    write_through=None):
        self.flush()
        if encoding is not None:
            self._encoding = encoding
            self._codec = _normalize_encoding(encoding)
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            self._newline = newline
        if line_buffering is not None:
            self._line_buffering = line_buffering
        if write_through is not None:
            self._write_through = write_through


class StringIO(TextIOBase):
    """An in-memory text stream."""

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % (type(initial_value).__name__,))
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self._newline = newline
        self._buf = self._translate_in(initial_value)
        self._tail = []
        self._pos = 0

    def _translate_in(self, s):
        if self._newline is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if self._newline in ("\r", "\r\n"):
            return s.replace("\n", self._newline)
        return s

    def _value(self):
        if self._tail:
            self._buf += "".join(self._tail)
            self._tail = []
        return self._buf

    def __repr__(self):
        return "<_io.StringIO object at %#x>" % (id(self),)

    def getvalue(self):
        self._check_closed()
        return self._value()

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    @property
    def line_buffering(self):
        return False

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % (type(s).__name__,))
        n = len(s)
        s = self._translate_in(s)
        end = len(self._buf) + sum(len(t) for t in self._tail) if self._tail else len(self._buf)
        if self._pos == end:
            self._tail.append(s)
        else:
            buf = self._value()
            if self._pos > len(buf):
                buf += "\0" * (self._pos - len(buf))
            self._buf = buf[:self._pos] + s + buf[self._pos + len(s):]
        self._pos += len(s)
        return n

    def read(self, size=-1):
        self._check_closed()
        buf = self._value()
        if size is None or size < 0:
            out = buf[self._pos:]
        else:
            out = buf[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    def readline(self, size=-1):
        self._check_closed()
        buf = self._value()
        if self._newline == "" :
            end = self._pos
            while end < len(buf) and buf[end] not in "\r\n":
                end += 1
            if end < len(buf):
                end += 2 if buf[end] == "\r" and buf[end + 1:end + 2] == "\n" else 1
        else:
            sep = "\n" if self._newline is None else self._newline
            i = buf.find(sep, self._pos)
            end = len(buf) if i < 0 else i + len(sep)
        if size is not None and 0 <= size < end - self._pos:
            end = self._pos + size
        out = buf[self._pos:end]
        self._pos = end
        return out

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % (pos,))
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._value())
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % (whence,))
        return self._pos

    def truncate(self, pos=None):
        self._check_closed()
        if pos is None:
            pos = self._pos
        if pos < 0:
            raise ValueError("Negative size value %d" % (pos,))
        self._buf = self._value()[:pos]
        return pos

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed


class BytesIO(BufferedIOBase):
    """An in-memory binary stream."""

    def __init__(self, initial_bytes=None):
        self._buf = bytearray(initial_bytes) if initial_bytes is not None else bytearray()
        self._pos = 0

    def getvalue(self):
        self._check_closed()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_closed()
        return memoryview(self._buf)

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        out = bytes(self._buf[self._pos:end])
        self._pos = max(self._pos, end)
        return out

    read1 = read

    def readline(self, size=-1):
        self._check_closed()
        i = self._buf.find(b"\n", self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and 0 <= size < end - self._pos:
            end = self._pos + size
        out = bytes(self._buf[self._pos:end])
        self._pos = max(self._pos, end)
        return out

    def write(self, b):
        self._check_closed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        n = len(data)
        if self._pos > len(self._buf):
            self._buf += b"\0" * (self._pos - len(self._buf))
        self._buf[self._pos:self._pos + n] = data
        self._pos += n
        return n

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % (pos,))
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % (whence,))
        return self._pos

    def truncate(self, pos=None):
        self._check_closed()
        if pos is None:
            pos = self._pos
        if pos < 0:
            raise ValueError("negative size value %d" % (pos,))
        del self._buf[pos:]
        return pos

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed


class IncrementalNewlineDecoder:
    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.pendingcr = False

    def decode(self, input, final=False):
        output = self.decoder.decode(input, final=final) if self.decoder is not None else input
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        if self.translate:
            output = output.replace("\r\n", "\n").replace("\r", "\n")
        return output

    def reset(self):
        self.pendingcr = False


_VALID_MODE_CHARS = set("axrwb+t")


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
         opener=None):
    """Open a file and return a stream (see the io module's documentation)."""
    if not isinstance(file, int):
        import os
        file = os.fspath(file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % (type(mode).__name__,))
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % (type(buffering).__name__,))
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not %s" % (type(encoding).__name__,))
    modes = set(mode)
    if modes - _VALID_MODE_CHARS or len(mode) > len(modes):
        raise ValueError("invalid mode: %r" % (mode,))
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    updating = "+" in modes
    text = "t" in modes
    binary = "b" in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary mode, "
                      "the default buffer size will be used", RuntimeWarning, 2)
    raw = FileIO(file, (creating and "x" or "") + (reading and "r" or "") + (writing and "w" or "")
                 + (appending and "a" or "") + (updating and "+" or ""), closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or buffering < 0 and raw.isatty():
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        else:
            buffer = BufferedReader(raw, buffering)
        result = buffer
        if binary:
            return result
        text = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result = text
        text.mode = mode
        return result
    except BaseException:
        result.close()
        raise


def open_code(path):
    return open(path, "rb")
