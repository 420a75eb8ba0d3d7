# Signals are handled by the main thread only: KeyboardInterrupt is raised there while other
# threads, blocked or running, go on undisturbed.
import os
import signal
import threading
import time

results = []


def sleeper():
    try:
        time.sleep(0.4)
        results.append("sleeper finished")
    except KeyboardInterrupt:
        results.append("sleeper interrupted")


def spinner():
    n = 0
    end = time.monotonic() + 0.4
    try:
        while time.monotonic() < end:
            n += 1
        results.append("spinner finished")
    except KeyboardInterrupt:
        results.append("spinner interrupted")


threads = [threading.Thread(target=sleeper), threading.Thread(target=spinner)]
for t in threads:
    t.start()
try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt in", threading.current_thread().name)
for t in threads:
    t.join()
print(sorted(results))

where = []
signal.signal(signal.SIGUSR1, lambda s, f: where.append(threading.current_thread().name))


def sender():
    os.kill(os.getpid(), signal.SIGUSR1)
    time.sleep(0.2)
    where.append("sender saw no handler call in its thread")


t = threading.Thread(target=sender, name="sender")
t.start()
t.join()
print(where)
