"""The codec entry points pickles name (`_codecs.encode` rebuilds bytes in protocol 0-2
pickles). Counterpart of the functions of CPython's Modules/_codecsmodule.c that work on str
and bytes, built on str.encode and bytes.decode."""


def encode(obj, encoding="utf-8", errors="strict"):
    """Encode `obj` with the codec registered for `encoding`."""
    if isinstance(obj, str):
        return obj.encode(encoding, errors)
    raise TypeError("encoding with '%s' codec failed" % encoding)


def decode(obj, encoding="utf-8", errors="strict"):
    """Decode `obj` with the codec registered for `encoding`."""
    return bytes(obj).decode(encoding, errors)
