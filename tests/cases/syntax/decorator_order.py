def deco(label):
    print("making", label)
    def apply(fn):
        print("applying", label)
        def wrapped():
            return label + "(" + fn() + ")"
        return wrapped
    return apply

@deco("outer")
@deco("inner")
def base():
    return "base"

print(base())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def a(): pass
@register
def b(): pass
print(registry)
@(lambda f: f())
def computed():
    return 99
print(computed)
