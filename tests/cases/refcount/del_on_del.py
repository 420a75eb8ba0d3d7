class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = D("a")
print("before")
del a
print("after")
b = D("b")
c = b
del b
print("still alive")
del c
print("end")
