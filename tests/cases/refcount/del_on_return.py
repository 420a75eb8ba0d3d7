class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def f():
    local = D("local")
    keep = D("returned")
    print("in f")
    return keep
r = f()
print("after f")
def g():
    D("temporary")
    print("in g")
g()
print("after g")
del r
print("end")
