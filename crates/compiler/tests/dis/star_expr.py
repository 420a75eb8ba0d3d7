print(*a, sep='')
x = [*range(3), 4]
y = (*a, *b)
