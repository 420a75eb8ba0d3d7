"""Escaping text for HTML: gilpy's counterpart of the html package. `unescape` handles text
without character references only (decoding them needs the HTML5 entity table, which gilpy
does not ship); `html.parser` and `html.entities` are not provided."""

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """`s` with `&`, `<` and `>` (and, when `quote`, both quote characters) replaced by
    character references."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


def unescape(s):
    """`s` with its character references decoded."""
    if "&" not in s:
        return s
    raise NotImplementedError("html.unescape: decoding character references is not "
                              "supported by gilpy (it needs the HTML5 entity table)")
