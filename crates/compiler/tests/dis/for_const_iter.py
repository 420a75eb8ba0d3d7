for x in [1, 2, 3]:
    pass
for y in {1, 2}:
    pass
for z in [a, b]:
    pass
