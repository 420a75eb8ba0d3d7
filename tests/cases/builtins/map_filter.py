print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, [])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(6))))
m = map(int, "12x")
print(next(m), next(m))
try:
    next(m)
except ValueError as e:
    print("ValueError:", e)
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
