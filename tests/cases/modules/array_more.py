import array
for c in 'bBhHiIlLqQ':
    for v in (200, -200, 40000, -40000, 2**33, -1, 2**70, -2**70):
        try:
            array.array(c, [v])
        except OverflowError as e:
            print(c, v, "OverflowError:", e)
for c in 'fd':
    for v in ('x', 2**2000):
        try:
            array.array(c, [v])
        except (TypeError, OverflowError) as e:
            print(c, repr(v)[:6], type(e).__name__, e)
for v in ('xy', 1):
    try:
        array.array('u', [v])
    except TypeError as e:
        print('u', v, "TypeError:", e)
try:
    array.array('z')
except ValueError as e:
    print("ValueError:", e)
try:
    array.array('i', 'ab')
except TypeError as e:
    print("TypeError:", e)
print(array.array('u', 'ab'), array.array('b', b'ab'), array.array('i', array.array('b', [1, 2])))
print(array.array('f', [1.1]), array.array('d', []), array.array('i', range(3)) * 2, array.array('i', [3]) + array.array('i', [4]))
a = array.array('i', [1, 2, 3])
del a[0]
print(a, a.buffer_info()[1], a[::-1], a.pop(), a.index(2), a.count(2))
for bad in [lambda: a.remove(9), lambda: a.index(9), lambda: a.extend(array.array('b', [1])),
            lambda: a.frombytes(b'abc'), lambda: a.fromlist((1,)), lambda: a[5],
            lambda: array.array('i', [1]) + [2], lambda: array.array('i').pop(),
            lambda: a.tounicode()]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(array.array('i', [1]) == array.array('b', [1]), array.array('i', [1, 2]) < array.array('i', [1, 3]))
print(array.array('i', [1]) == [1], array.typecodes, array.ArrayType is array.array)
b = array.array('h', [1, 2, 3, 4, 5])
b.insert(0, 9); b.insert(-1, 8); b.insert(100, 7)
b.reverse()
print(b, b.tolist(), len(b), 3 in b, 42 in b, list(b))
b[1:3] = array.array('h', [0])
b[::2] = array.array('h', [6, 6, 6, 6])
del b[::3]
print(b, b.tobytes())
b.byteswap()
print(b)
b *= 2
b += array.array('h', [1])
print(b, 2 * array.array('b', [1]), b.itemsize, b.typecode)
u = array.array('u', 'hé')
u.append('x'); u.fromunicode('yz')
print(u, u.tounicode(), u[1], memoryview(array.array('i', [1, 2])).tolist(), bytes(array.array('h', [1, 2])))
m = memoryview(array.array('i', [7, 8]))
print(m.format, m.itemsize, m.nbytes, m[1], m.cast('B').tolist())
import copy
c = array.array('d', [1.5, 2.5])
print(copy.copy(c), copy.deepcopy(c), copy.copy(c) is c, sum(c), max(c))
class MyArray(array.array):
    pass
ma = MyArray('i', [1, 2])
ma.tag = 'x'
print(ma, ma[:1], type(ma[:1]).__name__, ma.tag, isinstance(ma, array.array))
fl = array.array('f')
fl.frombytes(array.array('f', [0.5, 0.25]).tobytes())
print(fl, array.array('q', [-2**63, 2**63 - 1]), array.array('Q', [2**64 - 1]))
for k in (-3, 0, 2):
    print(array.array('b', [1, 2]) * k)
try:
    array.array('b', [1]) * 2**62
except MemoryError:
    print("MemoryError")
try:
    array.array('b', [1]) * 2**100
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
