-x
+x
~x
not x
-x ** 2
2 ** -1
a ** b ** c
a + b * c - d / e // f % g @ h
a << b >> c
a & b | c ^ d
-(-x)
(a + b) * c
--x
