try:
    {}["x"]
except KeyError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name)
try:
    [].pop()
except IndexError as e:
    print(e.with_traceback(None) is e, e.__traceback__ is None)
e = StopIteration(5)
print(e.value, StopIteration().value)
n = NameError("msg", name="foo")
print(n.name, AttributeError("m", name="a", obj=1).obj)
import errno
try:
    open("no_such_file_here")
except OSError as e:
    print(e.errno == errno.ENOENT, type(e).__name__, e.filename)
print(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"))
