def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finalised")
g = gen()
print(next(g))
del g
print("after del")
def loop():
    for v in gen():
        if v == 1:
            return v
print(loop())
print("end")
