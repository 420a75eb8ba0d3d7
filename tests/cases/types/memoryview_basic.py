b = bytearray(b"abcdef")
m = memoryview(b)
print(m[0], bytes(m[1:3]), len(m), m.tobytes(), m.tolist()[:3])
m[0] = ord("A")
print(b)
print(m.readonly, memoryview(b"x").readonly, m.nbytes, m.format, m.itemsize)
try:
    memoryview(b"x")[0] = 1
except TypeError as e:
    print("TypeError:", e)
