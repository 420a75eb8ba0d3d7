print('single', "double", '''triple
lines''', """also "triple" """)
print('a' 'b' "c")
print("tab\there", 'quote\'s', "back\\slash")
print("\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}")
print(r"raw\n", R'\d+')
print("\101\060\7" == "A0\x07")
print(len("line\
continued"))
print(repr('it\'s "x"'), repr("only 'single'"), repr('\n\t\\'))
