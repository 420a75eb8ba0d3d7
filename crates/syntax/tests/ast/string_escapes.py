'\n\t\r\\\a\b\f\v'
'\101\7\0'
'\x41\u00e9\U0001F600'
'\N{BULLET}\N{LATIN SMALL LETTER A}'
'\q\d'
'a\
b'
b'\101\x41\u0041\N{X}\q'
'\777'
