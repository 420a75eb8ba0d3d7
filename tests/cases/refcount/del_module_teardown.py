class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
_private = D("underscore")
public = D("public")
other = D("other")
print("end of module")
