s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.example.com".lstrip("w."), "file.txt".removesuffix(".txt"))
print("prefix_name".removeprefix("prefix_"), "name".removeprefix("zz"))
print(repr("ab".center(7)), repr("ab".center(7, "*")), repr("abc".ljust(6, ".")), repr("abc".rjust(6)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)), repr("\t".expandtabs(0)))
