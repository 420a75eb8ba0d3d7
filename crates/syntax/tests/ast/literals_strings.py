'a'
"b"
'''c
d'''
"""e"""
r'\n'
R"\d"
u'x'
U"y"
b'\x00\xff'
B"abc"
rb'\x'
Br"q"
'it''s' "x"
'\'"'
"\""
