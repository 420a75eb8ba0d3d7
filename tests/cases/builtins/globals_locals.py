x = 10
def show():
    y = 20
    loc = locals()
    return sorted(loc), "x" in globals(), globals()["x"]
print(show())
g = globals()
g["dynamic"] = "created via globals()"
print(dynamic)
print(__name__, "__builtins__" in globals(), type(globals()).__name__)
def outer():
    a = 1
    def inner():
        return sorted(locals())
    b = a
    return inner()
print(outer())
print(locals() is globals())
