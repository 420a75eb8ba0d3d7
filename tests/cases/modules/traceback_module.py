import os, sys
class _Relative:
    """Print paths relative to this directory, so the output does not depend on where it runs."""
    def __init__(self, stream):
        self.stream = stream
        self.prefix = os.path.dirname(os.path.abspath(__file__)) + os.sep
    def write(self, text):
        return self.stream.write(text.replace(self.prefix, ""))
    def flush(self):
        self.stream.flush()
sys.stdout = _Relative(sys.stdout)
import traceback, sys
def f(x):
    return 1 / x
def g():
    return f(0) + 1
try:
    g()
except ZeroDivisionError:
    traceback.print_exc()
    s = traceback.format_exc()
    print(s)
    e = sys.exc_info()[1]
print(traceback.format_exception_only(ZeroDivisionError, e))
print(traceback.format_exception(e))
for fs in traceback.extract_tb(e.__traceback__):
    print(fs, fs.filename == __file__, fs.lineno, fs.name, fs.line, tuple(fs))
print(traceback.format_list(traceback.extract_tb(e.__traceback__)))
def h():
    traceback.print_stack(file=sys.stdout)
    return traceback.extract_stack()
st = h()
print(len(st), st[-1].name, st[-1].line)
for fr, ln in traceback.walk_tb(e.__traceback__):
    print(fr.f_code.co_name, ln)
try:
    try:
        {}['k']
    except KeyError as k:
        raise ValueError("bad") from k
except ValueError as v:
    print("".join(traceback.format_exception(v)))
    te = traceback.TracebackException.from_exception(v)
    print(str(te), list(te.format_exception_only()))
try:
    compile("x = (1 +", "snip.py", "exec")
except SyntaxError as se:
    print(traceback.format_exception_only(se))
try:
    prnt
except NameError as ne:
    print(traceback.format_exception_only(ne))
    ne.add_note("a note")
    traceback.print_exception(ne, file=sys.stdout)
