# str methods with a CALL_METHOD fast entry (strip, lstrip, rstrip, lower, upper): ASCII and
# wider text, the argument forms each takes, the guards failing (subclass receivers and
# arguments, None, wrong types and counts, keywords, a foreign self) and identity of results.


def show(f):
    try:
        r = f()
        print("ok", repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


class S(str):
    pass


class Up(str):
    def upper(self):
        return "Up.upper"

    def strip(self, chars=None):
        return "Up.strip"


words = ["  hi  ", "..a,b..", "Ünï  ", "\u2003wide\u2003", "", "x"]
for w in words:
    print(repr(w.strip()), repr(w.lstrip()), repr(w.rstrip()))
    print(repr(w.strip(".,")), repr(w.lstrip(". ")), repr(w.rstrip(",. ")))
    print(repr(w.lower()), repr(w.upper()))
for w in words:
    w.strip()
    w.lower()
show(lambda: "..x..".strip(None))
show(lambda: "..x..".strip(S(".")))
show(lambda: "..x..".strip(5))
show(lambda: "..x..".lstrip(b"."))
show(lambda: "x".strip(".", ","))
show(lambda: "x".strip(chars="."))
show(lambda: "x".lower(1))
show(lambda: "x".upper(x=1))
show(lambda: S(" s ").strip())
show(lambda: S("s").strip())
show(lambda: S("Ab").lower())
show(lambda: S("Ab").upper())
show(lambda: Up("a").upper())
show(lambda: Up(" a ").strip())
show(lambda: Up("Ab").lower())


class Foreign:
    strip = str.strip
    lower = str.lower


show(lambda: Foreign().strip())
show(lambda: Foreign().lower())
w = "same"
print(w.strip() is w, w.strip(".") is w, w.lower() is w, w.rstrip("xyz") is w)
s = S("same")
print(s.strip() is s, type(s.strip()).__name__)
print(str.strip(" a "), str.upper("a"))
for w in ["abc", "", "ab1", "Ünï", "12", "١٢", " \t", "\u2003", "a b"]:
    print(repr(w), w.isalpha(), w.isdigit(), w.isspace())
show(lambda: "a".isalpha(1))
show(lambda: "1".isdigit(x=1))
show(lambda: S("ab").isalpha())


class Odd(str):
    def isalpha(self):
        return "Odd.isalpha"


show(lambda: Odd("ab").isalpha())


class Foreign2:
    isalpha = str.isalpha
    isspace = str.isspace


show(lambda: Foreign2().isalpha())
show(lambda: Foreign2().isspace())
print(str.isdigit("7"))
