import threading
def boom():
    raise ValueError("raised inside a thread")
t = threading.Thread(target=boom)
t.start()
t.join()
print("main thread continues; exit code stays 0")
