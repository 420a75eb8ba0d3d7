[x for x in y]
[x for x in y if x if z]
[x * y for x in a for y in b]
{x for x in y}
{k: v for k, v in items}
(x for x in y)
[(x, y) for x, y in z]
[x for x in [y for y in z]]
[x for *a, x in y]
[i for i in range(10) if i % 2 == 0]
