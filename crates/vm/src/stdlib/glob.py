"""Path names matching a shell pattern (`*`, `?`, `[seq]`, and `**` when recursive):
gilpy's counterpart of glob. Names come in the order the directory lists them."""

import fnmatch
import os
import re

__all__ = ["escape", "glob", "has_magic", "iglob"]

_MAGIC = re.compile("([*?[])")
_MAGIC_BYTES = re.compile(b"([*?[])")


def has_magic(s):
    """Whether `s` holds a wildcard character."""
    pattern = _MAGIC_BYTES if isinstance(s, bytes) else _MAGIC
    return pattern.search(s) is not None


def escape(pathname):
    """`pathname` with its wildcard characters made literal (the drive is left alone)."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        return drive + _MAGIC_BYTES.sub(rb"[\1]", rest)
    return drive + _MAGIC.sub(r"[\1]", rest)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching `pathname`."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching `pathname`."""
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported by gilpy")
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _walk_pattern(root_dir, pathname, recursive, include_hidden)
    if not pathname or recursive and _is_recursive(pathname[:2]):
        # `**` also yields the empty relative path for the root itself; drop it.
        it = (p for p in it if p)
    return it


def _is_recursive(part):
    return part == (b"**" if isinstance(part, bytes) else "**")


def _is_hidden(name):
    return name[:1] in (".", b".")


def _join(root, path):
    return os.path.join(root, path) if root else path


def _exists(root, path, want_dir):
    full = _join(root, path)
    return os.path.isdir(full) if want_dir else os.path.lexists(full)


def _walk_pattern(root, pathname, recursive, hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(root, pathname, False):
                yield pathname
        elif _exists(root, dirname, True):
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _recursive(root, dirname, hidden)
        else:
            yield from _matching(root, dirname, basename, hidden, False)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _walk_pattern(root, dirname, recursive, hidden)
    else:
        dirs = [dirname]
    for d in dirs:
        if has_magic(basename):
            if recursive and _is_recursive(basename):
                names = _recursive(root, d, hidden)
            else:
                names = _matching(root, d, basename, hidden, False)
        elif basename:
            names = [basename] if _exists(root, os.path.join(d, basename), False) else []
        else:
            names = [basename] if _exists(root, d, True) else []
        for name in names:
            yield os.path.join(d, name)


def _list(root, dirname, dirs_only):
    """The names in directory `dirname` (under `root`), only directories when asked."""
    path = _join(root, dirname) or (os.curdir if not isinstance(dirname, bytes) else
                                    os.curdir.encode())
    try:
        with os.scandir(path) as it:
            out = []
            for entry in it:
                try:
                    if not dirs_only or entry.is_dir():
                        name = entry.name
                        if isinstance(dirname, bytes) and isinstance(name, str):
                            name = os.fsencode(name)
                        out.append(name)
                except OSError:
                    pass
            return out
    except OSError:
        return []


def _matching(root, dirname, pattern, hidden, dirs_only):
    names = _list(root, dirname, dirs_only)
    if not (hidden or _is_hidden(pattern)):
        names = [n for n in names if not _is_hidden(n)]
    return fnmatch.filter(names, pattern)


def _recursive(root, dirname, hidden):
    """`**`: the empty name (the directory itself) and every path below it."""
    yield dirname[:0]
    yield from _below(root, dirname, hidden)


def _below(root, dirname, hidden):
    for name in _list(root, dirname, False):
        if not hidden and _is_hidden(name):
            continue
        yield name
        path = os.path.join(dirname, name) if dirname else name
        if os.path.isdir(_join(root, path)) and not os.path.islink(_join(root, path)):
            for sub in _below(root, path, hidden):
                yield os.path.join(name, sub)
