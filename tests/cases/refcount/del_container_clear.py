class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
lst = [D("l0"), D("l1"), D("l2")]
lst.clear()
print("list cleared")
d = {"a": D("d0"), "b": D("d1")}
d.clear()
print("dict cleared")
s = [D("s0")]
s.pop()
print("popped")
t = (D("t0"), D("t1"))
del t
print("tuple gone")
lst = [D("x0"), D("x1"), D("x2")]
del lst[1]
print("item deleted")
lst[0] = None
print("item replaced")
del lst
print("end")
