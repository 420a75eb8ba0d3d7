# Python-level signal handlers run in the main thread; SIGALRM via alarm(); SIGINT without a
# handler raises KeyboardInterrupt.
import os
import signal
import threading
import time

got = []

def on_usr1(signum, frame):
    got.append(("usr1", signum, threading.current_thread().name))

print(signal.getsignal(signal.SIGUSR1) is signal.SIG_DFL)
print(signal.signal(signal.SIGUSR1, on_usr1) is signal.SIG_DFL)
print(signal.getsignal(signal.SIGUSR1) is on_usr1)
os.kill(os.getpid(), signal.SIGUSR1)
deadline = time.time() + 5
while not got and time.time() < deadline:
    pass
print(got)

fired = []
signal.signal(signal.SIGALRM, lambda s, f: fired.append(s))
print(signal.alarm(1))
deadline = time.time() + 5
while not fired and time.time() < deadline:
    time.sleep(0.01)
print(fired)

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    deadline = time.time() + 5
    while time.time() < deadline:
        pass
    print("no interrupt")
except KeyboardInterrupt:
    print("KeyboardInterrupt")

def in_thread():
    try:
        signal.signal(signal.SIGUSR2, on_usr1)
    except ValueError as e:
        print("ValueError:", e)

t = threading.Thread(target=in_thread)
t.start()
t.join()
try:
    signal.signal(signal.SIGKILL, on_usr1)
except OSError as e:
    print("OSError", e.errno)
