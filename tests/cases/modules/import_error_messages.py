"""ImportError/ModuleNotFoundError messages and attributes: circular imports, unknown locations, keywords."""
import _circ_a
import sys, os
try:
    from os import nothing_here
except ImportError as e:
    print(str(e).replace(os.__file__, "OSFILE"), e.name, e.path == os.__file__)
try:
    from sys import nothing_here
except ImportError as e:
    print(e, e.name, e.path)
try:
    from . import x
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
try:
    import nonexistent_mod.sub
except ModuleNotFoundError as e:
    print(e, e.name, e.path)
try:
    import os.path.nothing
except ModuleNotFoundError as e:
    print(e, e.name)
e = ImportError("msg", name="n", path="p")
print(e, e.name, e.path, e.msg, e.args, repr(e))
try:
    ImportError("m", bogus=1)
except TypeError as ex:
    print("TypeError:", ex)
print(repr(ModuleNotFoundError("x", name="y")))
try:
    __import__("_circ_a", fromlist=["nope"]).nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    __import__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    exec("from .. import y", {"__name__": "pkg.mod", "__package__": "pkg"})
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec("from . import y", {"__name__": "m", "__package__": ""})
except ImportError as e:
    print(type(e).__name__, e)
