print(b'abc', B"x\x00y", rb'\n', br"\t")
print(b'\xff'[0], list(b'AZ'), b'a' b'b')
print(repr(b"'\""), repr(b'\r\n\x7f\x80'))
print(type(b''), len(b'\\'))
