a and b and c
a or b and c
not a or b
a < b <= c > d >= e == f != g
a in b
a not in b
a is b
a is not b
not a in b
a and (b or c)
