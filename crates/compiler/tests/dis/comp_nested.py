m = [[i * j for j in range(3)] for i in range(3)]
s = {i: [j for j in range(i)] for i in range(3)}
g = sum(x for x in range(10))
