# urllib.parse: splitting and unsplitting URLs, netloc parts, relative resolution (urljoin),
# fragments, percent-encoding both ways, query strings both ways.
from urllib.parse import (parse_qs, parse_qsl, quote, quote_from_bytes, quote_plus, unquote, unquote_plus,
                          unquote_to_bytes, urldefrag, urlencode, urljoin, urlparse, urlsplit, urlunparse, urlunsplit)
import urllib.parse

urls = ["http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag", "https://example.com", "//host/path", "/just/path?x",
        "mailto:someone@example.com", "file:///etc/passwd", "ftp://ftp.x.org/pub;type=d", "http://[::1]:80/ip6",
        "HTTP://h/%7Euser", "path/only#f", "  http://h/ws\t\n", "a1+b.c:rest", "1http:x", "http://h?q#f?g",
        "http://h/p;a;b/c;d", "tel:+1-555;ext=1", "", "svn+ssh://u@h/repo", "http://h:/nop", "http://h#"]
for u in urls:
    s, p = urlsplit(u), urlparse(u)
    print(repr(u), s, p.params, s.geturl(), p.geturl(), urlunsplit(s), urlunparse(p))
    print("   ", s.username, s.password, s.hostname, s.port)
print(urlsplit("x/y#z", allow_fragments=False), urlsplit("p", scheme="http"), urlparse("//h/p", "https"))
for bad in ["http://[::1/x", "http://h]/", "http://h:99999/", "http://h:x1/"]:
    try:
        print(urlsplit(bad).port)
    except ValueError as e:
        print("ValueError", e)
base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s", "", ".", "./",
            "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g",
            "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g#s/../x", "http:g", "a//b/../c"]:
    print(repr(rel), urljoin(base, rel))
print(urljoin("", "x"), urljoin("http://a/b", ""), urljoin("mailto:x@y", "z"), urljoin("https://h/a/", "ftp://o/p"), urljoin("http://h/a/b", "c", False))
print(urldefrag("http://h/p?q#frag"), urldefrag("http://h/p"), urldefrag("http://h/p#").geturl())
for s in ["", "abc", "a b/c?d=e&f", "ünïcødé", "~_.-", "%", "/path with/slash"]:
    print(repr(s), quote(s), quote(s, safe=""), quote_plus(s), quote_plus(s, safe="/"), quote(s, safe="?&="))
print(quote(b"\x00\xff ab"), quote_from_bytes(b"a b", "b"), quote("é", encoding="latin-1"), quote_plus(b"a b"))
for s in ["abc", "%41%42", "%e2%82%ac", "%E2%82", "%zz%4", "a+b%20c", "ü%C3%BC", "%C3a%A9", "100%"]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s), repr(unquote(s, "latin-1")))
print(unquote(b"%41%20"), unquote_to_bytes(""), unquote("%41", errors="strict"))
for q in ["a=1&b=2&a=3", "a=&b", "a+b=c+d&e=%26", "x=1;y=2", "&&a=1&&", "=v", "k=v=w"]:
    print(repr(q), parse_qsl(q), parse_qs(q), parse_qsl(q, keep_blank_values=True), parse_qs(q, separator=";"))
for args in [("a=1&b", {"strict_parsing": True}), ("a=1&b=2", {"max_num_fields": 1}), ("a=1", {"separator": ""})]:
    try:
        parse_qsl(args[0], **args[1])
    except ValueError as e:
        print("ValueError", e)
print(urlencode({"a": 1, "b": "x y", "c": "é&"}), urlencode([("k", "v"), ("k", "w")]), urlencode({"l": [1, 2]}), urlencode({"l": [1, 2], "s": "ab"}, doseq=True))
print(urlencode({"p": "/x y"}, safe="/"), urlencode({"p": "a b"}, quote_via=quote), urlencode({b"k": b"v w"}), urlencode({"n": None, "t": (1,)}, doseq=True))
try:
    urlencode("abc")
except TypeError as e:
    print("TypeError", e)
print(urllib.parse.uses_netloc[:3], sorted(n for n in urllib.parse.__all__ if n.startswith("url")))
