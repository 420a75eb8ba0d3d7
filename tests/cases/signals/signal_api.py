# The signal module's functions: handlers and their constants, raise_signal, default_int_handler,
# alarm/setitimer/getitimer, pause.
import signal
import threading

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL, signal.SIG_DFL, signal.SIG_IGN)
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt:
    print("default_int_handler raises KeyboardInterrupt")

got = []
old = signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
print(old == signal.SIG_DFL)
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal:", got)

terms = []
signal.signal(signal.SIGTERM, lambda s, f: terms.append((s, threading.current_thread().name)))
t = threading.Thread(target=signal.raise_signal, args=(signal.SIGTERM,))
t.start()
t.join()
signal.raise_signal(signal.SIGUSR1)
print("SIGTERM handled in the main thread:", terms)

print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is not None)
signal.raise_signal(signal.SIGUSR1)
print("ignored:", got, signal.getsignal(signal.SIGUSR1) == signal.SIG_IGN)

signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print("SIGINT ignored")
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt from raise_signal")

print(signal.alarm(0))
print(signal.alarm(10))
print(signal.alarm(0))
print(signal.getitimer(signal.ITIMER_REAL))
old = signal.setitimer(signal.ITIMER_REAL, 5, 2)
print(old)
delay, interval = signal.getitimer(signal.ITIMER_REAL)
print(4 < delay <= 5, interval)
delay, interval = signal.setitimer(signal.ITIMER_REAL, 0)
print(4 < delay <= 5, interval, signal.getitimer(signal.ITIMER_REAL))
for bad in (lambda: signal.setitimer(99, 1), lambda: signal.setitimer(signal.ITIMER_REAL, -1)):
    try:
        bad()
    except signal.ItimerError as e:
        print("ItimerError", e)

ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
while len(ticks) < 3:
    signal.pause()
signal.setitimer(signal.ITIMER_REAL, 0)
print("periodic timer ticks:", ticks)

errors = []


def in_thread():
    try:
        signal.signal(signal.SIGUSR2, print)
    except ValueError as e:
        errors.append(str(e))


t = threading.Thread(target=in_thread)
t.start()
t.join()
print(errors)
for bad in (0, 65, -1):
    try:
        signal.signal(bad, signal.SIG_IGN)
    except ValueError as e:
        print(bad, e)
try:
    signal.signal(signal.SIGKILL, signal.SIG_IGN)
except OSError as e:
    print("OSError", e.errno)
try:
    signal.signal(signal.SIGUSR1, 5)
except TypeError as e:
    print(e)
print(signal.strsignal(signal.SIGALRM), signal.strsignal(40), signal.NSIG)
