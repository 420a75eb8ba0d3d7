b = b"Hello, World"
print(b[0], b[-1], b[0:5], b[::-1], len(b), b * 2, b + b"!")
print(b.upper(), b.lower(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"))
print(b.startswith(b"He"), b.strip(b"Hd"), b.hex(), b.hex(":"), bytes.fromhex("48 65 6c"))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(5)), bytes(b"x"))
print(list(b"ab"), b"a" in b"abc", 97 in b"abc", b"abc" < b"abd", b"".join([b"a", b"b"]))
print(b"  x ".strip(), b"a,b".partition(b","), b"AbC".swapcase(), b"abc".isalpha(), b"12".isdigit())
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(repr(bytes(range(0, 256, 17))), b"\x00".decode(), bytes.maketrans(b"a", b"b"))
print(b"abc".center(7, b"-"), b"%d" % 5, b"a b".title(), hash(b"abc") == hash(b"abc"))
