r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 5 in r, 6 in r)
print(r.index(8), r.count(11), range(5) == range(0, 5), range(0) == range(5, 2))
print(list(range(10, 0, -2)), list(range(-3)), list(range(0, -5, -1)), len(range(0, 10, 4)))
print(range(10)[2:8:2], reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
print(range(10 ** 20)[-1], len(range(-10 ** 18, 10 ** 18, 7)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
print(hash(range(3)) == hash(range(0, 3)), range(3).start, range(3).stop, range(3).step)
