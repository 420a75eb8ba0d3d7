"""OS routines: gilpy's os module, written over the native posix module (as CPython's os.py)."""

import sys
import posix
from posix import *
from posix import _exit
import posixpath as path

sys.modules["os.path"] = path

name = "posix"
linesep = "\n"
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
supports_bytes_environ = True
error = OSError

__all__ = ["path", "name", "linesep", "sep", "altsep", "extsep", "pathsep", "curdir", "pardir",
           "defpath", "devnull", "environ", "getenv", "makedirs", "removedirs", "walk",
           "fspath", "PathLike", "stat_result", "DirEntry", "scandir", "stat", "lstat", "fstat"]


def fspath(p):
    """Return the file system representation of the path."""
    if isinstance(p, (str, bytes)):
        return p
    t = type(p)
    try:
        fn = t.__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not " + t.__name__) from None
    r = fn(p)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (t.__name__, type(r).__name__))


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


class PathLike:
    """Abstract base class for path-like objects."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, "__fspath__")


class _Environ(dict):
    """os.environ: a dict of the process environment (str keys and values)."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not " + type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not " + type(value).__name__)
        dict.__setitem__(self, key, value)

    def copy(self):
        return dict(self)

    def __repr__(self):
        return "environ(" + dict.__repr__(self) + ")"


environ = _Environ(posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


class stat_result(tuple):
    """The result of os.stat(): a 10-tuple with st_* attributes."""

    n_sequence_fields = 10
    n_fields = 10

    def __new__(cls, seq):
        seq = tuple(seq)
        ints = seq[:7] + tuple(int(t) for t in seq[7:10])
        self = tuple.__new__(cls, ints)
        self._times = seq[7:10]
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])
    st_atime_ns = property(lambda self: round(self._times[0] * 1e9))
    st_mtime_ns = property(lambda self: round(self._times[1] * 1e9))
    st_ctime_ns = property(lambda self: round(self._times[2] * 1e9))

    def __repr__(self):
        names = ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                 "st_atime", "st_mtime", "st_ctime"]
        return "os.stat_result(" + ", ".join("%s=%r" % (n, v) for n, v in zip(names, self)) + ")"


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if not isinstance(path, int):
        path = fspath(path)
    return stat_result(posix._stat(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(posix._stat(fspath(path), False))


def fstat(fd):
    return stat_result(posix._stat(fd, True))


class DirEntry:
    """An entry yielded by os.scandir()."""

    def __init__(self, dirpath, name, is_dir, is_file, is_symlink):
        self.name = name
        self.path = path.join(dirpath, name)
        self._is_dir = is_dir
        self._is_file = is_file
        self._is_symlink = is_symlink

    def is_dir(self, *, follow_symlinks=True):
        if self._is_symlink and follow_symlinks:
            return path.isdir(self.path)
        return self._is_dir

    def is_file(self, *, follow_symlinks=True):
        if self._is_symlink and follow_symlinks:
            return path.isfile(self.path)
        return self._is_file

    def is_symlink(self):
        return self._is_symlink

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)


class _ScandirIterator:
    def __init__(self, dirpath, entries):
        self._it = iter([DirEntry(dirpath, *e) for e in entries])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        self._it = iter(())


def scandir(path="."):
    path = fspath(path)
    return _ScandirIterator(path, posix._scandir(path))


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for entry in entries:
        (dirs if entry.is_dir() else nondirs).append(entry.name)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def get_terminal_size(fd=1):
    columns = int(environ.get("COLUMNS", 80))
    lines = int(environ.get("LINES", 24))
    return terminal_size((columns, lines))


class terminal_size(tuple):
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])


def getcwdb():
    return fsencode(getcwd())


def get_exec_path(env=None):
    return (env if env is not None else environ).get("PATH", defpath).split(pathsep)
