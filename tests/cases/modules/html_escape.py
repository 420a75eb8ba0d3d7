# html.escape (with and without quotes) and html.unescape of text without references.
import html

for s in ["plain", "<a href=\"x\">Tom & Jerry's</a>", "&amp; already", "", "'\"<>&"]:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)), repr(html.escape(s, False)))
print(html.unescape("no references here"), html.unescape(""), html.escape.__name__)
