import sys
class D:
    def __del__(self):
        print("del sees", sys.exc_info()[0])
try:
    d = D()
    raise KeyError("k")
except KeyError:
    del d
print("end")
