x = 1
a = b = c
x, y = y, x
[a, *b] = c
a.b = 1
a[0] = 2
(a) = 3
