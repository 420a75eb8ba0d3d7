a.b.c.d
a().b[0].c()
x.y.z = 1
a.b[c].d(e).f
(a).b
'abc'.join(x)
1 .real
