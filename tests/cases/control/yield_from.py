def inner():
    x = yield "inner 1"
    print("inner got", x)
    yield "inner 2"
    return "inner result"
def outer():
    result = yield from inner()
    print("outer got", result)
    yield from [10, 20]
    yield from range(2)
o = outer()
print(next(o))
print(o.send("hello"))
print(list(o))
def delegating_throw():
    try:
        yield from inner()
    except ValueError as e:
        yield f"outer caught {e}"
d = delegating_throw()
next(d)
print(d.throw(ValueError("boom")))
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5]])))
