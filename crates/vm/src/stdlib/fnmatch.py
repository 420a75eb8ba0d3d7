"""Shell-style wildcard matching of file names: gilpy's counterpart of fnmatch.

A pattern becomes a regular expression (`translate`): `*` any run of characters, `?` one
character, `[seq]` a character set (`[!seq]` its complement); an unclosed `[` is literal.
"""

import functools
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether `name` matches `pat`, both normalised with `os.path.normcase`."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


@functools.lru_cache(maxsize=32768, typed=True)
def _compile(pat):
    if isinstance(pat, bytes):
        text = str(pat, "ISO-8859-1")
        return re.compile(translate(text).encode("ISO-8859-1")).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    """The items of `names` that match `pat`."""
    pat = os.path.normcase(pat)
    match = _compile(pat)
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Whether `name` matches `pat`, case-sensitively and without normalisation."""
    return _compile(pat)(name) is not None


def _set_member(text):
    """A piece of a character set's contents with the characters special there escaped."""
    return "".join("\\" + c if c in "\\-&~|" else c for c in text)


def _char_set(body):
    """The regular expression of the set `[body]` (without its brackets)."""
    negate = body.startswith("!")
    if negate:
        body = body[1:]
    members = []
    pos = 0
    while pos < len(body):
        if pos + 2 < len(body) and body[pos + 1] == "-":
            lo, hi = body[pos], body[pos + 2]
            if lo <= hi:
                members.append(_set_member(lo) + "-" + _set_member(hi))
            pos += 3
        else:
            members.append(_set_member(body[pos]))
            pos += 1
    inner = "".join(members)
    if not inner:
        return "." if negate else "(?!)"
    if negate:
        return "[^" + inner + "]"
    if inner[0] in "^[":
        inner = "\\" + inner
    return "[" + inner + "]"


def _set_end(pat, start):
    """The index of the `]` closing the set opened at `start - 1`, or -1."""
    pos = start
    if pos < len(pat) and pat[pos] == "!":
        pos += 1
    if pos < len(pat) and pat[pos] == "]":
        pos += 1
    return pat.find("]", pos)


def _pieces(pat):
    """The pattern as a list of regular-expression pieces, with None for each run of `*`."""
    out = []
    pos = 0
    while pos < len(pat):
        c = pat[pos]
        pos += 1
        if c == "*":
            if not out or out[-1] is not None:
                out.append(None)
        elif c == "?":
            out.append(".")
        elif c == "[":
            end = _set_end(pat, pos)
            if end < 0:
                out.append("\\[")
            else:
                out.append(_char_set(pat[pos:end]))
                pos = end + 1
        else:
            out.append(re.escape(c))
    return out


def translate(pat):
    """The regular expression (as text) that matches what the shell pattern `pat` matches.

    Between two stars, the text is matched lazily inside an atomic group, so a failed match
    does not backtrack into earlier stars."""
    pieces = _pieces(pat)
    groups = [[]]
    for p in pieces:
        if p is None:
            groups.append([])
        else:
            groups[-1].append(p)
    out = "".join(groups[0])
    if len(groups) > 1:
        for middle in groups[1:-1]:
            out += "(?>.*?" + "".join(middle) + ")"
        out += ".*" + "".join(groups[-1])
    return "(?s:" + out + ")\\Z"
