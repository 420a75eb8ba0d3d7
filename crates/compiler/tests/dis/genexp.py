x = (i for i in range(3))
y = (i * j for i in a for j in b if i if j)
