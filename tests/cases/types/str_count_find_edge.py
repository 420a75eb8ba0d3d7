s = "banana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count("a", 2), s.count("a", 2, 4), s.count("", 2, 4))
print(s.find("na", 3), s.rfind("na", 0, 4), s.find("a", -2), s.rfind("a", -6, -3), s.find("", 6), s.find("", 7))
print(s.startswith("an", 1), s.endswith("an", 0, 4), s.startswith(""), s.endswith(("x", "na")))
print(s.index("n", 3), s.rindex("n", 0, 3), "abc".find("c", 1, 2), "abc".find("c", 1, 3))
