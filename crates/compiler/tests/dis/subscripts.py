x = a[1]
a[1] = x
del a[1]
y = a[1:2]
z = a[::2]
w = a[1:2, 3]
v = a[:]
