x = a if b else c
y = a if b else c if d else e
if (n := len(a)) > 10: pass
while chunk := read(): pass
f = lambda: 0
g = lambda x, y=1, *a, k, m=2, **kw: x
h = lambda x, /, y: y
k = lambda *, a: a
[y := f(x), y**2]
