b = b"  Hello World  "
print(b.split(), b.strip().split(b" "), b.lstrip(), b.rstrip(), b.center(20, b"*"))
print(b"a-b-c".split(b"-", 1), b"a-b-c".rsplit(b"-", 1), b"abc".ljust(5, b"."), b"abc".rjust(5))
print(b"hello".capitalize(), b"HeLLo".lower(), b"hello world".title(), b"abc".zfill(6))
print(b"x\ny\r\nz".splitlines(), b"tab\tsep".expandtabs(4), b" \t\n".isspace(), b"Ab1".isalnum())
print(b"hello".index(b"l"), b"hello".rindex(b"l"), b"hello".endswith((b"lo", b"x")), b"abc" * 0)
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), bytes.fromhex("ff00").hex("-"))
print(b"%s %x %5.2f" % (b"fmt", 255, 3.14159), b"caf\xc3\xa9".decode(), b"a,b".replace(b",", b";"))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abc".translate(None, b"b"))
