print("a,b,,c".split(","), "a b  c ".split(), "  lead trail  ".split(" "))
print("a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "".split(), "".split(","))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "x\ny\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(map(str, [1, 2])))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "none".partition("="), "none".rpartition("="))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("a\tb\x0bc\x1cd".split(), "1 2 3".split(maxsplit=1))
