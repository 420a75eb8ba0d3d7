a, b = c
a, b = b, a
a, b, c = c, b, a
[x, *y, z] = seq
first, *rest = seq
(p, q), r = t
