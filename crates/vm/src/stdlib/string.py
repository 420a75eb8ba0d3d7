"""String constants, capwords, Template and Formatter (as CPython's string.py)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Formatter",
           "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split on sep, capitalize each word, join with sep (or a single space)."""
    return (sep or " ").join(w.capitalize() for w in s.split(sep))


def _is_ident_start(c):
    return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z")


def _is_ident_char(c):
    return _is_ident_start(c) or ("0" <= c <= "9")


class Template:
    """A string class for $-substitutions."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = None

    def __init_subclass__(cls):
        super().__init_subclass__()

    def __init__(self, template):
        self.template = template

    def _parse(self):
        """Yield (literal, name, start) pieces; name is None for plain text, "" for $$."""
        t = self.template
        d = self.delimiter
        i = 0
        n = len(t)
        lit_start = 0
        while i < n:
            if not t.startswith(d, i):
                i += 1
                continue
            j = i + len(d)
            if t.startswith(d, j):
                yield t[lit_start:i], "", i
                i = j + len(d)
                lit_start = i
                continue
            if j < n and t[j] == "{":
                k = j + 1
                while k < n and _is_ident_char(t[k]):
                    k += 1
                if k < n and t[k] == "}" and k > j + 1 and _is_ident_start(t[j + 1]):
                    yield t[lit_start:i], t[j + 1:k], i
                    i = k + 1
                    lit_start = i
                    continue
                yield t[lit_start:i], None, i
                i = j
                lit_start = i
                continue
            if j < n and _is_ident_start(t[j]):
                k = j
                while k < n and _is_ident_char(t[k]):
                    k += 1
                yield t[lit_start:i], t[j:k], i
                i = k
                lit_start = i
                continue
            yield t[lit_start:i], None, i
            i = j
            lit_start = i
        yield t[lit_start:], False, n

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _sub(self, mapping, kws, safe):
        if mapping is None:
            mapping = kws
        elif kws:
            merged = dict(mapping)
            merged.update(kws)
            mapping = merged
        out = []
        for literal, name, pos in self._parse():
            out.append(literal)
            if name is False:
                break
            if name == "":
                out.append(self.delimiter)
            elif name is None:
                if not safe:
                    self._invalid(pos + len(self.delimiter))
                out.append(self.delimiter)
            else:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    if not safe:
                        raise
                    end = pos + len(self.delimiter)
                    braced = self.template.startswith("{", end)
                    out.append(self.delimiter + ("{%s}" % name if braced else name))
        return "".join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._sub(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._sub(mapping, kws, True)

    def is_valid(self):
        for literal, name, pos in self._parse():
            if name is None:
                return False
        return True

    def get_identifiers(self):
        ids = []
        for literal, name, pos in self._parse():
            if name and name not in ids:
                ids.append(name)
        return ids


class Formatter:
    """The str.format machinery as overridable methods."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec = self._vformat(format_spec, args, kwargs, used_args, recursion_depth - 1,
                                        auto_arg_index=0 if auto_arg_index is False else auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier %s" % (conversion,))

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion) tuples."""
        s = format_string
        i = 0
        n = len(s)
        literal = []
        while i < n:
            c = s[i]
            if c == "{":
                if i + 1 < n and s[i + 1] == "{":
                    literal.append("{")
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < n and depth:
                    if s[j] == "{":
                        depth += 1
                    elif s[j] == "}":
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                field = s[i + 1:j - 1]
                name, conversion, spec = field, None, ""
                k = 0
                bracket = False
                while k < len(field):
                    ch = field[k]
                    if ch == "[":
                        bracket = True
                    elif ch == "]":
                        bracket = False
                    elif not bracket and ch in "!:":
                        break
                    k += 1
                name = field[:k]
                rest = field[k:]
                if rest.startswith("!"):
                    if len(rest) < 2:
                        raise ValueError("end of string while looking for conversion specifier")
                    conversion = rest[1]
                    rest = rest[2:]
                    if rest and not rest.startswith(":"):
                        raise ValueError("expected ':' after conversion specifier")
                if rest.startswith(":"):
                    spec = rest[1:]
                yield "".join(literal), name, spec, conversion
                literal = []
                i = j
            elif c == "}":
                if i + 1 < n and s[i + 1] == "}":
                    literal.append("}")
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            yield "".join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first


def _split_field(name):
    i = 0
    n = len(name)
    while i < n and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == ".":
            j = i + 1
            while j < n and name[j] not in ".[":
                j += 1
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.index("]", i)
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, rest
