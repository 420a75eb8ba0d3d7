class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
x = D("first")
x = D("second")
print("rebound")
x = None
print("cleared")
for i in range(3):
    y = D(i)
print("loop done")
