import inspect, sys

def f(a, b: int = 2, /, c=3, *args, d, e: str = "x", **kw) -> bool:
    """Docstring here.

        indented line
    last line
    """
    return True

def g(x, y=None):
    yield x

class Base:
    """Base doc."""
    def method(self, p, q=1):
        """Method doc."""
        return p

class Child(Base):
    def method(self, p, q=1):
        return q
    def __init__(self, size, *, color="red"):
        self.size = size

sig = inspect.signature(f)
print(sig)
print(repr(sig))
for name, p in sig.parameters.items():
    print(name, p.kind, p.default is inspect.Parameter.empty, p)
print(sig.return_annotation)
print(inspect.signature(g), inspect.signature(Child), inspect.signature(Child(1).method))
print(inspect.signature(lambda *a, **k: None))
b = inspect.signature(g).bind(1)
print(b.args, b.kwargs, b.arguments)
b.apply_defaults()
print(b)
try:
    inspect.signature(g).bind()
except TypeError as e:
    print("TypeError:", e)
print(inspect.isfunction(f), inspect.isfunction(len), inspect.isbuiltin(len))
print(inspect.isclass(Base), inspect.ismethod(Child(1).method), inspect.ismethod(f))
print(inspect.isgeneratorfunction(g), inspect.isgeneratorfunction(f), inspect.isgenerator(g(1)))
print(inspect.iscoroutinefunction(f), inspect.isroutine(len), inspect.ismodule(sys))
print(inspect.getdoc(f))
print(inspect.getdoc(Child.method), inspect.getdoc(Child))
print(inspect.cleandoc("   first\n      second\n    third\n"))
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Child(3)) if not n.startswith("__")])
print(inspect.getsource(Base.method), end="")
print(inspect.getsource(g), end="")
print(inspect.getsourcelines(Child)[1])
def where():
    fr = inspect.currentframe()
    return fr.f_code.co_name, fr.f_back.f_code.co_name, fr.f_lineno
print(where())
def stk():
    return [(fi.function, fi.lineno, fi.code_context) for fi in inspect.stack()]
print(stk())
print(inspect.getfullargspec(f))
print(inspect.getmro(Child) == Child.__mro__, inspect.isabstract(Child))
print(inspect.Parameter("z", inspect.Parameter.KEYWORD_ONLY, default=5))
print(inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY)]))
gen = g(5)
print(inspect.getgeneratorstate(gen)); next(gen); print(inspect.getgeneratorstate(gen))
print(gen.gi_frame.f_locals, gen.gi_frame.f_code.co_name)
