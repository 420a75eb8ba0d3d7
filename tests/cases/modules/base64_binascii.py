# base64 and binascii: Base64 (standard, URL-safe, lines), Base32, Base16, hex, CRC-32, and
# the errors for bad input.
import base64
import binascii

for data in [b"", b"a", b"ab", b"abc", b"abcd", bytes(range(256))[:40], "héllo".encode()]:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.urlsafe_b64encode(data), base64.b32encode(data),
          base64.b32hexencode(data), base64.b16encode(data))
    assert base64.b32decode(base64.b32encode(data)) == data
    assert base64.b32hexdecode(base64.b32hexencode(data)) == data
    assert base64.b16decode(base64.b16encode(data)) == data
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("+/8=", altchars="-_"), base64.b64decode("-_8=", altchars="-_"))
print(base64.urlsafe_b64decode("-_8="), base64.standard_b64decode(b"YWJj"), base64.b64decode("YW Jj\n"), base64.b64decode(bytearray(b"YQ==")))
print(base64.encodebytes(b"x" * 100), base64.decodebytes(base64.encodebytes(b"y" * 60)))
print(base64.b32decode("mfrgg===", casefold=True), base64.b32decode("MFRGG===", map01="L"), base64.b16decode("6162ff", casefold=True))
for bad in ["YWJ", "Y", "YWJjZ", "Y===", "YQ=", "YW=I", b"YQ==YQ==", "YQ=x=", "YWJj=ZA==", "=YWJj", "YW*Jj", "é", 1]:
    try:
        print(repr(bad), base64.b64decode(bad))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
for bad in ["YW*J", "YWJj==", "YQ==YQ", "=YQ", "YQ"]:
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print("validate", e)
for f, arg in [(base64.b32decode, "MFRGG"), (base64.b32decode, "M1RGG==="), (base64.b32decode, "MFRGGZ=="),
               (base64.b16decode, "6g"), (base64.b16decode, "abc"), (base64.b64encode, "text")]:
    try:
        print(f(arg))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print(binascii.b2a_base64(b"ab"), binascii.b2a_base64(b"ab", newline=False), binascii.a2b_base64("YWI="), binascii.hexlify(b"\x01\xab"),
      binascii.hexlify(b"abcd", "-"), binascii.hexlify(b"abcdef", b":", 2), binascii.unhexlify("01aB"), binascii.a2b_hex(b"ff"))
print(binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc32(b"hello world"), binascii.crc32(b""), binascii.crc32(b"a", 5))
for x in [b"YWJj", b"=YWJj", b"YW=Jj", b"YQ==YQ", b"YQ===", b"YW*J", b"YQ=", b"YQ=a", b"YWI="]:
    try:
        print(x, binascii.a2b_base64(x, strict_mode=True))
    except binascii.Error as e:
        print(x, e)
for f, arg in [(binascii.unhexlify, "a"), (binascii.unhexlify, "zz"), (binascii.unhexlify, "a b "), (binascii.b2a_base64, "s"), (binascii.a2b_base64, 1)]:
    try:
        print(f(arg))
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
