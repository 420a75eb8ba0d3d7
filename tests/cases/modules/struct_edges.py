import struct
for f,v in [('b',200),('B',-1),('h',40000),('H',-1),('i',2**31),('I',-1),('l',2**63),('<l',2**31),('q',2**63),('Q',-1),('<Q',-1),('n',2**63),('N',-1), ('<b', 200), ('<I', -1), ('>H', 70000), ('<q', 2**63)]:
    try:
        struct.pack(f,v)
    except struct.error as e:
        print(f, e)
for f,v in [('i',1.5),('d','x'),('c',b'ab'),('s',1),('?',[]),('f',1e300),('e',1e10),('<f',1e300)]:
    try:
        print(struct.pack(f,v))
    except (struct.error, OverflowError) as e:
        print(f, type(e).__name__, e)
for f in ['<n','z','3']:
    try:
        struct.calcsize(f)
    except struct.error as e:
        print(f, e)
try:
    struct.pack('ii', 1)
except struct.error as e:
    print(e)
try:
    struct.unpack('i', b'12')
except struct.error as e:
    print(e)
print(struct.pack('5p', b'ab'), struct.unpack('5p', b'\x02abcd'), struct.pack('e', 1.5), struct.pack('<f', 0.1), struct.unpack('<f', struct.pack('<f', 0.1)))
for x in [0.0, -0.0, 1.0, -2.5, 1e-310, 5e-324, 1.7976931348623157e308, float('inf'), 65504.0, 6e-8, 3.4028234e38, 1.0000001]:
    for c in "efd":
        try:
            b = struct.pack("<" + c, x)
            print(c, b.hex(), struct.unpack("<" + c, b))
        except OverflowError as e:
            print(c, e)
print(struct.calcsize("bhiqd"), struct.calcsize("<bhiqd"), struct.calcsize("c3x2s?"), struct.pack(">bhl", 1, 2, 3), struct.pack("@bhl", 1, 2, 3))
s = struct.Struct("<2H")
print(s.size, s.format, s.pack(1, 2), s.unpack(b"\x01\x00\x02\x00"), list(s.iter_unpack(bytes(8))), s.unpack_from(b"xx\x01\x00\x02\x00", 2))
buf = bytearray(6)
struct.pack_into("<H", buf, 2, 513)
print(buf, struct.unpack("<?Q", bytes(9)), struct.pack("=i", -1), struct.pack("3s", b"abcdef"), struct.unpack("!d", struct.pack("!d", 1.5)))
print(struct.pack("d", float("nan"))[-2:].hex(), struct.unpack("<e", b"\x00\x7c"), struct.pack("<e", 65520.0) if False else "", struct.pack("P", 5))
print(struct.pack("<I", 2**32) if False else "")
for f, v in [("<I", 2**32), ("<H", -1), ("<i", -2**31 - 1), ("<L", 2**32)]:
    try:
        struct.pack(f, v)
    except struct.error as e:
        print(f, e)
