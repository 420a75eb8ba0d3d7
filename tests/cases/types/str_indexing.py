s = "Python"
print(s[0], s[-1], s[1:4], s[::-1], s[::2], s[10:], s[-100:2])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
print(len(s), min(s), max(s), sorted(s), list(s), s * 2, s + "3")
print("é" < "z", "a" * 0, "ab" * -1, ord("A"), chr(0x263A))
for i, c in enumerate("ab"):
    print(i, c)
print("abc" == "abc", "abc" is not None, hash("abc") == hash("ab" + "c"))
