import gc
gc.collect()
def outer():
    x = None
    def inner():
        return x
    x = inner
    return inner
f = outer()
print(f() is f)
del f
print(gc.collect())
