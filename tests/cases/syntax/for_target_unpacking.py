pairs = [(1, "one"), (2, "two")]
for number, word in pairs:
    print(number, word)
for i, (a, *rest) in enumerate([[1, 2, 3], [4]]):
    print(i, a, rest)
matrix = [[1, 2], [3, 4]]
for (a, b), label in zip(matrix, "xy"):
    print(label, a + b)
obj = type("O", (), {})()
for obj.attr in range(2):
    pass
print(obj.attr)
lst = [0, 0]
for lst[0], lst[1] in [(1, 2), (3, 4)]:
    pass
print(lst)
for _ in range(2):
    print("underscore loop")
print(_)
