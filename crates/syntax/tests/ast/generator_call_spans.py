f(x for x in y)
sum(x * 2 for x in range(10))
f((x for x in y), 1)
g = (x for x in y)
