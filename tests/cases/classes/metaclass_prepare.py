class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("prepare", name)
        return {"injected": 123}
    def __new__(mcs, name, bases, ns):
        ns["fields"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcs, name, bases, dict(ns))
class Rec(metaclass=OrderedMeta):
    b = 2
    a = 1
    def c(self): pass
print(Rec.fields, Rec.injected)
Dyn = type("Dyn", (object,), {"x": 5, "get": lambda self: self.x * 2})
print(Dyn().get(), Dyn.__name__, Dyn.__bases__)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class P(metaclass=Registry): pass
class Q(P): pass
print(Registry.classes)
