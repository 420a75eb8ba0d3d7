"""Temporary files and directories with unpredictable names, created so that no other
process can take them first (`O_EXCL`): gilpy's counterpart of tempfile.
SpooledTemporaryFile is not provided."""

import io as _io
import os as _os

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir",
           "gettempdir", "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_FILE_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | getattr(_os, "O_CLOEXEC", 0)


def _random_name():
    """Eight characters drawn from the operating system's random source."""
    return "".join(_NAME_CHARS[b % len(_NAME_CHARS)] for b in _os.urandom(8))


def _candidate_dirs():
    for env in ("TMPDIR", "TEMP", "TMP"):
        value = _os.environ.get(env)
        if value:
            yield value
    yield from ("/tmp", "/var/tmp", "/usr/tmp")
    try:
        yield _os.getcwd()
    except OSError:
        yield _os.curdir


def _find_tempdir():
    for directory in _candidate_dirs():
        if directory != _os.curdir:
            directory = _os.path.abspath(directory)
        if _os.path.isdir(directory) and _os.access(directory, _os.W_OK | _os.X_OK):
            return directory
    raise FileNotFoundError(2, "No usable temporary directory found in %s"
                            % list(_candidate_dirs()))


def gettempdir():
    """The directory temporary files go to by default."""
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    return _os.fsencode(gettempdir())


def gettempprefix():
    return template


def gettempprefixb():
    return _os.fsencode(template)


def _parts(suffix, prefix, dir):
    """The suffix, prefix and directory to use, all str or all bytes."""
    values = [v for v in (suffix, prefix, dir) if v is not None]
    as_bytes = any(isinstance(v, bytes) for v in values)
    if as_bytes and not all(isinstance(v, bytes) for v in values):
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    if as_bytes:
        return (suffix or b"", template.encode() if prefix is None else prefix,
                gettempdirb() if dir is None else dir)
    return (suffix or "", template if prefix is None else prefix,
            gettempdir() if dir is None else dir)


def _create(suffix, prefix, dir, make):
    """`make(path)` on fresh random names until one is not taken."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        name = _random_name()
        if isinstance(prefix, bytes):
            name = name.encode()
        path = _os.path.join(dir, prefix + name + suffix)
        try:
            return make(path), _os.path.abspath(path)
        except FileExistsError:
            continue
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """A new file opened for reading and writing by this user only: (descriptor, path)."""
    return _create(suffix, prefix, dir, lambda path: _os.open(path, _FILE_FLAGS, 0o600))


def mkdtemp(suffix=None, prefix=None, dir=None):
    """A new directory only this user may use; its absolute path."""
    return _create(suffix, prefix, dir, lambda path: _os.mkdir(path, 0o700))[1]


def mktemp(suffix="", prefix=template, dir=None):
    """A name no file has yet (unsafe: another process may take it first)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object with the path it was made at (`name`), removed at close when
    `delete`; other attributes are the file's."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._remove()
        return result

    def __iter__(self):
        yield from self.file

    def close(self):
        try:
            self.file.close()
        finally:
            self._remove()

    def _remove(self):
        if self.delete and not self._closed:
            self._closed = True
            try:
                _os.unlink(self.name)
            except FileNotFoundError:
                pass


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name, removed when closed (unless not `delete`)."""
    fd, path = mkstemp(suffix, prefix, dir)
    try:
        file = _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                        errors=errors)
    except BaseException:
        _os.unlink(path)
        _os.close(fd)
        raise
    return _TemporaryFileWrapper(file, path, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file without a name (removed from its directory at once)."""
    fd, path = mkstemp(suffix, prefix, dir)
    try:
        _os.unlink(path)
        return _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                        errors=errors)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("tempfile.SpooledTemporaryFile is not provided by gilpy "
                                  "(use TemporaryFile)")


def _remove_tree(path, ignore_errors):
    try:
        entries = list(_os.scandir(path))
    except OSError:
        if not ignore_errors:
            raise
        return
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                _remove_tree(entry.path, ignore_errors)
            else:
                _os.unlink(entry.path)
        except OSError:
            if not ignore_errors:
                raise
    try:
        _os.rmdir(path)
    except OSError:
        if not ignore_errors:
            raise


class TemporaryDirectory:
    """A new directory (`name`) removed with its contents by `cleanup()` or at the end of a
    `with` block, which binds the name."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._done and _os.path.lexists(self.name):
            self._done = True
            _remove_tree(self.name, self._ignore_cleanup_errors)
