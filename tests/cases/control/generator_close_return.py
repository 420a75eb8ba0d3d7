def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally in gen")
g = gen()
print(next(g))
print(g.close())
print(g.close())
def gen_return_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
h = gen_return_on_close()
next(h)
print(h.close())
fresh = gen()
fresh.close()
print("closing an unstarted generator runs nothing")
def stopper():
    yield 1
    raise StopIteration("explicit")
try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))
