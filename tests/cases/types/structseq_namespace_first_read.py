"""The struct sequences of `sys`, whose types' namespaces gilpy fills on their first read:
fields, class attributes, pattern matching (`__match_args__`), `vars`, `dir`, `repr`."""
import sys

match sys.version_info:
    case (major, minor, *_):
        print("version", major, minor >= 11)
F = type(sys.flags)
print(F.__match_args__[:3], F.n_fields >= 16, F.n_unnamed_fields)
print(sys.flags.optimize, sys.flags[0] == sys.flags.debug, len(sys.flags) == F.n_sequence_fields)
H = type(sys.hash_info)
print("width" in vars(H), "modulus" in dir(H), sys.hash_info.width, H.n_sequence_fields)
print(type(sys.float_info).__name__, sys.float_info.mant_dig, sys.float_info.radix)
print(sys.int_info.bits_per_digit in (15, 30), type(sys.int_info).n_fields >= 2)
print(type(sys.thread_info).__match_args__, sys.thread_info.name)
print(repr(F), F.__module__, F.__name__)
