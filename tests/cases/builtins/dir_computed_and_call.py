# dir() lists the attributes builtin types compute (__class__, __doc__, an instance __dict__,
# int.real, function.__code__, ...), and the builtin callables have __call__.
class A:
    x = 1

    def m(self):
        return self.x


class S:
    __slots__ = ("a",)


def f(a, b=2):
    return a + b


def show(o):
    names = set(dir(o))
    picked = sorted(n for n in names if not n.startswith("__") or n in (
        "__class__", "__doc__", "__dict__", "__module__", "__name__", "__qualname__", "__code__", "__defaults__",
        "__globals__", "__closure__", "__func__", "__self__", "__call__", "__traceback__", "__cause__", "__context__",
        "__builtins__", "__kwdefaults__", "__annotations__", "__suppress_context__"))
    print(type(o).__name__, picked)


for o in [A, A(), S, S(), object, object(), 1, True, 2.5, 3j, 10**30, "s", [], f, A().m, len, [].append, ValueError("x")]:
    show(o)
print(f.__call__(1), A().m.__call__(), len.__call__([1, 2]), [].append.__call__(1), type(f).__call__(f, 5, b=1))
print(hasattr(f, "__call__"), hasattr(len, "__call__"), hasattr(A().m, "__call__"), callable(f), f.__call__.__name__)
try:
    type(f).__call__()
except TypeError as e:
    print("TypeError", e)
