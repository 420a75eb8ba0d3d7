"""Conversions between binary data and ASCII encodings (base64, hexadecimal) and CRC-32:
gilpy's counterpart of CPython's binascii module (written in C there)."""

__all__ = ["Error", "Incomplete", "a2b_base64", "a2b_hex", "b2a_base64", "b2a_hex",
           "crc32", "hexlify", "unhexlify"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = {c: i for i, c in enumerate(_B64)}


def _bytes_arg(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def _ascii_arg(data):
    """Decoder input: bytes-like, or a str of ASCII characters only."""
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None


def b2a_base64(data, *, newline=True):
    """Base64 of `data` (with a trailing newline unless `newline` is false)."""
    data = _bytes_arg(data)
    out = bytearray()
    for pos in range(0, len(data) - 2, 3):
        n = (data[pos] << 16) | (data[pos + 1] << 8) | data[pos + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b"=="
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """The bytes a base64 text encodes; characters outside the alphabet are skipped, and
    padding may be followed by more data, unless `strict_mode`."""
    data = _ascii_arg(data)
    out = bytearray()
    acc = quad = pads = count = 0
    for pos, c in enumerate(data):
        if c == 61:
            if strict_mode and pos == 0:
                raise Error("Leading padding not allowed")
            pads += 1
            if quad >= 2 and quad + pads >= 4:
                if strict_mode and pos + 1 < len(data):
                    raise Error("Excess data after padding")
                break
            continue
        value = _B64_VALUE.get(c)
        if value is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and pads:
            raise Error("Discontinuous padding not allowed")
        count += 1
        acc = (acc << 6) | value
        quad = (quad + 1) % 4
        if quad == 0:
            out += bytes(((acc >> 16) & 255, (acc >> 8) & 255, acc & 255))
            acc = 0
    else:
        if quad == 1:
            raise Error("Invalid base64-encoded string: number of data characters (%d) "
                        "cannot be 1 more than a multiple of 4" % count)
        if quad:
            raise Error("Incorrect padding")
    if quad == 2:
        out.append((acc >> 4) & 255)
    elif quad == 3:
        out += bytes(((acc >> 10) & 255, (acc >> 2) & 255))
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal of `data` as bytes, optionally with `sep` every `bytes_per_sep` bytes."""
    data = _bytes_arg(data)
    if sep is None:
        return data.hex().encode()
    if isinstance(sep, bytes):
        sep = sep.decode("ascii")
    return data.hex(sep, bytes_per_sep).encode()


hexlify = b2a_hex


_HEX_DIGITS = frozenset(b"0123456789abcdefABCDEF")


def a2b_hex(hexstr):
    """The bytes a hexadecimal text encodes."""
    data = _ascii_arg(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    if any(c not in _HEX_DIGITS for c in data):
        raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(data.decode("ascii"))


unhexlify = a2b_hex


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = _crc_table()


def crc32(data, value=0):
    """CRC-32 of `data`, continuing from the checksum `value`."""
    data = _bytes_arg(data)
    crc = ~value & 0xFFFFFFFF
    table = _CRC_TABLE
    for b in data:
        crc = table[(crc ^ b) & 255] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
