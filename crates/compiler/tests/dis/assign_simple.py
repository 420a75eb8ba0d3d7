x = 1
y = x
a = b = c = y
del x
