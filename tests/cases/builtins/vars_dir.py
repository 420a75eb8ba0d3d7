class P:
    species = "x"
    def __init__(self):
        self.a = 1
        self.b = 2
    def method(self):
        pass
p = P()
print(vars(p), sorted(k for k in vars(P) if not k.startswith("__")))
print([n for n in dir(p) if not n.startswith("__")])
import math
print("sqrt" in dir(math), "pi" in vars(math))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
class Custom:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(Custom()))
def f():
    local_one = 1
    local_two = 2
    return dir()
print(f())
