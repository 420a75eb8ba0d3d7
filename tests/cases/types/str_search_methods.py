s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.find(""))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""))
print(s.startswith("the"), s.startswith(("a", "the")), s.endswith("dog"), s.endswith("do", 0, -1))
print("o" in s, "cat" not in s, s.find("o", 15, 20), s.count("o", 0, 20))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
print("aaaa".count("aa"), "abcabc".rfind("abc", 0, 5), "".find(""), "abc".find("", 10))
