class C:
    pass
class D(C):
    x = 1
    def m(self):
        return self.x
