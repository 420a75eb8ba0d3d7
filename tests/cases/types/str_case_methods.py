s = "hello World, ÉCOLE ß"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold(), sep="\n")
print("ab cD".title(), "they're bill's".title(), "ǅx".upper(), "ΣΑΣ".lower())
print("abc".isupper(), "ABC".isupper(), "Abc".istitle(), "abc".islower(), "123".islower())
