# Barrier: arrival indexes, the action runs once per cycle, abort breaks it.
import threading

actions = []
b = threading.Barrier(4, action=lambda: actions.append("go"))
indexes = []
lock = threading.Lock()

def party():
    for cycle in range(3):
        i = b.wait()
        with lock:
            indexes.append(i)

threads = [threading.Thread(target=party) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(indexes))
print(actions)
print(b.parties, b.n_waiting, b.broken)

b2 = threading.Barrier(3)
errors = []
def waiter():
    try:
        b2.wait()
    except threading.BrokenBarrierError:
        errors.append("broken")
t = threading.Thread(target=waiter)
t.start()
while b2.n_waiting < 1:
    pass
b2.abort()
t.join()
print(errors, b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", type(e).__mro__[1].__name__)
b2.reset()
print("after reset:", b2.broken)

b3 = threading.Barrier(2, timeout=0.05)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print("timed out and broken:", b3.broken)
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)
