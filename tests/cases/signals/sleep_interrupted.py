# Ctrl-C (SIGINT sent from a timer thread) interrupts time.sleep() in the main thread; a handler
# that returns lets the sleep go on for the time left (PEP 475).
import os
import signal
import threading
import time


def send(signum, delay):
    t = threading.Timer(delay, os.kill, (os.getpid(), signum))
    t.start()
    return t


t = send(signal.SIGINT, 0.1)
start = time.monotonic()
try:
    time.sleep(30)
    print("slept through")
except KeyboardInterrupt:
    print("KeyboardInterrupt during sleep, early:", time.monotonic() - start < 10)
t.join()

seen = []


def on_usr1(signum, frame):
    seen.append((signum, threading.current_thread().name, frame.f_code.co_name))


signal.signal(signal.SIGUSR1, on_usr1)
t = send(signal.SIGUSR1, 0.1)
start = time.monotonic()
time.sleep(0.5)
elapsed = time.monotonic() - start
t.join()
print("handler ran:", seen)
print("sleep resumed for the time left:", 0.5 <= elapsed < 5)


class Stop(Exception):
    pass


def stop(signum, frame):
    raise Stop(signum)


signal.signal(signal.SIGUSR2, stop)
t = send(signal.SIGUSR2, 0.1)
try:
    time.sleep(30)
except Stop as e:
    print("handler's exception ends the sleep:", repr(e))
t.join()
