# Exception groups drawn as boxes by traceback.print_exception and the interpreter printer.
import sys
def f():
    raise ValueError("in f")
def g(n):
    try:
        f()
    except ValueError as e:
        raise TypeError(f"g{n}") from e
excs = []
for i in range(3):
    try:
        g(i)
    except TypeError as e:
        excs.append(e)
inner = ExceptionGroup("inner", [KeyError("k"), OSError("o")])
try:
    raise inner
except ExceptionGroup as e:
    inner = e
big = ExceptionGroup("big", [ValueError(i) for i in range(17)])
def nest(d):
    if d == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"level {d}", [nest(d - 1)])
eg = ExceptionGroup("top", excs + [inner, big, nest(12)])
eg.add_note("a note\nwith two lines")
try:
    try:
        raise eg
    except ExceptionGroup:
        raise RuntimeError("while handling")
except RuntimeError as e:
    err = e
import io
import traceback
buf = io.StringIO()
traceback.print_exception(err, file=buf)
print(buf.getvalue().replace(__file__, "FILE"), end="")
print("----")
sys.stderr = buf = io.StringIO()
sys.excepthook(type(err), err, err.__traceback__)
sys.stderr = sys.__stderr__
print(buf.getvalue().replace(__file__, "FILE"), end="")
