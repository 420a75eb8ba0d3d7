ba = bytearray(b"hello")
ba[0] = ord("H")
ba.append(33)
ba.extend(b" world")
print(ba, len(ba), ba[1:3], bytes(ba))
ba[0:5] = b"HELLO"
del ba[5]
print(ba)
ba.insert(0, 62)
print(ba.pop(), ba.pop(0), ba)
ba.reverse()
print(ba)
ba.remove(ord("o"))
print(ba, ba.find(b"L"), ba.upper(), type(ba.upper()).__name__)
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") == b"x")
ba2 = bytearray(b"abc")
ba2 += b"def"
ba2 *= 2
print(ba2, ba2.decode(), ba2.count(b"a"))
try:
    ba2[0] = 300
except ValueError as e:
    print("ValueError:", e)
ba2.clear()
print(ba2, repr(bytearray()))
