class Bad:
    def __del__(self):
        raise RuntimeError("from del")
b = Bad()
del b
print("still running")
class Good:
    def __del__(self):
        print("good del")
g = Good()
del g
print("end")
