m = memoryview(bytearray(b'ab'))
for v in (256, -1, 'a', 1.5):
    try:
        m[0] = v
    except (TypeError, ValueError) as e:
        print(repr(v), type(e).__name__, e)
try:
    m[0:1] = b'xyz'
except ValueError as e:
    print("ValueError:", e)
print(m.hex(), m.hex(':'), m.cast('c').tolist(), m.cast('b').tolist(), m.shape, m.strides, m.ndim)
print(m.obj, m.contiguous, m[::-1].tolist(), m[::-1].tobytes(), m[::-1].strides)
m.release()
try:
    len(m)
except ValueError as e:
    print("ValueError:", e)
with memoryview(b'ab') as mm:
    print(mm[1], mm[-1])
try:
    mm[0]
except ValueError as e:
    print("ValueError:", e)
print(memoryview(b'ab') == b'ab', memoryview(b'ab') == memoryview(bytearray(b'ab')), memoryview(b'ab') != b'ac')
print(hash(memoryview(b'ab')) == hash(b'ab'), memoryview(b'a') == "a")
try:
    hash(memoryview(bytearray(b'a')))
except ValueError as e:
    print("ValueError:", e)
try:
    memoryview('s')
except TypeError as e:
    print("TypeError:", e)
try:
    memoryview(b'abc').cast('i')
except TypeError as e:
    print("TypeError:", e)
print(memoryview(b'abcd').cast('i').tolist(), memoryview(b'abcd').cast('h')[1], list(memoryview(b'xy')))
print(memoryview(b'ab').toreadonly().readonly, memoryview(bytearray(2)).toreadonly().readonly)
try:
    memoryview(b'abc')[5]
except IndexError as e:
    print("IndexError:", e)
try:
    memoryview(b'abc')['a']
except TypeError as e:
    print("TypeError:", e)
b = bytearray(b'hello')
v = memoryview(b)[1:4]
v[0] = ord('E')
v[1:3] = b'LL'
print(b, v.tobytes(), bytes(v), bytearray(v), b'-'.join([v, b'x']), len(v), v.nbytes)
w = memoryview(v)
w[0] = ord('e')
print(b, w.obj is b, memoryview(b)[::2].tolist(), memoryview(b)[1::2].tobytes())
c = memoryview(bytearray(b'\x01\x00\x02\x00')).cast('H')
c[1] = 513
print(c.tolist(), c.format, c.itemsize, c.nbytes, c.obj)
print(type(memoryview(b'')).__name__, memoryview.__doc__)
