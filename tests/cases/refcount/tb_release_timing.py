import gc, sys

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def raiser(tag):
    local = D(tag)
    raise ValueError(tag)

def handled_inside():
    try:
        raiser("handled inside")
    except ValueError:
        print("handling inside")
    print("after inner handler")

handled_inside()
print("-")

def keep_tb():
    try:
        raiser("kept tb")
    except ValueError as e:
        return e.__traceback__

tb = keep_tb()
print("tb kept", tb.tb_next.tb_frame.f_code.co_name)
tb = None
print("-")

def gen():
    g_local = D("generator local")
    yield 1
    raise ValueError("from generator")

try:
    for v in gen():
        print("got", v)
except ValueError as e:
    print("caught", e)
print("after generator")

def cycle():
    c = D("cycle local")
    try:
        raise TypeError("t")
    except TypeError as e:
        err = e
    return 1

gc.disable()
cycle()
print("cycle made")
print("collected", gc.collect() > 0)
gc.enable()

def exc_info_kept():
    z = D("exc_info local")
    1 / 0

try:
    exc_info_kept()
except ZeroDivisionError:
    info = sys.exc_info()
    print(info[2].tb_next.tb_frame.f_code.co_name)
del info
print("end")
