class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        delattr(self._target, name)
class T:
    pass
t = T()
p = Proxy(t)
p.x = 5
print(p.x, t.x)
del p.x
print(hasattr(t, "x"))
print(p.log)
class Always:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no secrets")
        return f"attr:{name}"
    def __getattr__(self, name):
        return f"fallback:{name}"
a = Always()
print(a.anything, a.secret)
