import sys
def f():
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_lineno, fr.f_back.f_code.co_name, fr.f_back.f_lineno)
    print(sys._getframe(1) is fr.f_back, fr.f_globals is globals())
    return fr
def g():
    x = 1
    return f()
fr = g()
print(fr.f_lineno, fr.f_back.f_code.co_name, fr.f_back.f_lineno, fr.f_back.f_back.f_code.co_name)
print(type(fr).__name__, sys._getframe().f_locals is globals())
try:
    sys._getframe(5)
except ValueError as e:
    print(e)
try:
    1/0
except Exception as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_lineno, tb.tb_lineno, tb.tb_frame is sys._getframe())
def h():
    raise KeyError(1)
try:
    h()
except Exception as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_lineno)
