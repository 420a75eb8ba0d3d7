print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2)
print(1 + 2 << 1, 1 | 2 ^ 3 & 4, 5 & 3 | 8)
print(not 1 == 2, not (1 and 0), 1 or 0 and 0)
print(10 - 4 - 3, 2 ** 2 ** 3, 100 / 10 / 5)
print(3 if 0 else 4 if 1 else 5)
print(1 < 2 == 2, (1 < 2) == 2)
print(- - 1, ~ - 2, 2 * -3)
print([1, 2] + [3] * 2, 'ab' * 2 + 'c')
x = 5
print(x > 3 and x < 10 or x == 0)
lam = lambda: 1 if x else 2
print(lam())
