print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3, 1}), sorted({"b": 1, "a": 2}))
print(sorted([3, 1, 2], reverse=True), sorted(["aa", "b", "ccc"], key=len, reverse=True))
print(sorted([-3, 2, -1], key=abs), sorted([]), sorted(range(5, 0, -1)))
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
orig = [2, 1]
new = sorted(orig)
print(orig, new, new is orig)
