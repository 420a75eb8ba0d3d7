class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow
with Ctx("a") as value:
    print("body", value)
with Ctx("b", swallow=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Ctx("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
with Ctx("x") as x, Ctx("y") as y:
    print("both", x, y)
with (Ctx("p"), Ctx("q")):
    print("parenthesised")
def early():
    with Ctx("ret"):
        return "returned"
print(early())
