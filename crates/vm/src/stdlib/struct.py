"""Packing values into bytes by C-struct format strings: gilpy's counterpart of struct
(CPython's is the C module _struct)."""

import math as _math
import sys as _sys

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack",
           "Struct", "error"]


class error(Exception):
    pass


error.__module__ = "struct"

# code: (native size, standard size, kind); native sizes follow a 64-bit Linux C ABI.
_CODES = {
    "x": (1, 1, "pad"), "c": (1, 1, "char"), "b": (1, 1, "int"), "B": (1, 1, "uint"),
    "?": (1, 1, "bool"), "h": (2, 2, "int"), "H": (2, 2, "uint"), "i": (4, 4, "int"),
    "I": (4, 4, "uint"), "l": (8, 4, "int"), "L": (8, 4, "uint"), "q": (8, 8, "int"),
    "Q": (8, 8, "uint"), "n": (8, None, "int"), "N": (8, None, "uint"),
    "e": (2, 2, "float"), "f": (4, 4, "float"), "d": (8, 8, "float"), "s": (1, 1, "str"),
    "p": (1, 1, "pascal"), "P": (8, None, "uint"),
}
_FLOAT_LAYOUT = {2: (5, 10), 4: (8, 23), 8: (11, 52)}
_NATIVE_RANGE_NAMES = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}


def _parse(fmt):
    """(byte order, native?, [(code, count, size, offset)], total size) of a format."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode("ascii")
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    order, native = _sys.byteorder, True
    body = fmt
    if fmt[:1] in "@=<>!" and fmt:
        mark = fmt[0]
        body = fmt[1:]
        native = mark == "@"
        if mark in "<":
            order = "little"
        elif mark in ">!":
            order = "big"
    items = []
    offset = 0
    i, n = 0, len(body)
    while i < n:
        ch = body[i]
        if ch.isspace():
            i += 1
            continue
        count = None
        if ch.isdigit():
            j = i
            while j < n and body[j].isdigit():
                j += 1
            count = int(body[i:j])
            i = j
            if i >= n:
                raise error("repeat count given without format specifier")
            ch = body[i]
        i += 1
        spec = _CODES.get(ch)
        if spec is None or (not native and spec[1] is None):
            raise error("bad char in struct format")
        size = spec[0] if native else spec[1]
        if native and spec[2] not in ("pad", "char", "str", "pascal", "bool"):
            offset = (offset + size - 1) // size * size
        reps = 1 if count is None else count
        if spec[2] in ("str", "pascal"):
            items.append((ch, reps, reps, offset))
            offset += reps
        elif spec[2] == "pad":
            offset += reps
        else:
            for _ in range(reps):
                items.append((ch, 1, size, offset))
                offset += size
    return order, native, items, offset


def _as_int(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), "__index__", None)
    if index is None:
        raise error("required argument is not an integer")
    return index(v)


def _range_error(code, size, native, lo, hi, v):
    if code in _NATIVE_RANGE_NAMES and native:
        return error("%s format requires %d <= number <= %d"
                     % (_NATIVE_RANGE_NAMES[code], lo, hi))
    if size == 8 or (lo == 0 and v < 0):
        return error("argument out of range")
    return error("'%s' format requires %d <= number <= %d" % (code, lo, hi))


def _float_bits(x, size, native, code):
    """The IEEE 754 binary16/32/64 bits of x, rounded half to even."""
    exp_bits, mant_bits = _FLOAT_LAYOUT[size]
    bias = (1 << (exp_bits - 1)) - 1
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    top = (1 << exp_bits) - 1
    if x != x:
        return (sign << (exp_bits + mant_bits)) | (top << mant_bits) | (1 << (mant_bits - 1))
    a = abs(x)
    if a == _math.inf:
        return (sign << (exp_bits + mant_bits)) | (top << mant_bits)
    if a == 0:
        return sign << (exp_bits + mant_bits)
    num, den = a.as_integer_ratio()
    e = num.bit_length() - den.bit_length()
    if (num << max(0, -e)) < (den << max(0, e)):
        e -= 1
    e = max(e, 1 - bias)
    shift = mant_bits - e
    scaled_num, scaled_den = (num << shift, den) if shift >= 0 else (num, den << -shift)
    m, r = divmod(scaled_num, scaled_den)
    if 2 * r > scaled_den or (2 * r == scaled_den and m & 1):
        m += 1
    if m >> (mant_bits + 1):
        m >>= 1
        e += 1
    if e > bias:
        if native and code == "f":
            return (sign << (exp_bits + mant_bits)) | (top << mant_bits)
        raise OverflowError("float too large to pack with %s format" % code)
    if m >> mant_bits:
        biased = e + bias
        m -= 1 << mant_bits
    else:
        biased = 0
    return (sign << (exp_bits + mant_bits)) | (biased << mant_bits) | m


def _float_from_bits(bits, size):
    exp_bits, mant_bits = _FLOAT_LAYOUT[size]
    bias = (1 << (exp_bits - 1)) - 1
    sign = -1.0 if bits >> (exp_bits + mant_bits) else 1.0
    biased = (bits >> mant_bits) & ((1 << exp_bits) - 1)
    m = bits & ((1 << mant_bits) - 1)
    if biased == (1 << exp_bits) - 1:
        return sign * (_math.inf if m == 0 else _math.nan)
    if biased == 0:
        return sign * _math.ldexp(float(m), 1 - bias - mant_bits)
    return sign * _math.ldexp(float(m + (1 << mant_bits)), biased - bias - mant_bits)


def _pack_one(code, count, size, value, order, native):
    kind = _CODES[code][2]
    if kind in ("int", "uint"):
        v = _as_int(value)
        # Like CPython, standard little-endian codes whose size is the native one take the
        # native code's path (and its error messages) on a little-endian host.
        native = native or (order == _sys.byteorder and _CODES[code][0] == size)
        if kind == "int":
            lo, hi = -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1
        else:
            lo, hi = 0, (1 << (8 * size)) - 1
        if not lo <= v <= hi:
            raise _range_error(code, size, native, lo, hi, v)
        return v.to_bytes(size, order, signed=kind == "int")
    if kind == "float":
        if isinstance(value, float):
            f = value
        elif hasattr(type(value), "__float__") or hasattr(type(value), "__index__"):
            f = float(value)
        else:
            raise error("required argument is not a float")
        return _float_bits(f, size, native, code).to_bytes(size, order)
    if kind == "bool":
        return b"\x01" if value else b"\x00"
    if kind == "char":
        if not isinstance(value, (bytes, bytearray)) or len(value) != 1:
            raise error("char format requires a bytes object of length 1")
        return bytes(value)
    if not isinstance(value, (bytes, bytearray)):
        raise error("argument for '%s' must be a bytes object" % code)
    if kind == "str":
        return bytes(value[:count]).ljust(count, b"\x00")
    if count == 0:
        return b""
    data = bytes(value[:count - 1])
    return bytes((min(len(data), 255),)) + data.ljust(count - 1, b"\x00")


def _unpack_one(code, count, size, chunk, order):
    kind = _CODES[code][2]
    if kind in ("int", "uint"):
        return int.from_bytes(chunk, order, signed=kind == "int")
    if kind == "float":
        return _float_from_bits(int.from_bytes(chunk, order), size)
    if kind == "bool":
        return chunk != b"\x00" * len(chunk)
    if kind in ("char", "str"):
        return bytes(chunk)
    n = chunk[0] if chunk else 0
    return bytes(chunk[1:1 + min(n, count - 1)])


class Struct:
    """A compiled format string."""

    def __init__(self, format):
        self._order, self._native, self._items, self.size = _parse(format)
        self.format = format.decode("ascii") if isinstance(format, bytes) else format

    def __repr__(self):
        return "Struct(%r)" % (self.format,)

    def pack(self, *values):
        if len(values) != len(self._items):
            raise error("pack expected %d items for packing (got %d)"
                        % (len(self._items), len(values)))
        out = bytearray(self.size)
        for (code, count, size, offset), value in zip(self._items, values):
            out[offset:offset + size] = _pack_one(code, count, size, value, self._order,
                                                  self._native)
        return bytes(out)

    def pack_into(self, buffer, offset, *values):
        data = self.pack(*values)
        if offset < 0:
            if offset + self.size > 0:
                raise error("no space to pack %d bytes at offset %d" % (self.size, offset))
            if offset + len(buffer) < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, len(buffer)))
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d "
                        "bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(buffer)))
        buffer[offset:offset + self.size] = data

    def _unpack_at(self, data, base):
        return tuple(_unpack_one(code, count, size, data[base + off:base + off + size],
                                 self._order)
                     for code, count, size, off in self._items)

    def unpack(self, buffer):
        data = bytes(buffer)
        if len(data) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._unpack_at(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = bytes(buffer)
        if offset < 0:
            if offset + len(data) < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, len(data)))
            offset += len(data)
        if len(data) - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d "
                        "bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(data)))
        return self._unpack_at(data, offset)

    def iter_unpack(self, buffer):
        data = bytes(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes"
                        % self.size)
        return (self._unpack_at(data, base) for base in range(0, len(data), self.size))


_cache = {}


def _compiled(fmt):
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) > 100:
            _cache.clear()
        s = _cache[fmt] = Struct(fmt)
    return s


def _clearcache():
    """Empty the cache of compiled formats."""
    _cache.clear()


def calcsize(format):
    return _compiled(format).size


def pack(format, *values):
    return _compiled(format).pack(*values)


def pack_into(format, buffer, offset, *values):
    return _compiled(format).pack_into(buffer, offset, *values)


def unpack(format, buffer):
    return _compiled(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _compiled(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _compiled(format).iter_unpack(buffer)
