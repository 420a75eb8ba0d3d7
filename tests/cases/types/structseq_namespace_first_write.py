"""A struct-sequence type whose namespace is first touched by a write (gilpy fills the
namespaces of the types it makes on their first read or write, and the fill must come before
the write, or it would undo it), then its fields, class attributes and instances."""
import time

S = time.struct_time
S.__match_args__ = ("tm_mon", "tm_mday")
S.extra = "set first"
t = time.gmtime(86400 * 40)
match t:
    case S(month, day):
        print("month", month, "day", day)
print(S.__match_args__, S.extra, S.n_sequence_fields, S.n_fields)
print(t.tm_yday, t.tm_year, t[0], len(t), repr(S), S.__module__)
del S.extra
print(hasattr(S, "extra"), hasattr(S, "tm_zone"))
