for i in range(3):
    pass
print(i)
for k, v in {'a': 1, 'b': 2}.items():
    pass
print(k, v)
for x, (y, z) in [(1, (2, 3))]:
    print(x, y, z)
lst = [1, 2, 3]
for item in lst:
    if item == 1:
        lst.append(4)
print(lst)
d = {}
for d['key'] in range(2):
    pass
print(d)
for i in range(3):
    i = 10
print(i)
