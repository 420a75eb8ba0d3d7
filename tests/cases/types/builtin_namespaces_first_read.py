"""Builtin types' namespaces read first through each kind of reader (gilpy fills a builtin
type's namespace on its first read): the instance-dict read of object.__getattribute__,
vars(), dir(), type.__dict__, super(), a subclass, object.__new__'s subtype check, and a first
read from another thread."""
import threading

# object.__getattribute__ reads the type's own namespace as an instance dict.
print(object.__getattribute__(bytearray, "hex"))
print(object.__getattribute__(frozenset, "union"))
try:
    object.__getattribute__(complex, "no_such_name")
except AttributeError:
    print("AttributeError")

# vars() and __dict__ (a mappingproxy over the namespace).
print("conjugate" in vars(complex), "__complex__" in vars(complex))
d = memoryview.__dict__
print(type(d).__name__, "tobytes" in d, "cast" in d)
print(d["tobytes"])

# dir() walks the namespaces along the MRO.
names = dir(range)
print("count" in names, "index" in names, "__iter__" in names, "__hash__" in names)

# A subclass of a type nobody has looked into yet, its methods and super().
class Bits(bytearray):
    def hex(self):
        return "bits:" + super().hex()

b = Bits(b"\x01\xff")
print(b.hex(), b.upper(), bytearray.hex(b), Bits.__mro__[1].__name__)

# object.__new__'s check that the class derives from the type whose __new__ it is.
try:
    bool.__new__(int)
except TypeError as e:
    print("TypeError", e)
print(complex.__new__(complex, 1, 2))

# Classmethods and static methods kept for later.
print(dict.fromkeys("ab", 0), int.from_bytes(b"\x01\x00", "little"), float.fromhex("0x1p3"))
print(bytes.maketrans(b"a", b"b")[97])

# The first read of a type's namespace from another thread.
out = []

def worker():
    out.append(reversed.__dict__["__length_hint__"])
    out.append(str.casefold("ÄB"))

t = threading.Thread(target=worker)
t.start()
t.join()
print(out)
print("__length_hint__" in vars(reversed), "casefold" in dir(str))
