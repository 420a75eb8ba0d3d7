"""High-level file operations: copying files and trees (with permission bits and times),
moving, removing trees, finding programs: gilpy's counterpart of shutil. Archives,
disk_usage and chown are not provided (they raise NotImplementedError)."""

import fnmatch
import os
import stat
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
           "move", "rmtree", "Error", "SpecialFileError", "ExecError", "make_archive",
           "get_archive_formats", "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format", "unregister_unpack_format",
           "unpack_archive", "ignore_patterns", "chown", "which", "get_terminal_size",
           "SameFileError", "disk_usage"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to copy a special file (a named pipe)."""


class ExecError(OSError):
    pass


class ReadError(OSError):
    pass


class RegistryError(Exception):
    pass


def copyfileobj(fsrc, fdst, length=0):
    """Copy the rest of file object `fsrc` to `fdst`, `length` bytes at a time."""
    length = length or COPY_BUFSIZE
    while True:
        chunk = fsrc.read(length)
        if not chunk:
            return
        fdst.write(chunk)


def _same_file(src, dst):
    try:
        a, b = os.stat(src), os.stat(dst)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of file `src` to file `dst` (replaced if it exists); return `dst`."""
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for name in (src, dst):
        try:
            mode = os.stat(name).st_mode
        except OSError:
            continue
        if stat.S_ISFIFO(mode):
            raise SpecialFileError("`%s` is a named pipe" % os.fspath(name))
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, "rb") as fsrc, open(dst, "wb") as fdst:
        copyfileobj(fsrc, fdst)
    return dst


def _no_symlink_metadata(follow_symlinks, src, dst):
    return not follow_symlinks and (os.path.islink(src) or os.path.islink(dst))


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of `src` to `dst`."""
    if _no_symlink_metadata(follow_symlinks, src, dst):
        return
    os.chmod(dst, stat.S_IMODE(os.stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the permission bits and the access and modification times of `src` to `dst`."""
    if _no_symlink_metadata(follow_symlinks, src, dst):
        return
    st = os.stat(src)
    os.utime(dst, (st.st_atime, st.st_mtime))
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def _target(src, dst):
    return os.path.join(dst, os.path.basename(src)) if os.path.isdir(dst) else dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy file `src` (contents and permissions) to `dst` or into directory `dst`."""
    dst = _target(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """`copy`, and the access and modification times too."""
    dst = _target(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """An `ignore` function for `copytree` that skips names matching any of `patterns`."""
    def _ignore(path, names):
        ignored = set()
        for pattern in patterns:
            ignored.update(fnmatch.filter(names, pattern))
        return ignored
    return _ignore


def _copy_entry(entry, srcname, dstname, options):
    symlinks, ignore, copy_function, ignore_dangling, dirs_exist_ok = options
    if entry.is_symlink():
        target = os.readlink(srcname)
        if symlinks:
            os.symlink(target, dstname)
            return
        if not os.path.exists(srcname) and ignore_dangling:
            return
    if entry.is_dir():
        copytree(srcname, dstname, symlinks, ignore, copy_function, ignore_dangling,
                 dirs_exist_ok)
    else:
        copy_function(srcname, dstname)


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory tree `src` to `dst` (created); errors are gathered into one
    `Error` raised at the end."""
    with os.scandir(src) as it:
        entries = list(it)
    ignored = ignore(os.fspath(src), [e.name for e in entries]) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    options = (symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
    errors = []
    for entry in entries:
        if entry.name in ignored:
            continue
        srcname = os.path.join(src, entry.name)
        dstname = os.path.join(dst, entry.name)
        try:
            _copy_entry(entry, srcname, dstname, options)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def _remove_tree(path, onerror):
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except OSError:
        onerror(os.scandir, path, sys.exc_info())
        entries = []
    for entry in entries:
        full = os.path.join(path, entry.name)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _remove_tree(full, onerror)
            continue
        try:
            os.unlink(full)
        except OSError:
            onerror(os.unlink, full, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Remove the directory tree `path`; errors go to `onerror(function, path, exc_info)`,
    are ignored, or are raised."""
    if dir_fd is not None:
        raise NotImplementedError("shutil.rmtree: dir_fd is not supported by gilpy")
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        onerror(os.lstat, path, sys.exc_info())
        return
    try:
        if stat.S_ISLNK(mode):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    _remove_tree(path, onerror)


def _inside(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    sep = os.path.sep
    return (dst if dst.endswith(sep) else dst + sep).startswith(
        src if src.endswith(sep) else src + sep)


def move(src, dst, copy_function=copy2):
    """Move file or tree `src` to `dst` (or into directory `dst`): a rename when possible,
    else a copy then a removal. Returns the destination."""
    real_dst = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            os.rename(src, dst)
            return real_dst
        real_dst = os.path.join(dst, os.path.basename(os.fspath(src).rstrip(os.sep)))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            os.symlink(os.readlink(src), real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _inside(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _runnable(path, mode):
    return os.path.exists(path) and os.access(path, mode) and not os.path.isdir(path)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program `cmd` found along `path` (PATH), or None."""
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd, mode) else None
    if path is None:
        path = os.environ.get("PATH", None) or os.defpath
    if not path:
        return None
    seen = set()
    for directory in os.fsdecode(path).split(os.pathsep):
        if directory in seen:
            continue
        seen.add(directory)
        name = os.path.join(directory, cmd)
        if _runnable(name, mode):
            return name
    return None


def get_terminal_size(fallback=(80, 24)):
    """The terminal's (columns, lines): COLUMNS and LINES first, then the terminal on
    standard output, then `fallback`."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ["LINES"])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))


def _not_provided(name):
    def function(*args, **kwargs):
        raise NotImplementedError("shutil.%s is not provided by gilpy" % name)
    function.__name__ = name
    return function


disk_usage = _not_provided("disk_usage")
chown = _not_provided("chown")
make_archive = _not_provided("make_archive")
unpack_archive = _not_provided("unpack_archive")
get_archive_formats = _not_provided("get_archive_formats")
register_archive_format = _not_provided("register_archive_format")
unregister_archive_format = _not_provided("unregister_archive_format")
get_unpack_formats = _not_provided("get_unpack_formats")
register_unpack_format = _not_provided("register_unpack_format")
unregister_unpack_format = _not_provided("unregister_unpack_format")
