word = "Straße Ünïcödé"
print([c for c in word if not c.isascii()])
print(word.upper(), word.lower(), word.casefold(), len(word.upper()))
print([hex(ord(c)) for c in "aé中😀"])
print("中文".encode("utf-8"), "中文".encode("utf-16-be"), "ا".isalpha())
print(sorted("cbaé"), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
