class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def fail():
    local = D("frame local")
    raise ValueError("boom")
try:
    fail()
except ValueError as e:
    print("caught", e)
print("after handler")
def keep():
    try:
        fail()
    except ValueError as e:
        return e
err = keep()
print("error kept")
del err
print("end")
