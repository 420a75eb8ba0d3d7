"""ContextVar get/set/reset with tokens, Context mapping API and run, copy_context, threads."""
import contextvars as c, re
s = lambda e: re.sub('0x[0-9a-f]+', 'ADDR', str(e))
v = c.ContextVar('v', default=1); w = c.ContextVar('w')
print(s(repr(v)), s(repr(w)), v.name, v.get(), w.get("dflt"))
t = v.set(5); print(s(repr(t)), t.var is v, t.old_value, repr(c.Token.MISSING), v.get())
ctx = c.copy_context(); print(type(ctx), len(ctx), list(ctx.items()) == [(v,5)], v in ctx, ctx[v], ctx.get(w, 'd'), ctx.get(w))
try: ctx[w]
except KeyError as e: print('KeyError', type(e.args[0]).__name__)
try: ctx[1]
except TypeError as e: print(e)
try: 1 in ctx
except TypeError as e: print(e)
try: w.get()
except LookupError as e: print(s(repr(e)))
v.reset(t); print(v.get())
try: v.reset(t)
except RuntimeError as e: print(s(e))
try: w.reset(v.set(2))
except ValueError as e: print(s(e))
try: v.reset(5)
except TypeError as e: print(e)
def f(): ctx.run(f)
try: ctx.run(f)
except RuntimeError as e: print(s(e))
try:
    class X(c.ContextVar): pass
except TypeError as e: print(e)
try: c.ContextVar(1)
except TypeError as e: print(e)
print(c.ContextVar[int], c.Token[str])
print(type(c.Context()), c.Context().run(lambda *a, **k: (a, k), 1, x=2))
ctx2 = c.copy_context(); t3 = ctx2.run(v.set, 9)
print(ctx2[v], v.get(), ctx2.run(v.get))
try: v.reset(t3)
except ValueError as e: print(s(e))
ctx2.run(v.reset, t3); print(ctx2[v], v in c.copy_context())
print(ctx2 == ctx2.copy(), ctx2 == c.copy_context(), ctx2 != 5)
try: c.Context(1)
except TypeError as e: print(e)
try: c.Token()
except RuntimeError as e: print(e)
# a context is isolated from later changes and from copies
outer = c.copy_context()
v.set(100)
print(outer[v], v.get(), outer.run(v.get))
def inner():
    v.set(200)
    return v.get()
print(outer.run(inner), outer[v], v.get())
print(s(list(outer.keys())), list(outer.values()), len(list(iter(outer))))
# threads start with an empty context
import threading
res = []
th = threading.Thread(target=lambda: res.append((v.get(), len(c.copy_context()))))
th.start(); th.join(); print(res)
# contextvars in generators and nested run
g = c.ContextVar("g", default="top")
def gen():
    yield g.get()
    g.set("in-gen")
    yield g.get()
it = gen()
print(next(it), next(it), g.get())
