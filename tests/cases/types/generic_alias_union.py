import types
print(list[int].__parameters__, list[int].append, type(int | str), type(list[int]).__module__)
print(int | str | int, int | None, None | int, (int | str).__args__, int | list[int], list[int] | None)
print((int | str) == (str | int), int | int, hash(int | str) == hash(str | int))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
print(isinstance(None, int | None), issubclass(bool, int | str), list[int] == list[int], list[int] == list[str])
print(hash(list[int]) == hash(list[int]), list[int] | int, isinstance(2.5, int | float | None))
print(repr(tuple[()]), dict[str, ...], list['X'], list[list], type[int].__origin__, enumerate[int])
class A(list[int]):
    pass
print(A.__mro__, A.__orig_bases__, A([3]))
print(list[int]([1, 2]), list[int].__reduce__())
try:
    list[int][str]
except TypeError as e:
    print("TypeError:", e)
print(type(int | str).__name__, types.UnionType, types.GenericAlias, types.GenericAlias(dict, (str, int)))
try:
    isinstance(1, str | list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    types.UnionType()
except TypeError as e:
    print("TypeError:", e)
class Box(list):
    pass
print(Box[int], Box[int].__origin__ is Box, frozenset[str], set[bytes])
def f(x: int | None = None) -> list[str]:
    return [str(x)]
print(f.__annotations__, f())
import copy
print(copy.copy(list[int]) == list[int])
