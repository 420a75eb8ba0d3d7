# threading.local: each thread sees its own attributes; a subclass's __init__ runs per thread.
import threading

data = threading.local()
data.x = "main"
seen = {}

def worker(name):
    print_missing = not hasattr(data, "x")
    data.x = name
    for _ in range(100):
        pass
    seen[name] = (print_missing, data.x)

threads = [threading.Thread(target=worker, args=(f"t{i}",)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen.items()))
print("main still:", data.x)

class Counter(threading.local):
    def __init__(self, start):
        self.value = start
    def bump(self):
        self.value += 1
        return self.value

c = Counter(10)
c.bump()
results = []
def bumper():
    results.append(c.bump())
    results.append(c.bump())
t = threading.Thread(target=bumper)
t.start()
t.join()
print("main:", c.value, "thread:", results)
print(sorted(vars(data)) if hasattr(data, "__dict__") else None)
del data.x
print(hasattr(data, "x"))
try:
    del data.x
except AttributeError:
    print("AttributeError")
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
