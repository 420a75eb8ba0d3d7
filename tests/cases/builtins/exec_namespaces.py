g = {"x": 1}
l = {"y": 2}
exec("z = x + y", g, l)
print(l["z"], "z" in g)
exec("def f():\n    return x\nresult = f()", g)
print(g["result"])
code = "total = sum(values)"
ns = {"values": [1, 2, 3]}
exec(code, ns)
print(ns["total"], "__builtins__" in ns)
print(eval("x + 100", g), eval("[n for n in range(y)]", g, l))
def run_local():
    a = 5
    exec("a = 99")
    return a
print(run_local())
print(eval(compile("1 if True else 2", "<c>", "eval")), eval("(lambda: __name__)()", {"__name__": "custom"}))
