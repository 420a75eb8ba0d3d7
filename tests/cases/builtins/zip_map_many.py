a = [1, 2, 3]
b = "abc"
c = (True, False, None)
print(list(zip(a, b, c)), list(map(lambda *xs: xs, a, b)))
print(dict(zip(b, a)), [x + y for x, y in zip(a, a[1:])])
transposed = list(zip(*[[1, 2, 3], [4, 5, 6]]))
print(transposed, list(map(list, zip(*transposed))))
print(list(zip(range(3), range(10, 20), strict=False)), list(zip("ab", range(1000))))
