# exec/eval use the globals' own __builtins__ (a dict or a module) and insert the dict.
g = {"__builtins__": {"len": len, "print": print}}
exec("print(len([1, 2]))", g)
try:
    exec("print(abs(-1))", g)
except NameError as e:
    print("NameError:", e)
exec("def f():\n    return len('abc')\n", g)
print(g["f"]())
import builtins
g2 = {"__builtins__": builtins}
exec("print(abs(-3))", g2)
g3 = {}
exec("x = 1", g3)
print(type(g3["__builtins__"]).__name__)
