"""Pretty-printing of Python data structures: gilpy's counterpart of pprint.

A value whose repr fits in the remaining width is written as that repr (dicts with sorted
keys); a longer one is broken over lines when its type's repr is that of a builtin container
(dict, list, tuple, set, frozenset, str, bytes, bytearray, OrderedDict, defaultdict, Counter,
deque, ChainMap, SimpleNamespace, UserDict, UserList, UserString, mappingproxy) or of a
dataclass; anything else keeps its repr."""

import collections as _collections
import dataclasses as _dataclasses
import re
import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Write the pretty form of `object` and a newline to `stream` (sys.stdout)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """The pretty form of `object` as a string."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """`pprint` with the dicts in their own order."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """The repr of `object`, with recursive references marked instead of followed."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether `saferepr(object)` can be read back by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether `object` contains a reference to itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    """Orders values of any types: their own `<` when they have one, else by type name and
    identity, so sorting mixed dict keys and set items never fails."""

    __slots__ = ["obj"]

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj))
                    < (str(type(other.obj)), id(other.obj)))


def _safe_pair(pair):
    return _SafeKey(pair[0]), _SafeKey(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._stream.write(self.pformat(object) + "\n")

    def pformat(self, object):
        out = []
        self._put(object, out, 0, 0, {}, 0)
        return "".join(out)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of `object`; subclasses may override it."""
        return self._safe_repr(object, context, maxlevels, level)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        return text

    # Writing one value: its repr when it fits, else the layout of its kind.

    def _put(self, object, out, indent, allowance, context, level):
        key = id(object)
        if key in context:
            out.append(_recursion(object))
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            layout = self._layout_for(object)
            if layout is not None:
                context[key] = 1
                layout(self, object, out, indent, allowance, context, level + 1)
                del context[key]
                return
        out.append(text)

    def _layout_for(self, object):
        layout = _LAYOUTS.get(type(object).__repr__)
        if layout is not None:
            return layout
        if (_dataclasses.is_dataclass(object) and not isinstance(object, type)
                and object.__dataclass_params__.repr):
            generated = getattr(object.__repr__, "__wrapped__", None)
            if "__create_fn__" in getattr(generated, "__qualname__", ""):
                return PrettyPrinter._layout_dataclass
        return None

    def _items(self, items, out, indent, allowance, context, level):
        """Comma-separated items one per line (several per line when compact), the last
        leaving `allowance` columns for what closes the container."""
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            out.append(" " * (self._indent_per_level - 1))
        newline = ",\n" + " " * indent
        items = list(items)
        room = limit = self._width - indent + 1
        sep = ""
        for i, item in enumerate(items):
            last = i == len(items) - 1
            if last:
                room -= allowance
                limit -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                need = len(text) + 2
                if room < need:
                    room = limit
                    if sep:
                        sep = newline
                if room >= need:
                    room -= need
                    out.append(sep)
                    sep = ", "
                    out.append(text)
                    continue
            out.append(sep)
            sep = newline
            self._put(item, out, indent, allowance if last else 1, context, level)

    def _dict_items(self, pairs, out, indent, allowance, context, level):
        """`key: value` pairs one per line; a value continues after its key."""
        indent += self._indent_per_level
        newline = ",\n" + " " * indent
        for i, (key, value) in enumerate(pairs):
            last = i == len(pairs) - 1
            text = self._repr(key, context, level)
            out.append(text + ": ")
            self._put(value, out, indent + len(text) + 2, allowance if last else 1, context,
                      level)
            if not last:
                out.append(newline)

    def _named_items(self, pairs, out, indent, allowance, context, level):
        """`name=value` pairs one per line (dataclass fields, namespace attributes)."""
        newline = ",\n" + " " * indent
        for i, (name, value) in enumerate(pairs):
            last = i == len(pairs) - 1
            out.append(name + "=")
            if id(value) in context:
                out.append("...")
            else:
                self._put(value, out, indent + len(name) + 1, allowance if last else 1,
                          context, level)
            if not last:
                out.append(newline)

    # The layouts, by kind.

    def _layout_dict(self, object, out, indent, allowance, context, level):
        out.append("{")
        if self._indent_per_level > 1:
            out.append(" " * (self._indent_per_level - 1))
        if object:
            pairs = list(object.items())
            if self._sort_dicts:
                pairs.sort(key=_safe_pair)
            self._dict_items(pairs, out, indent, allowance + 1, context, level)
        out.append("}")

    def _layout_ordered_dict(self, object, out, indent, allowance, context, level):
        if not object:
            out.append(repr(object))
            return
        name = type(object).__name__
        out.append(name + "(")
        self._put(list(object.items()), out, indent + len(name) + 1, allowance + 1, context,
                  level)
        out.append(")")

    def _layout_list(self, object, out, indent, allowance, context, level):
        out.append("[")
        self._items(object, out, indent, allowance + 1, context, level)
        out.append("]")

    def _layout_tuple(self, object, out, indent, allowance, context, level):
        out.append("(")
        close = ",)" if len(object) == 1 else ")"
        self._items(object, out, indent, allowance + len(close), context, level)
        out.append(close)

    def _layout_set(self, object, out, indent, allowance, context, level):
        if not object:
            out.append(repr(object))
            return
        if type(object) is set:
            out.append("{")
            close = "}"
        else:
            out.append(type(object).__name__ + "({")
            close = "})"
            indent += len(type(object).__name__) + 1
        items = sorted(object, key=_SafeKey)
        self._items(items, out, indent, allowance + len(close), context, level)
        out.append(close)

    def _layout_str(self, object, out, indent, allowance, context, level):
        if not object:
            out.append(repr(object))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
        chunks = self._str_chunks(object, self._width - indent, allowance)
        if len(chunks) == 1:
            out.append(chunks[0])
            return
        if top:
            out.append("(")
        out.append(("\n" + " " * indent).join(chunks))
        if top:
            out.append(")")

    @staticmethod
    def _str_chunks(object, width, allowance):
        """Reprs of the pieces of `object`: each line, split after its spaces where its repr
        would not fit in `width` (less `allowance` for the very last piece)."""
        chunks = []
        lines = object.splitlines(True)
        for i, line in enumerate(lines):
            last_line = i == len(lines) - 1
            text = repr(line)
            if len(text) <= width - (allowance if last_line else 0):
                chunks.append(text)
                continue
            words = re.findall(r"\S*\s*", line)[:-1]
            current = ""
            for j, word in enumerate(words):
                room = width - (allowance if last_line and j == len(words) - 1 else 0)
                if len(repr(current + word)) > room:
                    if current:
                        chunks.append(repr(current))
                    current = word
                else:
                    current += word
            if current:
                chunks.append(repr(current))
        return chunks

    def _layout_bytes(self, object, out, indent, allowance, context, level):
        if len(object) <= 4:
            out.append(repr(object))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
            out.append("(")
        out.append(("\n" + " " * indent).join(
            self._bytes_chunks(object, self._width - indent, allowance)))
        if top:
            out.append(")")

    @staticmethod
    def _bytes_chunks(object, width, allowance):
        """Reprs of runs of 4-byte groups that fit in `width` (less `allowance` on the last)."""
        chunks = []
        current = b""
        last_start = len(object) // 4 * 4
        for start in range(0, len(object), 4):
            group = object[start:start + 4]
            if start == last_start:
                width -= allowance
            if len(repr(current + group)) > width:
                if current:
                    chunks.append(repr(current))
                current = group
            else:
                current += group
        if current:
            chunks.append(repr(current))
        return chunks

    def _layout_bytearray(self, object, out, indent, allowance, context, level):
        out.append("bytearray(")
        self._layout_bytes(bytes(object), out, indent + 10, allowance + 1, context, level + 1)
        out.append(")")

    def _layout_mappingproxy(self, object, out, indent, allowance, context, level):
        out.append("mappingproxy(")
        self._put(object.copy(), out, indent + 13, allowance + 1, context, level)
        out.append(")")

    def _layout_namespace(self, object, out, indent, allowance, context, level):
        name = "namespace" if type(object) is _types.SimpleNamespace else type(object).__name__
        indent += len(name) + 1
        out.append(name + "(")
        self._named_items(list(object.__dict__.items()), out, indent, allowance, context, level)
        out.append(")")

    def _layout_dataclass(self, object, out, indent, allowance, context, level):
        name = type(object).__name__
        indent += len(name) + 1
        pairs = [(f.name, getattr(object, f.name)) for f in _dataclasses.fields(object) if f.repr]
        out.append(name + "(")
        self._named_items(pairs, out, indent, allowance, context, level)
        out.append(")")

    def _layout_defaultdict(self, object, out, indent, allowance, context, level):
        if not object:
            out.append(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        out.append("%s(%s,\n%s" % (name, factory, " " * indent))
        self._layout_dict(object, out, indent, allowance + 1, context, level)
        out.append(")")

    def _layout_counter(self, object, out, indent, allowance, context, level):
        if not object:
            out.append(repr(object))
            return
        name = type(object).__name__
        out.append(name + "({")
        if self._indent_per_level > 1:
            out.append(" " * (self._indent_per_level - 1))
        self._dict_items(object.most_common(), out, indent + len(name) + 1, allowance + 2,
                         context, level)
        out.append("})")

    def _layout_chain_map(self, object, out, indent, allowance, context, level):
        if not object.maps or (len(object.maps) == 1 and not object.maps[0]):
            out.append(repr(object))
            return
        name = type(object).__name__
        out.append(name + "(")
        indent += len(name) + 1
        for i, mapping in enumerate(object.maps):
            if i == len(object.maps) - 1:
                self._put(mapping, out, indent, allowance + 1, context, level)
                out.append(")")
            else:
                self._put(mapping, out, indent, 1, context, level)
                out.append(",\n" + " " * indent)

    def _layout_deque(self, object, out, indent, allowance, context, level):
        if not object:
            out.append(repr(object))
            return
        name = type(object).__name__
        out.append(name + "(")
        indent += len(name) + 1
        out.append("[")
        if object.maxlen is None:
            self._items(object, out, indent, allowance + 2, context, level)
            out.append("])")
        else:
            self._items(object, out, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            out.append("],\n%smaxlen=%s)" % (" " * indent, maxlen))

    def _layout_user_dict(self, object, out, indent, allowance, context, level):
        self._put(object.data, out, indent, allowance, context, level - 1)

    _layout_user_list = _layout_user_dict
    _layout_user_string = _layout_user_dict

    # The safe repr: recursion marked, depth limited, dict keys sorted.

    def _safe_repr(self, object, context, maxlevels, level):
        kind = type(object)
        if kind in _SCALARS:
            return repr(object), True, False
        r = getattr(kind, "__repr__", None)
        if issubclass(kind, int) and r is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(kind, dict) and r is dict.__repr__:
            if not object:
                return "{}", True, False
            pairs = list(object.items())
            if self._sort_dicts:
                pairs.sort(key=_safe_pair)
            return self._safe_container(
                object, context, maxlevels, level, "{", "}", "{...}",
                pairs, lambda pair, lv: self._safe_pair_repr(pair, context, maxlevels, lv))
        if (issubclass(kind, list) and r is list.__repr__) or \
                (issubclass(kind, tuple) and r is tuple.__repr__):
            if issubclass(kind, list):
                if not object:
                    return "[]", True, False
                opening, closing, cut = "[", "]", "[...]"
            elif len(object) == 1:
                opening, closing, cut = "(", ",)", "(...,)"
            else:
                if not object:
                    return "()", True, False
                opening, closing, cut = "(", ")", "(...)"
            return self._safe_container(
                object, context, maxlevels, level, opening, closing, cut, object,
                lambda item, lv: self.format(item, context, maxlevels, lv))
        text = repr(object)
        return text, bool(text and not text.startswith("<")), False

    def _safe_pair_repr(self, pair, context, maxlevels, level):
        key, kreadable, krecur = self.format(pair[0], context, maxlevels, level)
        value, vreadable, vrecur = self.format(pair[1], context, maxlevels, level)
        return "%s: %s" % (key, value), kreadable and vreadable, krecur or vrecur

    def _safe_container(self, object, context, maxlevels, level, opening, closing, cut, items,
                        item_repr):
        key = id(object)
        if maxlevels and level >= maxlevels:
            return cut, False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable, recursive = True, False
        parts = []
        for item in items:
            text, item_readable, item_recursive = item_repr(item, level + 1)
            parts.append(text)
            readable = readable and item_readable
            recursive = recursive or item_recursive
        del context[key]
        return opening + ", ".join(parts) + closing, readable, recursive


_LAYOUTS = {
    dict.__repr__: PrettyPrinter._layout_dict,
    _collections.OrderedDict.__repr__: PrettyPrinter._layout_ordered_dict,
    list.__repr__: PrettyPrinter._layout_list,
    tuple.__repr__: PrettyPrinter._layout_tuple,
    set.__repr__: PrettyPrinter._layout_set,
    frozenset.__repr__: PrettyPrinter._layout_set,
    str.__repr__: PrettyPrinter._layout_str,
    bytes.__repr__: PrettyPrinter._layout_bytes,
    bytearray.__repr__: PrettyPrinter._layout_bytearray,
    _types.MappingProxyType.__repr__: PrettyPrinter._layout_mappingproxy,
    _types.SimpleNamespace.__repr__: PrettyPrinter._layout_namespace,
    _collections.defaultdict.__repr__: PrettyPrinter._layout_defaultdict,
    _collections.Counter.__repr__: PrettyPrinter._layout_counter,
    _collections.ChainMap.__repr__: PrettyPrinter._layout_chain_map,
    _collections.deque.__repr__: PrettyPrinter._layout_deque,
    _collections.UserDict.__repr__: PrettyPrinter._layout_user_dict,
    _collections.UserList.__repr__: PrettyPrinter._layout_user_list,
    _collections.UserString.__repr__: PrettyPrinter._layout_user_string,
}
