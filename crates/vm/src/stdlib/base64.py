"""Base16, Base32 and Base64 encodings (RFC 4648): gilpy's counterpart of base64. The
Ascii85 and Base85 codecs are not provided (they raise NotImplementedError)."""

import binascii
import re

__all__ = ["b16decode", "b16encode", "b32decode", "b32encode", "b32hexdecode",
           "b32hexencode", "b64decode", "b64encode", "decodebytes", "encodebytes",
           "standard_b64decode", "standard_b64encode", "urlsafe_b64decode",
           "urlsafe_b64encode", "a85encode", "a85decode", "b85encode", "b85decode"]

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _decode_input(s):
    """Decoder input as bytes: a bytes-like object, or a str of ASCII characters."""
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                        % s.__class__.__name__) from None


def _translated(data, altchars, standard):
    """`data` with the two characters of `altchars` swapped for `standard`'s."""
    if altchars is None:
        return data
    if len(altchars) != 2:
        raise ValueError("invalid altchars: %r" % (altchars,))
    return data.translate(bytes.maketrans(bytes(altchars), standard))


def b64encode(s, altchars=None):
    """Base64 of the bytes-like `s`, with `altchars` (two bytes) in place of `+/`."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        if len(altchars) != 2:
            raise ValueError("invalid altchars: %r" % (altchars,))
        return encoded.translate(bytes.maketrans(b"+/", bytes(altchars)))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """The bytes Base64 text `s` encodes; other characters are skipped unless `validate`."""
    s = _decode_input(s)
    if altchars is not None:
        s = _translated(s, _decode_input(altchars), b"+/")
    return binascii.a2b_base64(s, strict_mode=bool(validate))


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 with `-` and `_` in place of `+` and `/`."""
    return b64encode(s).translate(bytes.maketrans(b"+/", b"-_"))


def urlsafe_b64decode(s):
    s = _decode_input(s)
    return b64decode(s.translate(bytes.maketrans(b"-_", b"+/")))


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending in a newline."""
    data = memoryview(s).tobytes() if not isinstance(s, str) else s
    if isinstance(data, str):
        raise TypeError("expected bytes-like object, not str")
    return b"".join(binascii.b2a_base64(data[i:i + MAXBINSIZE])
                    for i in range(0, len(data), MAXBINSIZE))


def decodebytes(s):
    return binascii.a2b_base64(s)


_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"


def _b32encode(alphabet, s):
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    data = memoryview(s).tobytes()
    out = bytearray()
    for pos in range(0, len(data), 5):
        chunk = data[pos:pos + 5]
        n = int.from_bytes(chunk.ljust(5, b"\0"), "big")
        out += bytes(alphabet[(n >> shift) & 31] for shift in range(35, -1, -5))
    pad = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}[len(data) % 5]
    if pad:
        out[-pad:] = b"=" * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _decode_input(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        s = s.translate(bytes.maketrans(b"01", b"O" + _decode_input(map01)))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    padding = len(s) - len(stripped)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for pos in range(0, len(stripped), 8):
        n = 0
        for c in stripped[pos:pos + 8].ljust(8, alphabet[:1]):
            if c not in values:
                raise binascii.Error("Non-base32 digit found")
            n = (n << 5) | values[c]
        out += n.to_bytes(5, "big")
    if padding:
        keep = {1: 4, 3: 3, 4: 2, 6: 1}.get(padding)
        if keep is None:
            raise binascii.Error("Incorrect padding")
        del out[len(out) - 5 + keep:]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    """Upper-case hexadecimal of the bytes-like `s`."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _decode_input(s)
    if casefold:
        s = s.upper()
    if re.search(b"[^0-9A-F]", s):
        raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


def _not_provided(name):
    def codec(*args, **kwargs):
        raise NotImplementedError("base64.%s: the Ascii85/Base85 codecs are not provided "
                                  "by gilpy" % name)
    codec.__name__ = name
    return codec


a85encode = _not_provided("a85encode")
a85decode = _not_provided("a85decode")
b85encode = _not_provided("b85encode")
b85decode = _not_provided("b85decode")
