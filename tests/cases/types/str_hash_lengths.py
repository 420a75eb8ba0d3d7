"""hash() of strs and bytes under PYTHONHASHSEED=0 across the lengths where SipHash-1-3's last
partial word changes (0 to 17 bytes), ASCII, latin-1 and wider texts, and NUL bytes."""
for s in ["", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "kalo mine suta", "x" * 15, "x" * 16, "x" * 17, "é", "ab\xff", "ǅ", "😀a", "\x00", "\x00\x00", "a\x00b"]:
    print(repr(s), hash(s), hash(s.encode()), hash(s.encode("utf-32-le")) if len(s) < 3 else 0)
