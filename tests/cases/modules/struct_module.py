import struct
packed = struct.pack("<iHd", -2, 65535, 1.5)
print(packed, len(packed), struct.calcsize("<iHd"), struct.calcsize("iHd"))
print(struct.unpack("<iHd", packed), struct.pack(">I", 1), struct.pack("!h", -1))
print(struct.unpack("3s?", b"abc\x01"), struct.pack("<q", 2 ** 62))
try:
    struct.pack("b", 200)
except struct.error as e:
    print("struct.error:", e)
