s = ("implicit "
     "concatenation "
     'across lines')
print(s)
print("tab:\t|", "newline escaped:\\n", "bell repr:", repr("\a\b\f\v"))
print("\0" == "\x00", "\x7f" == chr(127), "\u00e9" == "é", "\N{LATIN SMALL LETTER E WITH ACUTE}" == "é")
print("unknown escape: \d \w", len("\d"))
print(b"\x41\102\x43", rb"\x41", "\101")
print('''He said "hi" and 'bye' ''', """triple 'single' "double" inside""")
print(r"C:\path\to\file", r"\\server", len(r"\n"))
