"""The JSON decoder: gilpy's counterpart of json.decoder (a recursive-descent scanner)."""

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")

_WS = " \t\n\r"
_DIGITS = "0123456789"
_CONSTANTS = {"-Infinity": NegInf, "Infinity": PosInf, "NaN": NaN}
_BACKSLASH = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n",
              "r": "\r", "t": "\t"}


class JSONDecodeError(ValueError):
    """A JSON document could not be parsed: msg, doc, pos, lineno and colno say where."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


class _Scanner:
    """One parse of one document, with the decoder's hooks."""

    def __init__(self, decoder, s):
        self.s = s
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def value(self, i):
        s = self.s
        if i >= len(s):
            raise StopIteration(i)
        ch = s[i]
        if ch == '"':
            return self.string(i + 1)
        if ch == "{":
            return self.object(i + 1)
        if ch == "[":
            return self.array(i + 1)
        if ch == "n" and s.startswith("null", i):
            return None, i + 4
        if ch == "t" and s.startswith("true", i):
            return True, i + 4
        if ch == "f" and s.startswith("false", i):
            return False, i + 5
        if ch == "-" or ch in _DIGITS:
            result = self.number(i)
            if result is not None:
                return result
        for name in ("NaN", "Infinity", "-Infinity"):
            if s.startswith(name, i):
                return self.parse_constant(name), i + len(name)
        raise StopIteration(i)

    def number(self, i):
        s = self.s
        n = len(s)
        start = i
        if i < n and s[i] == "-":
            i += 1
        if i < n and s[i] == "0":
            i += 1
        elif i < n and s[i] in "123456789":
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            return None
        is_float = False
        if i + 1 < n and s[i] == "." and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
            is_float = True
        if i < n and s[i] in "eE":
            j = i + 1
            if j < n and s[j] in "+-":
                j += 1
            if j < n and s[j] in _DIGITS:
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
                is_float = True
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def string(self, i):
        return scanstring(self.s, i, self.strict)

    def object(self, i):
        s = self.s
        pairs = []
        i = _skip_ws(s, i)
        if i < len(s) and s[i] == "}":
            return self._finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, i)
            key, i = scanstring(s, i + 1, self.strict)
            key = self.memo.setdefault(key, key)
            i = _skip_ws(s, i)
            if i >= len(s) or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip_ws(s, i + 1)
            try:
                value, i = self.value(i)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            pairs.append((key, value))
            i = _skip_ws(s, i)
            if i < len(s) and s[i] == "}":
                return self._finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_ws(s, i + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def array(self, i):
        s = self.s
        values = []
        i = _skip_ws(s, i)
        if i < len(s) and s[i] == "]":
            return values, i + 1
        while True:
            try:
                value, i = self.value(i)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            values.append(value)
            i = _skip_ws(s, i)
            if i < len(s) and s[i] == "]":
                return values, i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_ws(s, i + 1)


def _hex4(s, pos):
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4 and all(c in "0123456789abcdefABCDEF" for c in esc):
        return int(esc, 16)
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)


def scanstring(s, end, strict=True):
    """Scan the JSON string whose body starts at s[end]; return (text, index after the quote)."""
    chunks = []
    begin = end - 1
    n = len(s)
    while True:
        start = end
        while end < n and s[end] != '"' and s[end] != "\\" and (s[end] >= " " or not strict):
            end += 1
        if end >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        chunks.append(s[start:end])
        ch = s[end]
        if ch == '"':
            return "".join(chunks), end + 1
        if ch != "\\":
            raise JSONDecodeError("Invalid control character at", s, end)
        end += 1
        if end >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc != "u":
            char = _BACKSLASH.get(esc)
            if char is None:
                raise JSONDecodeError("Invalid \\escape", s, end - 1)
            chunks.append(char)
            end += 1
            continue
        uni = _hex4(s, end)
        end += 5
        if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == "\\u":
            uni2 = _hex4(s, end + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        chunks.append(chr(uni))


class JSONDecoder:
    """Simple JSON decoder with CPython's hooks."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return _Scanner(self, s).value(idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
