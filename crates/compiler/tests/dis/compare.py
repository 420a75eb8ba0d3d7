a < b
a <= b == c
a is b, a is not b
a in b, a not in b
x = 1 < y < 3
z = a in [1, 2, 3]
w = not a is b
