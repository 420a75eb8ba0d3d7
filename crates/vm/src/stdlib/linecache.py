"""Lines of source files, read through the interpreter's own source reader (as CPython's
linecache, without its cache of stat results)."""

import _gilpy_traceback

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def getline(filename, lineno, module_globals=None):
    """Line `lineno` of `filename` with its newline, or '' if there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All the lines of `filename`, each ending with a newline."""
    if filename in cache:
        return cache[filename]
    lines = _gilpy_traceback.source_lines(filename)
    if lines:
        cache[filename] = lines
    return lines


def clearcache():
    cache.clear()


def checkcache(filename=None):
    if filename is None:
        cache.clear()
    else:
        cache.pop(filename, None)


def lazycache(filename, module_globals):
    return False
