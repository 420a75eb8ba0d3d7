records = [("bob", 3), ("alice", 1), ("carol", 3), ("dave", 2), ("eve", 1), ("frank", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: r[1]))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
l = [3, 1, 2]
print(l.sort(), l)
print(sorted("bca"), sorted({3: 1, 1: 2}), sorted([[2, 1], [1, 2], [1, 1]]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
from functools import cmp_to_key
print(sorted([5, 2, 8], key=cmp_to_key(lambda a, b: b - a)))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]))
