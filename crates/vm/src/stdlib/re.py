"""Regular expressions: the public API of CPython 3.11's `re` (Pattern, Match, the module
functions, replacement templates, flags and the compile cache) over the native engine in
`_sre`. Counterpart of CPython's Lib/re/__init__.py and of the Pattern and Match types of
Modules/_sre/sre.c."""

import enum

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

# The flag bits, in the order CPython's reprs list them.
_FLAG_NAMES = (
    (1, "TEMPLATE"), (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"),
    (16, "DOTALL"), (32, "UNICODE"), (64, "VERBOSE"), (128, "DEBUG"), (256, "ASCII"),
)


def _flags_repr(value):
    names = ["re." + name for bit, name in _FLAG_NAMES if value & bit]
    rest = value & ~511
    if rest:
        names.append(hex(rest))
    return "|".join(names)


@enum.global_enum
class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    """The flags of a pattern; members repr as `re.IGNORECASE|re.MULTILINE`."""

    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128
    __str__ = object.__str__
    _numeric_repr_ = hex


class error(Exception):
    """A pattern or replacement template that cannot be compiled."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        super().__init__(msg)


error.__module__ = "re"
PatternError = error

_MAXSIZE = 9223372036854775807


def _subject_kind(string):
    """Whether a subject is text, raising TypeError for what cannot be matched."""
    if isinstance(string, str):
        return True
    if isinstance(string, (bytes, bytearray)):
        return False
    raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)


def _bounds(length, pos, endpos):
    pos = pos.__index__()
    endpos = endpos.__index__()
    pos = min(max(pos, 0), length)
    endpos = min(max(endpos, 0), length)
    return pos, endpos


class Pattern:
    """A compiled regular expression."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def _check(self, string):
        is_text = _subject_kind(string)
        if self._is_text and not is_text:
            raise TypeError("cannot use a string pattern on a bytes-like object")
        if not self._is_text and is_text:
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return string

    def _run(self, string, pos, endpos, mode):
        subject = self._check(string)
        pos, endpos = _bounds(len(subject), pos, endpos)
        if pos > endpos:
            return None
        spans = self._engine.search(subject, pos, endpos, mode, False)
        if spans is None:
            return None
        return _new_match(self, string, subject, pos, endpos, spans)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """The match at `pos`, or None."""
        return self._run(string, pos, endpos, 0)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """The first match at `pos` or later, or None."""
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """The match of the whole of string[pos:endpos], or None."""
        return self._run(string, pos, endpos, 2)

    def _scan(self, string, pos, endpos, limit):
        subject = self._check(string)
        pos, endpos = _bounds(len(subject), pos, endpos)
        if limit < 0:
            return subject, []
        return subject, self._engine.scan(subject, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """An iterator over the non-overlapping matches."""
        subject, found = self._scan(string, pos, endpos, 0)
        p, e = _bounds(len(subject), pos, endpos)
        return iter([_new_match(self, string, subject, p, e, spans) for spans in found])

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """The non-overlapping matches: strings, or tuples of the groups' strings."""
        subject, found = self._scan(string, pos, endpos, 0)
        subject = _sliceable(subject)
        empty = subject[:0]
        out = []
        groups = self.groups
        for spans in found:
            if groups == 0:
                out.append(subject[spans[1]:spans[2]])
            elif groups == 1:
                out.append(empty if spans[3] < 0 else subject[spans[3]:spans[4]])
            else:
                out.append(tuple(
                    empty if spans[2 * g + 1] < 0 else subject[spans[2 * g + 1]:spans[2 * g + 2]]
                    for g in range(1, groups + 1)))
        return out

    def split(self, string, maxsplit=0):
        """string split at the matches, with the groups' strings between the pieces."""
        subject, found = self._scan(string, 0, _MAXSIZE, maxsplit)
        subject = _sliceable(subject)
        out = []
        last = 0
        for spans in found:
            out.append(subject[last:spans[1]])
            for g in range(1, self.groups + 1):
                s = spans[2 * g + 1]
                out.append(None if s < 0 else subject[s:spans[2 * g + 2]])
            last = spans[2]
        out.append(subject[last:])
        return out

    def subn(self, repl, string, count=0):
        """(new string, number of replacements)."""
        if callable(repl):
            make = repl
            literal = None
        else:
            literal = _literal_template(self, repl)
            make = None
            if literal is None:
                template = _compile_template(self, repl)
        subject, found = self._scan(string, 0, _MAXSIZE, count)
        text = _sliceable(subject)
        pieces = []
        last = 0
        for spans in found:
            if last < spans[1]:
                pieces.append(text[last:spans[1]])
            if literal is not None:
                if literal:
                    pieces.append(literal)
            else:
                m = _new_match(self, string, subject, 0, len(subject), spans)
                item = make(m) if make is not None else _expand(template, m)
                if item is not None:
                    pieces.append(item)
            last = spans[2]
        if not found:
            return string if type(string) in (str, bytes) else text[:], 0
        if last < len(text):
            pieces.append(text[last:])
        return text[:0].join(pieces), len(found)

    def sub(self, repl, string, count=0):
        """string with the matches replaced by repl (a template or a function of the match)."""
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        flags = self.flags
        if self._is_text and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        text = repr(self.pattern)[:200]
        if flags:
            return "re.compile(%s, %s)" % (text, _flags_repr(flags))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return _compile, (self.pattern, self.flags)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _sliceable(subject):
    """What a match's strings are cut from: bytes for any bytes-like subject."""
    if isinstance(subject, (str, bytes)):
        return subject
    return bytes(subject)


def _new_pattern(pattern, flags):
    engine, flags, groups, names = _sre.compile(pattern, flags, error)
    p = object.__new__(Pattern)
    p._engine = engine
    p._is_text = isinstance(pattern, str)
    p.pattern = pattern
    p.flags = flags
    p.groups = groups
    index = dict(names)
    p._names = {g: n for n, g in names}
    try:
        import types
        p.groupindex = types.MappingProxyType(index)
    except TypeError:
        p.groupindex = index
    return p


class Match:
    """The result of a successful match."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    @property
    def lastindex(self):
        last = self._spans[0]
        return None if last < 0 else last

    @property
    def lastgroup(self):
        last = self._spans[0]
        return None if last < 0 else self.re._names.get(last)

    @property
    def regs(self):
        spans = self._spans
        return tuple((spans[2 * g + 1], spans[2 * g + 2]) for g in range(self.re.groups + 1))

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return int(group)
        elif isinstance(group, (str, bytes)):
            index = self.re.groupindex.get(group) if isinstance(group, str) else None
            if index is not None:
                return index
        else:
            try:
                index = group.__index__()
            except (AttributeError, TypeError):
                index = -1
            if 0 <= index <= self.re.groups:
                return index
        raise IndexError("no such group")

    def _group(self, index, default=None):
        start = self._spans[2 * index + 1]
        if start < 0:
            return default
        return self._subject[start:self._spans[2 * index + 2]]

    def group(self, *groups):
        """One group's string (group 0 by default), or a tuple of several."""
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(self._index(groups[0]))
        return tuple(self._group(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._group(self._index(group))

    def groups(self, default=None):
        """The strings of all the groups (default for those that did not match)."""
        return tuple(self._group(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """The named groups' strings, by name."""
        return {name: self._group(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 2]

    def span(self, group=0):
        index = self._index(group)
        return self._spans[2 * index + 1], self._spans[2 * index + 2]

    def expand(self, template):
        """template with its group references replaced by this match's groups."""
        return _expand(_compile_template(self.re, template), self)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._spans[1], self._spans[2], repr(self._group(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _new_match(pattern, string, subject, pos, endpos, spans):
    m = object.__new__(Match)
    m.re = pattern
    m.string = string
    m._subject = _sliceable(subject)
    m.pos = pos
    m.endpos = endpos
    m._spans = spans
    return m


class _Scanner:
    """What `Pattern.scanner` returns: successive matches, one per call."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._subject = pattern._check(string)
        self._pos, self._endpos = _bounds(len(self._subject), pos, endpos)
        self._must_advance = False

    def _next(self, mode):
        if self._pos > self._endpos:
            return None
        spans = self.pattern._engine.search(
            self._subject, self._pos, self._endpos, mode, self._must_advance)
        if spans is None:
            self._pos = self._endpos + 1
            return None
        m = _new_match(self.pattern, self._string, self._subject, self._pos, self._endpos, spans)
        self._must_advance = spans[1] == spans[2]
        self._pos = spans[2]
        return m

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(1)


# --- replacement templates -------------------------------------------------------------

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
                     "v": "\v", "\\": "\\"}
_MAXGROUPS = _sre.MAXGROUPS


def _literal_template(pattern, repl):
    """repl itself when it has no backslash (so no group references)."""
    if isinstance(repl, str):
        return repl if "\\" not in repl else None
    if isinstance(repl, (bytes, bytearray)):
        return bytes(repl) if b"\\" not in repl else None
    raise TypeError("expected str or bytes-like object, got %r" % type(repl).__name__)


class _TemplateReader:
    """Reads a template one token (a character, or a backslash and the next) at a time."""

    def __init__(self, template):
        self.template = template
        self.text = template if isinstance(template, str) else str(template, "latin1")
        self.index = 0

    def error(self, msg, pos):
        return error(msg, self.template, pos)

    def get(self):
        text, i = self.text, self.index
        if i >= len(text):
            return None
        if text[i] == "\\":
            if i + 1 >= len(text):
                raise self.error("bad escape (end of pattern)", len(text) - 1)
            self.index = i + 2
            return text[i:i + 2]
        self.index = i + 1
        return text[i]

    def peek(self):
        text, i = self.text, self.index
        if i >= len(text) or text[i] == "\\":
            return None
        return text[i]

    def name_until_gt(self):
        start = self.index
        end = self.text.find(">", start)
        if end < 0:
            if start >= len(self.text):
                raise self.error("missing group name", start)
            raise self.error("missing >, unterminated name", start)
        name = self.text[start:end]
        self.index = end + 1
        if not name:
            raise self.error("missing group name", end)
        return name


def _compile_template(pattern, template):
    key = (pattern, type(template), template)
    parts = _template_cache.get(key)
    if parts is None:
        if len(_template_cache) >= _MAXCACHE:
            _template_cache.clear()
        parts = _template_cache[key] = _parse_template(pattern, template)
    return parts


_template_cache = {}


def _parse_template(pattern, template):
    """The template as a list of literal strings and group numbers."""
    if pattern._is_text != isinstance(template, str):
        if pattern._is_text:
            raise TypeError("expected str instance, %s found" % type(template).__name__)
        raise TypeError("expected a bytes-like object, str found")
    r = _TemplateReader(template)
    parts = []
    literal = []

    def add_group(index, start):
        if index > pattern.groups:
            raise r.error("invalid group reference %d" % index, start)
        if literal:
            parts.append("".join(literal))
            literal.clear()
        parts.append(index)

    while True:
        this = r.get()
        if this is None:
            break
        if len(this) == 1:
            literal.append(this)
            continue
        c = this[1]
        if c == "g":
            _template_group(r, pattern, add_group)
        elif c == "0":
            digits = c
            for _ in range(2):
                if r.peek() is not None and r.peek() in "01234567":
                    digits += r.get()
            literal.append(chr(int(digits, 8) & 0xff))
        elif c in "123456789":
            start = r.index - 2
            if r.peek() is not None and r.peek() in "0123456789":
                this += r.get()
                if c in "01234567" and this[2] in "01234567" and \
                        r.peek() is not None and r.peek() in "01234567":
                    this += r.get()
                    value = int(this[1:], 8)
                    if value > 0o377:
                        raise r.error("octal escape value %s outside of range 0-0o377"
                                      % this, start)
                    literal.append(chr(value))
                    continue
            add_group(int(this[1:]), start + 1)
        elif c in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise r.error("bad escape %s" % this, r.index - 2)
        else:
            literal.append(this)
    if literal:
        parts.append("".join(literal))
    if not pattern._is_text:
        parts = [p.encode("latin1") if isinstance(p, str) else p for p in parts]
    return parts


def _template_group(r, pattern, add_group):
    """`\\g<name>` or `\\g<number>`, after the `\\g`."""
    if r.peek() != "<":
        raise r.error("missing <", r.index)
    r.get()
    name = r.name_until_gt()
    start = r.index - len(name) - 1
    if name.isidentifier():
        index = pattern.groupindex.get(name)
        if index is None:
            raise IndexError("unknown group name %r" % name)
    else:
        if not name.isdigit() or not name.isascii():
            raise r.error("bad character in group name %r" % name, start)
        index = int(name)
        if index >= _MAXGROUPS:
            raise r.error("invalid group reference %d" % index, start)
    add_group(index, start)


def _expand(parts, m):
    empty = m._subject[:0]
    out = []
    for part in parts:
        if isinstance(part, int):
            value = m._group(part)
            if value:
                out.append(value)
        else:
            out.append(part)
    return empty.join(out)


# --- the module functions ----------------------------------------------------------------

_MAXCACHE = 512
_cache = {}


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = _new_pattern(pattern, flags)
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compile a pattern into a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """The match of pattern at the start of string, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """The match of pattern with the whole of string, or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The first match of pattern in string, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with the matches of pattern replaced by repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """(new string, number of replacements)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """string split by the occurrences of pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """The non-overlapping matches of pattern in string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects over the non-overlapping matches."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the compile caches."""
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    """Compile a template pattern (deprecated)."""
    return _compile(pattern, flags | T)


_SPECIAL_CHARS = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """pattern with the characters that are special in patterns backslash-escaped."""
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL_CHARS)
    return str(pattern, "latin1").translate(_SPECIAL_CHARS).encode("latin1")
