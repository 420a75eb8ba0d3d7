print(chr(65), chr(97), chr(8364), chr(128512), chr(0) == "\x00", repr(chr(10)))
print(ord("A"), ord("€"), ord("😀"), ord(b"a"), ord(bytearray(b"z")))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
print("".join(chr(ord(c) + 1) for c in "HAL"))
