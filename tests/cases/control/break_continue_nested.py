for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i:
            break
        print(i, j)
result = []
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    result.append(i)
print(result)
outer_done = False
for a in range(3):
    for b in range(3):
        if a * b == 2:
            outer_done = True
            break
    if outer_done:
        break
print(a, b)
