r = a + b - c * d / e // f % g ** h
s = a << 1 >> 2 | 3 & 4 ^ 5
t = a @ b
u = -a, +a, ~a, not a
