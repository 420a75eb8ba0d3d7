"""Splitting URLs into parts, joining relative URLs, and percent-encoding (RFC 3986 as
CPython applies it): gilpy's counterpart of urllib.parse. Only str URLs are supported;
bytes URLs raise NotImplementedError."""

import re
from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit",
           "urlencode", "parse_qs", "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes", "DefragResult", "ParseResult",
           "SplitResult"]

uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https",
                 "shttp", "mms", "prospero", "rtsp", "rtspu", "sftp", "svn", "svn+ssh", "ws",
                 "wss"]
uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms",
               "https", "shttp", "snews", "prospero", "rtsp", "rtspu", "rsync", "svn",
               "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss"]
uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp",
               "rtspu", "sip", "sips", "mms", "sftp", "tel"]
scheme_chars = ("abcdefghijklmnopqrstuvwxyz"
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                "0123456789"
                "+-.")

_C0_CONTROL_OR_SPACE = "".join(chr(i) for i in range(33))
_REMOVED_CHARS = "\t\r\n"


def _text(value, function):
    if isinstance(value, (bytes, bytearray)):
        raise NotImplementedError("urllib.parse.%s: bytes URLs are not supported by gilpy"
                                  % function)
    return value


class _NetlocParts:
    """`username`, `password`, `hostname` and `port`, read from `netloc`."""

    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        host, percent, zone = host.partition("%")
        return host.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is None:
            return None
        if not (port.isdigit() and port.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {port!r}")
        port = int(port)
        if not 0 <= port <= 65535:
            raise ValueError("Port out of range 0-65535")
        return port

    @property
    def _userinfo(self):
        userinfo, at, _ = self.netloc.rpartition("@")
        if not at:
            return None, None
        username, colon, password = userinfo.partition(":")
        return username, (password if colon else None)

    @property
    def _hostinfo(self):
        hostinfo = self.netloc.rpartition("@")[2]
        before, bracket, inside = hostinfo.partition("[")
        if bracket:
            host, _, rest = inside.partition("]")
            port = rest.partition(":")[2]
        else:
            host, _, port = hostinfo.partition(":")
        return host, (port or None)


class DefragResult(namedtuple("DefragResult", "url fragment")):
    __slots__ = ()

    def geturl(self):
        return self.url + "#" + self.fragment if self.fragment else self.url


class SplitResult(namedtuple("SplitResult", "scheme netloc path query fragment"), _NetlocParts):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(namedtuple("ParseResult", "scheme netloc path params query fragment"),
                  _NetlocParts):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


def _split_scheme(url):
    colon = url.find(":")
    if colon > 0 and url[0].isascii() and url[0].isalpha() and \
            all(c in scheme_chars for c in url[:colon]):
        return url[:colon].lower(), url[colon + 1:]
    return None, url


def _split_netloc(url):
    """`url` (after `//`) as the authority, up to the first `/`, `?` or `#`, and the rest."""
    end = len(url)
    for c in "/?#":
        at = url.find(c, 2)
        if at >= 0:
            end = min(end, at)
    return url[2:end], url[end:]


def urlsplit(url, scheme="", allow_fragments=True):
    """`url` as (scheme, netloc, path, query, fragment)."""
    url = _text(url, "urlsplit").lstrip(_C0_CONTROL_OR_SPACE)
    scheme = _text(scheme, "urlsplit").strip(_C0_CONTROL_OR_SPACE)
    for c in _REMOVED_CHARS:
        url = url.replace(c, "")
        scheme = scheme.replace(c, "")
    found, url = _split_scheme(url)
    if found is not None:
        scheme = found
    netloc = query = fragment = ""
    if url[:2] == "//":
        netloc, url = _split_netloc(url)
        if ("[" in netloc) != ("]" in netloc):
            raise ValueError("Invalid IPv6 URL")
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def _split_params(path):
    start = path.rfind("/") if "/" in path else 0
    semi = path.find(";", start)
    if semi < 0:
        return path, ""
    return path[:semi], path[semi + 1:]


def urlparse(url, scheme="", allow_fragments=True):
    """`url` as (scheme, netloc, path, params, query, fragment)."""
    split = urlsplit(url, scheme, allow_fragments)
    path, params = split.path, ""
    if split.scheme in uses_params and ";" in path:
        path, params = _split_params(path)
    return ParseResult(split.scheme, split.netloc, path, params, split.query, split.fragment)


def urlunsplit(components):
    """The URL of (scheme, netloc, path, query, fragment)."""
    scheme, netloc, url, query, fragment = components
    if netloc or (scheme and scheme in uses_netloc and url[:2] != "//"):
        if url and url[:1] != "/":
            url = "/" + url
        url = "//" + (netloc or "") + url
    if scheme:
        url = scheme + ":" + url
    if query:
        url = url + "?" + query
    if fragment:
        url = url + "#" + fragment
    return url


def urlunparse(components):
    """The URL of (scheme, netloc, path, params, query, fragment)."""
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = "%s;%s" % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


def _resolve_path(base_path, path):
    """`path` relative to `base_path`: merged, then its `.` and `..` segments removed (empty
    segments in the middle of a merged path are dropped)."""
    if path[:1] == "/":
        segments = path.split("/")
    else:
        base = base_path.split("/")
        if base[-1] != "":
            base.pop()
        segments = base + path.split("/")
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved = []
    for segment in segments:
        if segment == "..":
            if resolved:
                resolved.pop()
        elif segment != ".":
            resolved.append(segment)
    if segments[-1] in (".", ".."):
        resolved.append("")
    return "/".join(resolved) or "/"


def urljoin(base, url, allow_fragments=True):
    """`url` resolved against the absolute URL `base`."""
    if not base:
        return url
    if not url:
        return base
    b = urlparse(base, "", allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, b.scheme, allow_fragments)
    if scheme != b.scheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = b.netloc
    if not path and not params:
        return urlunparse((scheme, netloc, b.path, b.params, query or b.query, fragment))
    return urlunparse((scheme, netloc, _resolve_path(b.path, path), params, query, fragment))


def urldefrag(url):
    """`url` without its fragment, and the fragment."""
    if "#" not in url:
        return DefragResult(url, "")
    s, n, p, a, q, frag = urlparse(url)
    return DefragResult(urlunparse((s, n, p, a, q, "")), frag)


_ALWAYS_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")
_HEX = "0123456789ABCDEFabcdef"


def quote_from_bytes(bs, safe="/"):
    """`bs` with every byte but letters, digits, `_.-~` and `safe` percent-encoded."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ""
    if isinstance(safe, str):
        safe = safe.encode("ascii", "ignore")
    keep = _ALWAYS_SAFE | frozenset(safe)
    return "".join(chr(b) if b in keep else "%%%02X" % b for b in bs)


def quote(string, safe="/", encoding=None, errors=None):
    """`string` percent-encoded (as UTF-8 unless `encoding` says otherwise)."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or "utf-8", errors or "strict")
    elif encoding is not None:
        raise TypeError("quote() doesn't support 'encoding' for bytes")
    elif errors is not None:
        raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe="", encoding=None, errors=None):
    """`quote`, with spaces written as `+`."""
    space = " " if isinstance(string, str) else b" "
    if space not in string:
        return quote(string, safe, encoding, errors)
    safe = safe + (" " if isinstance(safe, str) else b" ")
    return quote(string, safe, encoding, errors).replace(" ", "+")


def unquote_to_bytes(string):
    """The bytes `string` percent-encodes (malformed escapes kept as they are)."""
    if not string:
        return b""
    if isinstance(string, str):
        string = string.encode("utf-8")
    parts = bytes(string).split(b"%")
    out = bytearray(parts[0])
    for part in parts[1:]:
        digits = part[:2]
        if len(digits) == 2 and all(chr(c) in _HEX for c in digits):
            out.append(int(digits, 16))
            out += part[2:]
        else:
            out += b"%" + part
    return bytes(out)


_ASCII_RUN = re.compile("([\x00-\x7f]+)")


def unquote(string, encoding="utf-8", errors="replace"):
    """`string` with its percent-escapes decoded (as UTF-8 unless `encoding` says
    otherwise); other characters are kept."""
    if isinstance(string, (bytes, bytearray)):
        return unquote_to_bytes(string).decode(encoding, errors)
    if "%" not in string:
        return string
    pieces = _ASCII_RUN.split(string)
    out = []
    for i, piece in enumerate(pieces):
        out.append(unquote_to_bytes(piece).decode(encoding, errors) if i % 2 else piece)
    return "".join(out)


def unquote_plus(string, encoding="utf-8", errors="replace"):
    """`unquote`, with `+` read as a space."""
    return unquote(string.replace("+", " "), encoding, errors)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
              errors="replace", max_num_fields=None, separator="&"):
    """The (name, value) pairs of the query string `qs`."""
    qs = _text(qs, "parse_qsl")
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None and max_num_fields < 1 + qs.count(separator):
        raise ValueError("Max number of fields exceeded")
    pairs = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, eq, value = field.partition("=")
        if not eq:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            pairs.append((unquote(name.replace("+", " "), encoding, errors),
                          unquote(value.replace("+", " "), encoding, errors)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
             errors="replace", max_num_fields=None, separator="&"):
    """The query string `qs` as a dict of lists of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                                 max_num_fields, separator):
        result.setdefault(name, []).append(value)
    return result


def _quote_item(item, quote_via, safe, encoding, errors):
    if isinstance(item, bytes):
        return quote_via(item, safe)
    return quote_via(item if isinstance(item, str) else str(item), safe, encoding, errors)


def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
    """The query string of a mapping or a sequence of pairs; with `doseq`, a sequence value
    gives one pair per item."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence or mapping object") from err
    fields = []
    for key, value in query:
        key = _quote_item(key, quote_via, safe, encoding, errors)
        if not doseq or isinstance(value, (str, bytes)):
            fields.append(key + "=" + _quote_item(value, quote_via, safe, encoding, errors))
            continue
        try:
            len(value)
        except TypeError:
            fields.append(key + "=" + _quote_item(value, quote_via, safe, encoding, errors))
        else:
            for item in value:
                fields.append(key + "=" + _quote_item(item, quote_via, safe, encoding, errors))
    return "&".join(fields)
