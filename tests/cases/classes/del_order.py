class Noisy:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("delete", self.name)
a = Noisy("a")
b = Noisy("b")
a = None
print("a rebound")
def scope():
    local = Noisy("local")
    print("leaving scope")
scope()
print("scope left")
items = [Noisy("x"), Noisy("y")]
items.pop()
print("popped")
del items
print("list deleted")
b = Noisy("b2")
print("end of program")
