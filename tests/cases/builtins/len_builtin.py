print(len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(b"xy"), len(""))
print(len(bytearray(4)), len(frozenset()), len({}.keys()), len("😀"))
for bad in [5, None, 1.5, iter([])]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
