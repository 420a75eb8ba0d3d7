# atexit: functions run last-first at exit, after non-daemon threads finish; unregister; errors.
import atexit
import threading
import time


def bye(who, punct="!"):
    print("bye", who + punct)


atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")


@atexit.register
def decorated():
    print("decorated")


def dropped():
    print("never printed")


atexit.register(dropped)
atexit.register(dropped)
atexit.unregister(dropped)


def fails():
    raise RuntimeError("reported on stderr, then the others still run")


atexit.register(fails)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)


def late():
    time.sleep(0.05)
    print("thread finished before the exit functions")


threading.Thread(target=late).start()
atexit.register(print, "last registered, first run")
print("end of main")
