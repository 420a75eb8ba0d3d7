import gc
gc.collect()
class Marker:
    def __del__(self):
        print("marker freed")
def f():
    m = Marker()
    try:
        raise ValueError("x")
    except ValueError as e:
        return e
err = f()
print("have error")
err.self = err
del err
print("collected", gc.collect() > 0)
print("end")
