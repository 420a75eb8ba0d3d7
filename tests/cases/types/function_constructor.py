# types.FunctionType and types.MethodType build functions and bound methods; code.replace copies code.
import types


def f(a, b=2):
    "doc of f"
    return a + b


def outer():
    x = 10

    def inner(y):
        return x + y

    return inner


g = types.FunctionType(f.__code__, {"__name__": "mod"}, "gg", (5,))
print(g.__name__, g.__qualname__, g.__defaults__, g.__module__, g.__doc__, g(1), g(1, 1))
print(types.FunctionType(f.__code__, {}).__module__, types.FunctionType(f.__code__, {}).__name__)
h = types.FunctionType(code=f.__code__, globals=globals(), argdefs=(7,))
print(h(1), h.__globals__ is globals(), h.__builtins__ is __builtins__.__dict__)
inner = outer()
cells = inner.__closure__
k = types.FunctionType(inner.__code__, globals(), None, None, cells)
print(k(5), k.__closure__ is cells)
glob = {"__builtins__": {"len": lambda s: 42}}
code = compile("def L(s): return len(s)", "<s>", "exec")
exec(code, glob)
m = types.FunctionType(glob["L"].__code__, glob)
print(m("abc"), m.__builtins__ is glob["__builtins__"])

bad = [
    (),
    (f.__code__,),
    (1, {}),
    (f.__code__, 1),
    (f.__code__, {}, 1),
    (f.__code__, {}, None, [1]),
    (f.__code__, {}, None, None, 5),
    (f.__code__, {}, None, None, (1,)),
    (inner.__code__, {}),
    (inner.__code__, {}, None, None, (1,)),
    (inner.__code__, {}, None, None, ()),
    (f.__code__, {}, None, None, None, 1),
]
for args in bad:
    try:
        types.FunctionType(*args)
    except Exception as e:
        print(type(e).__name__, e)
for kw in [{"code": f.__code__, "globals": {}, "x": 1}, {"globals": {}}]:
    try:
        types.FunctionType(**kw)
    except Exception as e:
        print(type(e).__name__, e)


class C:
    def m(self, n):
        return (self.__class__.__name__, n)


o = C()
bm = types.MethodType(C.m, o)
print(bm(3), bm.__self__ is o, bm.__func__ is C.m, bm == o.m, type(bm).__name__)
print(types.MethodType(len, "abcd")())
for args in [(), (1,), (1, 2, 3), (1, None), (f, None)]:
    try:
        print(types.MethodType(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    types.MethodType(f, x=1)
except Exception as e:
    print(type(e).__name__, e)

c = f.__code__
r = c.replace(co_name="zz", co_filename="other.py", co_firstlineno=99)
print(r.co_name, r.co_qualname, r.co_filename, r.co_firstlineno, c.co_name, r.co_varnames)
print(types.FunctionType(r, {})(1, 2), c.replace(co_consts=c.co_consts).co_consts == c.co_consts)
print(c.replace(co_qualname="Q").co_qualname, c.replace().co_name)
for kw in [{"co_name": 1}, {"x": 1}, {"co_firstlineno": "a"}, {"co_consts": [1]}]:
    try:
        c.replace(**kw)
    except Exception as e:
        print(type(e).__name__, e)
try:
    c.replace(1)
except Exception as e:
    print(type(e).__name__, e)
