"""Bad pickles raise UnpicklingError, EOFError or ValueError as CPython's do; unpicklable
objects raise PicklingError, AttributeError or TypeError."""
import pickle
import threading

bad = [b"", b"\x80\x04\x95", b"\x80\x04x", b"\x80\x06", b"\x80\x04h\x05.", b"\x80\x040",
       b"K\x01", b"\x80\x02X\x05\x00\x00\x00ab", b"\x80\x02(t", b"\x80\x02N\x85\x85u.",
       b"\x80\x02cnosuchmodule\nx\n.", b"\x80\x02cbuiltins\nnosuchname\n.", b"\x80\x02\x8a\x05\x01.",
       b"\x80\x02\x81.", b"\x80\x02NN\x81."]
for data in bad:
    try:
        print(pickle.loads(data))
    except Exception as e:
        print(type(e).__name__, e)


def outer():
    def inner():
        pass
    return inner


for obj in (lambda: 1, outer(), threading.Lock()):
    try:
        pickle.dumps(obj)
    except Exception as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
try:
    pickle.dumps(1, protocol=6)
except ValueError as e:
    print(e)
try:
    pickle.loads("text")
except TypeError as e:
    print(e)
print(issubclass(pickle.UnpicklingError, pickle.PickleError), pickle.UnpicklingError.__module__)
