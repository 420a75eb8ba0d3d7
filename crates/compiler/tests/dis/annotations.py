x: int
y: int = 1
z: "str" = "a"
obj.attr: int = 2
d[k]: int
(w): int = 3
