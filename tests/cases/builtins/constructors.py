print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), complex())
print(list("ab"), tuple({1: 2}), dict(a=1), set("aab") == {"a", "b"}, str(3.0), bytes(2))
print(object().__class__.__name__, type(object()) is object)
print(list(x for x in range(3)), dict.fromkeys("ab", 0), frozenset("a"))
