import sys

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def inner(a, b=2):
    x = D("inner x")
    y = [a, b]
    def closure():
        return y
    raise KeyError(a)

def outer():
    o = D("outer o")
    inner(1)

try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame is sys._getframe())
    tb2 = tb.tb_next
    f2 = tb2.tb_frame
    print(f2.f_code.co_name, tb2.tb_lineno, f2.f_lineno, sorted(f2.f_locals))
    tb3 = tb2.tb_next
    f3 = tb3.tb_frame
    print(f3.f_code.co_name, tb3.tb_lineno, f3.f_lineno)
    loc = f3.f_locals
    print(sorted(loc), loc["a"], loc["b"], loc["y"], loc["x"].name)
    del loc
    print(f3.f_back is f2, f2.f_back is tb.tb_frame)
    print(f3.f_globals is globals(), tb3.tb_next)
    print(isinstance(tb3.tb_lasti, int), tb3.tb_lasti > 0)
    print("clearing inner")
    f3.clear()
    print(sorted(f3.f_locals))
    del f2, f3, tb, tb2, tb3
    print("leaving handler")
print("after handler")

def running():
    f = sys._getframe()
    try:
        f.clear()
    except RuntimeError as e:
        print("RuntimeError", e)
    return f

fr = running()
print(fr.f_code.co_name, sorted(fr.f_locals))
del fr
print("end")
