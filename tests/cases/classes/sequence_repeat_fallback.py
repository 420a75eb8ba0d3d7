# seq * x where neither side takes it: the "can't multiply sequence" error; __rmul__ and __index__ first.
class V:
    def __mul__(s, k): return NotImplemented
    def __rmul__(s, k): return 'r'
print([1] * V(), 'ab' * V(), (1,) * V(), b'x' * V())
class W: pass
class I:
    def __index__(self): return 2
print([1] * I(), I() * 'ab', (1,) * I())
for f in [lambda: V() * 'ab', lambda: [1] * W(), lambda: W() * [1], lambda: 'a' * 1.5,
          lambda: bytearray(b'a') * W(), lambda: W() * W(), lambda: [1] * [2]]:
    try:
        f()
    except TypeError as e:
        print(e)
x = [1]
try:
    x *= W()
except TypeError as e:
    print(e)
class L(list): pass
try:
    L([1]) * W()
except TypeError as e:
    print(e)
