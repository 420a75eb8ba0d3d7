"""The JSON encoder: gilpy's counterpart of json.encoder."""

__all__ = ["JSONEncoder"]

INFINITY = float("inf")

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "\b": "\\b", "\f": "\\f"}


def _escape_char(ch, ensure_ascii):
    esc = _ESCAPES.get(ch)
    if esc is not None:
        return esc
    n = ord(ch)
    if n < 0x20:
        return "\\u%04x" % n
    if not ensure_ascii or n < 0x7f:
        return ch
    if n < 0x10000:
        return "\\u%04x" % n
    n -= 0x10000
    return "\\u%04x\\u%04x" % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))


def py_encode_basestring(s):
    """Quote s as a JSON string, keeping non-ASCII characters."""
    return '"' + "".join(_escape_char(ch, False) for ch in s) + '"'


def py_encode_basestring_ascii(s):
    """Quote s as a JSON string with only ASCII characters."""
    return '"' + "".join(_escape_char(ch, True) for ch in s) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Extensible JSON encoder for Python data structures."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        if isinstance(o, str):
            return self._quote(o)
        return "".join(self.iterencode(o))

    def _quote(self, s):
        if self.ensure_ascii:
            return encode_basestring_ascii(s)
        return encode_basestring(s)

    def _floatstr(self, o):
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def iterencode(self, o, _one_shot=False):
        chunks = []
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        markers = {} if self.check_circular else None
        self._encode(o, chunks, markers, indent, 0)
        return iter(chunks)

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self._floatstr(key)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, "
                        f"not {key.__class__.__name__}")

    def _enter(self, o, markers):
        if markers is None:
            return
        marker = id(o)
        if marker in markers:
            raise ValueError("Circular reference detected")
        markers[marker] = o

    def _encode(self, o, out, markers, indent, level):
        if isinstance(o, str):
            out.append(self._quote(o))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._floatstr(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, markers, indent, level)
        elif isinstance(o, dict):
            self._encode_dict(o, out, markers, indent, level)
        else:
            self._enter(o, markers)
            self._encode(self.default(o), out, markers, indent, level)
            if markers is not None:
                del markers[id(o)]

    def _newline(self, indent, level):
        if indent is None:
            return None
        return "\n" + indent * level

    def _encode_list(self, lst, out, markers, indent, level):
        if not lst:
            out.append("[]")
            return
        self._enter(lst, markers)
        out.append("[")
        inner = self._newline(indent, level + 1)
        sep = self.item_separator if inner is None else self.item_separator + inner
        if inner is not None:
            out.append(inner)
        first = True
        for value in lst:
            if not first:
                out.append(sep)
            first = False
            self._encode(value, out, markers, indent, level + 1)
        if inner is not None:
            out.append(self._newline(indent, level))
        out.append("]")
        if markers is not None:
            del markers[id(lst)]

    def _encode_dict(self, dct, out, markers, indent, level):
        if not dct:
            out.append("{}")
            return
        self._enter(dct, markers)
        out.append("{")
        inner = self._newline(indent, level + 1)
        sep = self.item_separator if inner is None else self.item_separator + inner
        if inner is not None:
            out.append(inner)
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            if not first:
                out.append(sep)
            first = False
            out.append(self._quote(key))
            out.append(self.key_separator)
            self._encode(value, out, markers, indent, level + 1)
        if inner is not None:
            out.append(self._newline(indent, level))
        out.append("}")
        if markers is not None:
            del markers[id(dct)]
