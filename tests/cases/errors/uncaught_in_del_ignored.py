class Bad:
    def __del__(self):
        raise RuntimeError("error in __del__ is only reported")
b = Bad()
del b
print("still running")
