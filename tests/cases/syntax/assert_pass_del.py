def nothing():
    pass
print(nothing())
assert 1 + 1 == 2
try:
    assert 1 > 2, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("empty args:", e.args)
x = [1, 2, 3, 4]
del x[0]
print(x)
del x[1:]
print(x)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class O: pass
o = O(); o.attr = 1
del o.attr
print(hasattr(o, 'attr'))
a = b = 1
del a, b
print('a' in dir(), 'b' in dir())
