print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(1 == 1.0, 1 is 1, 'a' < 'b', [1, 2] < [1, 3], (1, 2) == (1, 2))
print(1 != 2, not 1 == 2, 2 <= 2, 2 >= 3)
print(None is None, None is not None, 1 in [1, 2], 3 not in [1, 2])
x = [1]
y = [1]
print(x == y, x is y, x is not y)
print('abc' < 'abd', 'Z' < 'a', '' < 'a', (1,) < (1, 0))
def f(v):
    print("eval", v)
    return v
print(f(1) < f(2) < f(0) < f(5))
