"""str.splitlines() of ASCII text, split byte by byte: each ASCII line break, \r\n as one
break, \n\r as two, breaks at the start and end, keepends, and results that are one
character or empty."""
breaks = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"]
for br in breaks:
    s = "a" + br + "bc" + br
    print(repr(s), s.splitlines(), s.splitlines(True))
for s in ["", "\n", "\n\n", "\r\n\r", "\n\r", "x", "\rx", "x\r", "ab\x1f\x85cd", "\x1f\t \n\x00"]:
    print(repr(s), s.splitlines(), s.splitlines(keepends=True))
text = "\n".join(["kalo mine", "", "suta.", "ripo\r"] * 3)
lines = text.splitlines()
print(len(lines), lines[:5], [type(x).__name__ for x in lines[:2]])
print(text.splitlines(True)[:4], "".join(text.splitlines(True)) == text)
mixed = "ascii\nthen é\r\nend"
print(mixed.splitlines(), mixed.splitlines(True))
try:
    "a\nb".splitlines(1, 2)
except TypeError as e:
    print(e)
