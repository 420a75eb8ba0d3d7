"""multiprocessing.Value, Array, RawValue and RawArray in one process: typecodes, C
conversions (wrapping, float rounding, one-character bytes and str), indexing and slicing,
c_char arrays' value/raw, locks, sharedctypes.copy and synchronized, and the errors."""
import multiprocessing as mp
from multiprocessing import sharedctypes


def attempt(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except Exception as e:
        print('  ', type(e).__name__, e)


v = mp.Value('i', 5)
print(v, v.value, type(v).__name__)
r = mp.RawValue('d', 1.5)
print(r, r.value, type(r).__name__)
print(mp.Value('i').value, repr(mp.RawValue('c')), repr(mp.RawValue('u')),
      repr(mp.RawValue('f')))
for code, init in [('b', 300), ('b', -129), ('B', -1), ('h', 70000), ('H', -2), ('i', 2**40 + 3),
                   ('i', True), ('I', -1), ('l', 2**70 + 1), ('L', 3), ('q', -5), ('Q', -1),
                   ('f', 0.1), ('f', 10**40), ('d', 0.1), ('d', 7), ('c', b'x'), ('c', 65),
                   ('c', bytearray(b'z')), ('u', 'é'), ('u', '\U0001f600')]:
    x = mp.RawValue(code, init)
    print(code, repr(init)[:12], repr(x.value), repr(x))

print('errors:')
attempt(mp.Value, 'i', 1.5)
attempt(mp.Value, 'd', 'a')
attempt(mp.Value, 'd', 10**400)
attempt(mp.Value, 'z', 1)
attempt(mp.Value, list, 1)
attempt(mp.Value, 'c', 'x')
attempt(mp.Value, 'c', b'xy')
attempt(mp.Value, 'c', 300)
attempt(mp.Value, 'u', 'ab')
attempt(mp.Value, 'u', 5)
attempt(mp.RawValue, 'i', 1, 2)
attempt(mp.Array, 'i', -1)
attempt(mp.RawArray, 'i', 'abc')
attempt(mp.RawArray, 'i', [1.5])
attempt(mp.Value, 'i', 1, lock='x')
attempt(setattr, v, 'value', 'x')

a = mp.Array('i', [1, 2, 3])
print(a[:], a[1], len(a), list(a), a[::-1], a[-1], a[::2], a[1:10], a[5:1], a[2:0:-1])
a[0] = 10
a[1:3] = [7, 8]
print(a[:])
a[::2] = [-1, -3]
print(a[:], sum(a))
attempt(a.__getitem__, 5)
attempt(a.__getitem__, -4)
attempt(a.__getitem__, 'x')
attempt(a.__setitem__, slice(0, 2), [1])
attempt(a.__setitem__, 0, 'x')
print(type(a).__name__, a.get_lock(), type(a.get_obj()).__name__, len(a.get_obj()))

c = mp.Array('c', b'hello')
print(type(c).__name__, c.value, c.raw, c[:], c[0], c[1:3])
c = mp.Array('c', 10)
c.value = b'hi'
print(c.value, c.raw)
c.raw = b'xyz'
print(c.value, c.raw)
attempt(setattr, c, 'value', b'x' * 11)
attempt(setattr, c, 'value', 'str')
attempt(setattr, c, 'raw', b'x' * 11)
attempt(c.__setitem__, 0, 'x')
rc = mp.RawArray('c', 3)
rc.value = b'abc'
print(rc.value, rc.raw)
u = mp.Array('u', 'abc')
print(type(u).__name__, u[:], u[1], u.get_obj().value)
print(mp.Array('d', 3)[:], mp.Array('b', range(3))[:], mp.RawArray('f', (1, 2.5))[:])
ra = mp.RawArray('i', 3)
print(type(ra).__name__, ra[:], len(ra))

print('locks:')
print(type(mp.Value('i', 1, lock=False)).__name__, type(mp.Array('i', 1, lock=False)).__name__)
lock = mp.Lock()
v = mp.Value('i', 1, lock=lock)
print(v.get_lock() is lock)
with v:
    v.get_obj().value += 1
print(v.value, v.get_obj())
v = mp.Value('i', 0)
with v.get_lock():
    for _ in range(10):
        v.value += 1
print(v.value, v.acquire(), v.release())

print('sharedctypes:')
T = sharedctypes.typecode_to_type
print(T['i'].__name__, T['d'].__name__, (T['i'] * 2).__name__, T['i'] * 2 is T['i'] * 2,
      T['q'] is T['l'])
arr = (T['d'] * 3)(1, 2)
print(arr[:], sharedctypes.RawValue(T['H'], 7), mp.Value(T['c'], b'k'))
b = sharedctypes.copy(arr)
arr[0] = 9
print(b[:], arr[:])
s = sharedctypes.synchronized(sharedctypes.RawValue('i', 4))
print(s, s.value)
attempt(sharedctypes.synchronized, s)
