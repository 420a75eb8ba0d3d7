if 0 < x < 10:
    y = 1
while a < b < c:
    a += 1
