x = obj.attr
obj.attr = 1
del obj.attr
x = a.b.c
