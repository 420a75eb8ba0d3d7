"""Splitting and quoting command lines the way a POSIX shell does: gilpy's counterpart of
shlex. `split`, `quote` and `join` are provided; the `shlex` lexer class is not."""

import re

__all__ = ["shlex", "split", "quote", "join"]

_WHITESPACE = " \t\r\n"
_UNSAFE = re.compile(r"[^\w@%+=:,./-]", re.ASCII)


class shlex:
    """The configurable lexer; gilpy does not provide it."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("shlex.shlex: the lexer class is not provided by gilpy "
                                  "(shlex.split, shlex.quote and shlex.join are)")


def _words(s, comments):
    """The words of `s` with POSIX quoting, backslash escapes and optional `#` comments."""
    words = []
    word = None
    pos = 0
    while pos < len(s):
        c = s[pos]
        pos += 1
        if c in _WHITESPACE:
            if word is not None:
                words.append(word)
                word = None
        elif comments and c == "#":
            end = s.find("\n", pos)
            pos = len(s) if end < 0 else end + 1
            if word is not None:
                words.append(word)
                word = None
        elif c == "\\":
            if pos >= len(s):
                raise ValueError("No escaped character")
            word = (word or "") + s[pos]
            pos += 1
        elif c == "'":
            end = s.find("'", pos)
            if end < 0:
                raise ValueError("No closing quotation")
            word = (word or "") + s[pos:end]
            pos = end + 1
        elif c == '"':
            text, pos = _double_quoted(s, pos)
            word = (word or "") + text
        else:
            word = (word or "") + c
    if word is not None:
        words.append(word)
    return words


def _double_quoted(s, pos):
    """The text of a double-quoted string starting at `pos` (after its quote), where a
    backslash escapes only `"` and itself, and the position after its closing quote."""
    out = []
    while True:
        if pos >= len(s):
            raise ValueError("No closing quotation")
        c = s[pos]
        pos += 1
        if c == '"':
            return "".join(out), pos
        if c == "\\":
            if pos >= len(s):
                raise ValueError("No escaped character")
            nxt = s[pos]
            pos += 1
            out.append(nxt if nxt in '"\\' else "\\" + nxt)
        else:
            out.append(c)


def split(s, comments=False, posix=True):
    """The words of the command line `s`, as a POSIX shell splits them."""
    if s is None:
        raise ValueError("shlex.split(): reading from standard input (s=None) is not "
                         "supported by gilpy")
    if not posix:
        raise NotImplementedError("shlex.split(): non-POSIX mode is not supported by gilpy")
    return _words(s, comments)


def quote(s):
    """`s` quoted for a POSIX shell: unchanged when safe, else in single quotes."""
    if not s:
        return "''"
    if _UNSAFE.search(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """The command line whose words are `split_command`."""
    return " ".join(quote(arg) for arg in split_command)
