import weakref
class E:
    pass
items = [E() for _ in range(5)]
s = weakref.WeakSet(items)
print(len(s))
del items[:2]
print(len(s))
x = items[0]
print(x in s)
s.discard(x)
print(len(s), x in s)
items.clear()
print(len(s))
print(len(s), x in s)
