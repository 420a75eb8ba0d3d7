# Timer fires once after its interval; a cancelled Timer never fires.
import threading
import time

fired = []
t = threading.Timer(0.05, lambda x: fired.append(x), args=("fired",))
start = time.time()
t.start()
t.join()
print(fired, time.time() - start >= 0.04)

cancelled = threading.Timer(10.0, lambda: fired.append("never"))
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired, cancelled.is_alive())

k = threading.Timer(0.01, lambda **kw: fired.append(sorted(kw)), kwargs={"a": 1, "b": 2})
k.start()
k.join()
print(fired)
