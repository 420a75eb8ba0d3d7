# socket: a signal interrupts the main thread's blocking recv/accept; the handler runs, and
# the call goes on (PEP 475) unless the handler raised.
import os
import signal
import socket
import threading
import time

a, b = socket.socketpair()
got = []
signal.signal(signal.SIGUSR1, lambda signum, frame: got.append(signum))


def later(delay, sig, then=None):
    def fire():
        os.kill(os.getpid(), sig)
        if then:
            time.sleep(0.1)
            then()
    t = threading.Timer(delay, fire)
    t.start()
    return t


t = later(0.1, signal.SIGUSR1, lambda: a.sendall(b"after the handler"))
print(b.recv(100), got == [signal.SIGUSR1])
t.join()

t = later(0.1, signal.SIGINT)
try:
    b.recv(100)
except KeyboardInterrupt:
    print("KeyboardInterrupt ended recv")
t.join()

srv = socket.create_server(("127.0.0.1", 0))
srv.settimeout(5)
t = later(0.1, signal.SIGINT)
try:
    srv.accept()
except KeyboardInterrupt:
    print("KeyboardInterrupt ended accept with a timeout")
t.join()
srv.close()
a.close()
b.close()
