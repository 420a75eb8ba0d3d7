print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(101)))
print(sum([1.5, 2, True]), sum((x * x for x in range(4)), start=1), sum([1 + 1j, 2]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sum([10 ** 20, 1]), sum([1e308, 1e308]), sum([], start=[]))
