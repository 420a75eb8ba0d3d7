print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}))
ns = {}
exec("a = 5\nb = a * 2\ndef f():\n    return a + b", ns)
print(ns["a"], ns["b"], ns["f"]())
exec("print('exec prints', 1 + 1)")
code = compile("3 ** 2", "<expr>", "eval")
print(type(code).__name__, eval(code), code.co_filename)
stmt = compile("for i in range(3): total = total + i", "<loop>", "exec")
env = {"total": 0}
exec(stmt, env)
print(env["total"])
single = compile("40 + 2", "<single>", "single")
exec(single)
print(eval("[i * i for i in range(4)]"), eval("lambda q: q + 1")(1))
g = {"__builtins__": {}}
try:
    eval("len([])", g)
except NameError as e:
    print("NameError:", e)
print(exec("1"), eval(" 5 "))
def scope():
    z = 3
    return eval("z + 1")
print(scope())
