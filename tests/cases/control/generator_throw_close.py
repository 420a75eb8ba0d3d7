def worker():
    try:
        while True:
            try:
                x = yield
                print("working on", x)
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    finally:
        print("cleanup")
w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad")))
next(w)
w.close()
print("closed")
try:
    w.send(2)
except StopIteration:
    print("send after close -> StopIteration")
def unhandled():
    yield 1
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignore_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)
