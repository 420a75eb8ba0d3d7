print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any("a"), all(""), any([None, ""]), all([[1], 1]))
def noisy(v):
    print("checking", v)
    return v
print(any(noisy(v) for v in [0, 2, 3]))
print(all(noisy(v) for v in [1, 0, 3]))
print(any(x > 5 for x in range(10)), all(isinstance(x, int) for x in [1, True]))
