print(range(3), slice(3), list(range(1, 10, 3)), "abcdef"[slice(1, None, 2)])
print(len(range(0, 100, 7)), range(5)[::-1], list(range(5))[slice(None, None, -2)])
