def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
x: int = 5
y: str
print(__annotations__)
class C:
    field: int = 3
    other: "C"
print(C.__annotations__, C.field)
def g(): pass
print(g.__annotations__)
