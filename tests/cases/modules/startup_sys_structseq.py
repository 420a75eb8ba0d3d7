"""sys's struct sequences and the site builtins, made natively at start-up."""
import sys

for info in (sys.version_info, sys.float_info, sys.int_info, sys.hash_info):
    t = type(info)
    print(repr(info))
    print(t.__name__, t.__module__, t.n_fields, t.n_sequence_fields, t.n_unnamed_fields)
    print(t.__match_args__ == tuple(t.__match_args__), len(info) == t.n_fields)
    print([getattr(info, f) == info[i] for i, f in enumerate(t.__match_args__)])
    print(info.__reduce__()[1][0] == tuple(info), isinstance(info, tuple))
print(sys.thread_info.name, sys.thread_info.lock, sys.thread_info[:2])
v = sys.version_info
print(v[:2], v.major, v >= (3, 8), v < (4,), v == (3, 11, 7, "final", 0), hash(v) == hash(tuple(v)))
match v:
    case (3, minor, *_):
        print("matched 3", minor)
VersionInfo = type(v)
match v:
    case VersionInfo(major=3, minor=m):
        print("keyword match", m)
f = sys.flags
print(type(f).__name__, len(f), type(f).n_fields, f.optimize, f.no_site, f.isolated, f.safe_path)
print(f.debug == f[0], f.int_max_str_digits, f.dev_mode, type(f.dev_mode))
print(repr(f).startswith("sys.flags(debug=0, inspect=0, interactive=0, optimize=0,"))
for obj in (v, f):
    try:
        obj.extra = 1
    except AttributeError:
        print("no new attributes on", type(obj).__name__)
    try:
        obj.__dict__
    except AttributeError:
        print("no __dict__ on", type(obj).__name__)
fi = type(sys.float_info)(range(11))
print(fi.max, fi.rounds, repr(fi)[:30])
for bad in [range(3), range(12)]:
    try:
        type(sys.float_info)(bad)
    except TypeError as e:
        print(e)
print(repr(exit), repr(quit), sep="\n")
print(type(exit).__name__, type(exit).__module__, type(copyright).__name__, type(license).__module__)
print(exit.name, exit.eof, callable(exit), callable(credits))
for q, args in [(exit, ()), (quit, (4,)), (exit, ("bye",))]:
    try:
        q(*args)
    except SystemExit as e:
        print("SystemExit", e.code, e.args)
print("_structseq" in sys.modules)
