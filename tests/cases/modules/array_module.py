import array
a = array.array("i", [1, 2, 3])
a.append(4)
print(a, a.tolist(), a[1:3], a.itemsize, a.typecode, len(a))
d = array.array("d", [1.5])
d.extend([2.5])
print(d, sum(d), array.array("b", b"\x01\xff"))
try:
    a.append(1.5)
except TypeError as e:
    print("TypeError:", e)
print(a.tobytes()[:8], array.array("u", "hi"))
