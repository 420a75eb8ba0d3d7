# `LOAD_GLOBAL` caches where a name was found in the globals or the builtins; every change to
# either dict, and running the same code with other globals, must be seen.
import builtins
import sys

G = 1


def read_g():
    return G


def read_len():
    return len("abc")


print(read_g(), read_len())
G = 2
print(read_g())
globals()["G"] = 3
print(read_g())
del G
try:
    read_g()
except NameError as e:
    print("NameError:", e)
G = 4
print(read_g())

# A builtin shadowed by a global, the global deleted, the builtin replaced and restored.
len = lambda s: "global len"
print(read_len())
del len
print(read_len())
saved = builtins.len
builtins.len = lambda s: "builtins len"
print(read_len())
del builtins.len
try:
    read_len()
except NameError as e:
    print("NameError:", e)
builtins.len = saved
print(read_len())

# The same code object with other globals (and other builtins): each `exec` of one compiled
# module makes a function over the same nested code object.
module = compile("def f():\n    return G, len('ab')\n", "m", "exec")
envs = [{"G": "one"}, {"G": "two", "__builtins__": {"len": lambda s: "own len"}}]
for env in envs:
    exec(module, env)
print(envs[0]["f"].__code__ is envs[1]["f"].__code__)
print(envs[0]["f"](), envs[1]["f"](), envs[0]["f"](), envs[1]["f"]())
envs[1]["__builtins__"]["len"] = lambda s: "changed own len"
print(envs[1]["f"](), envs[0]["f"]())
for env in ({"G": 10}, {"G": 20}, {"G": 10}):
    exec("print(G)", env)

# A global defined inside the loop that reads it (and deleted again).
def loop():
    out = []
    for i in range(4):
        try:
            out.append(H)
        except NameError as e:
            out.append(str(e))
        if i == 1:
            globals()["H"] = i
        if i == 2:
            del globals()["H"]
    return out

print(loop())

# Many globals: the dict grows (its entries move) while a site's entry is cached.
def read_last():
    return LAST

LAST = "before"
print(read_last())
for i in range(100):
    globals()[sys.intern("filler%d" % i)] = i
print(read_last())
LAST = "after"
print(read_last())
