print(hash(42) == 42, hash(-1) == -2, hash(2 ** 64) == 2 ** 64 % (2 ** 61 - 1))
print(hash(0.5) == hash(0.5), hash(2.0) == 2, hash(frozenset()) == hash(frozenset()))
for unhashable in [[], {}, set(), bytearray()]:
    try:
        hash(unhashable)
    except TypeError as e:
        print("TypeError:", e)
