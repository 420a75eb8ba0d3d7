"""A struct sequence's `__match_args__` is made when its type's namespace is first read: a
class pattern reads it, and `vars` shows the same tuple."""
import sys

VersionInfo = type(sys.version_info)
match sys.version_info:
    case VersionInfo(major, minor):
        print("positional", major, minor)

t = type(sys.float_info)
names = t.__match_args__
print(type(names).__name__, len(names), names[:3])
print(names[0] == "max", names is t.__match_args__)
print(vars(t)["__match_args__"] is names, "max" in vars(t))
IntInfo = type(sys.int_info)
match sys.int_info:
    case IntInfo(bits, size):
        print("int_info", bits, size)
