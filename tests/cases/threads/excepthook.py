# An exception that ends a thread goes to threading.excepthook; the default one names the thread.
import sys
import threading

def fail():
    raise ValueError("boom in thread")

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass

cap = Capture()
old = sys.stderr
sys.stderr = cap
t = threading.Thread(target=fail, name="worker")
t.start()
t.join()
t2 = threading.Thread(target=fail)
t2.start()
t2.join()
sys.stderr = old
lines = "".join(cap.parts).splitlines()
print(lines[0])
print(lines[1])
print([l for l in lines if l.startswith("Exception in thread")])
print([l for l in lines if l.startswith("ValueError")])

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, args.exc_traceback is not None))
threading.excepthook = hook
t3 = threading.Thread(target=fail, name="hooked")
t3.start()
t3.join()
print(seen)

def exit_quietly():
    sys.exit(3)
t4 = threading.Thread(target=exit_quietly, name="exits")
t4.start()
t4.join()
print(seen, t4.is_alive())
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
