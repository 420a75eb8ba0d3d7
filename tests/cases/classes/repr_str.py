class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "both-str"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "only-str"
b = Both()
print(b, str(b), repr(b), [b], f"{b}", f"{b!r}", "%s %r" % (b, b))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(OnlyStr(), repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class Format:
    def __format__(self, spec):
        return f"<fmt {spec!r}>"
print(format(Format(), "xyz"), f"{Format():>10}", "{:abc}".format(Format()))
