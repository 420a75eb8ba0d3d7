class Recorder:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("type:", et.__name__ if et else None)
        print("value:", repr(ev))
        print("tb is traceback:", type(tb).__name__ if tb else None)
        return True
with Recorder():
    {}["missing"]
with Recorder():
    pass
class Bad:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with Bad():
        print("body should not run")
except RuntimeError as e:
    print(e)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
