a = [1, 2, 3]
print(a + [4], a * 2, 2 in a, a[1:], a[-1], len(a), a == [1, 2, 3], a < [1, 3])
a[1:2] = [20, 21, 22]; print(a)
a[::2] = ["x", "y", "z"]; print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
del a[1::2]; print(a)
b = a
b += [9]
print(a is b, a)
nested = [[1, 2], [3, 4]]
copy = nested[:]
copy[0].append(99)
print(nested, copy is nested)
print([1, [2, [3, [4]]]], list(reversed([1, 2, 3])), [x for x in [3, 1, 2] if x > 1])
print(max([3, 1, 2]), min([3, 1, 2]), sum([1, 2, 3]), sorted([3, 1, 2]))
r = [1, 2]
r.append(r)
print(r)
try:
    a[10]
except IndexError as e:
    print("IndexError:", e)
print([] == [], [] is [], [0] * 0, [1, 2] * -1)
