# socket: an echo server thread and several client threads over localhost; exact output.
import socket
import threading

srv = socket.create_server(("127.0.0.1", 0))
host, port = srv.getsockname()
print(host, type(port).__name__, srv.family, srv.type, repr(srv.family), repr(srv.type))
print(repr(srv).replace(str(port), "PORT").split("fd=")[0] + "...")
N = 4
results = {}
lock = threading.Lock()


def handle(conn):
    with conn:
        f = conn.makefile("rb")
        for line in f:
            conn.sendall(b"echo: " + line.upper())
        f.close()


def serve():
    handlers = []
    for _ in range(N):
        conn, addr = srv.accept()
        assert addr[0] == "127.0.0.1"
        t = threading.Thread(target=handle, args=(conn,))
        t.start()
        handlers.append(t)
    for t in handlers:
        t.join()


def client(n):
    with socket.create_connection((host, port), timeout=5) as c:
        got = []
        for i in range(3):
            c.sendall(b"client %d line %d\n" % (n, i))
            data = b""
            while not data.endswith(b"\n"):
                data += c.recv(100)
            got.append(data)
        c.shutdown(socket.SHUT_WR)
        got.append(c.recv(100))
    with lock:
        results[n] = got


server = threading.Thread(target=serve)
server.start()
clients = [threading.Thread(target=client, args=(n,)) for n in range(N)]
for t in clients:
    t.start()
for t in clients:
    t.join()
server.join()
srv.close()
for n in sorted(results):
    print(n, results[n])
print(repr(srv).split("fd=")[0], srv.fileno())
try:
    srv.accept()
except OSError as e:
    print("OSError", e.errno)

a, b = socket.socketpair()
with a, b:
    print(a.family, a.type, repr(a.getsockname()), repr(b.getpeername()))
    a.sendall(b"over the pair")
    print(b.recv(4), b.recv(100))
    buf = bytearray(8)
    a.send(b"into")
    print(b.recv_into(buf), buf)
    b.settimeout(0.05)
    print(b.gettimeout(), b.getblocking())
    try:
        b.recv(10)
    except socket.timeout as e:
        print("timeout:", e, type(e).__name__, socket.timeout is TimeoutError)
    b.setblocking(False)
    print(b.gettimeout(), b.getblocking())
    try:
        b.recv(10)
    except BlockingIOError as e:
        print("BlockingIOError", e.errno)
    b.setblocking(True)
    w = a.makefile("w")
    w.write("text line\nsecond\n")
    w.flush()
    r = b.makefile("r")
    print(repr(r.readline()), repr(r.readline()))
    w.close()
    r.close()
print(a.fileno(), b.fileno())

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v.bind(("127.0.0.1", 0))
v.sendto(b"datagram", u.getsockname())
data, addr = u.recvfrom(100)
print(data, addr == v.getsockname())
u.close()
v.close()

s = socket.socket()
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), s.gettimeout())
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
print(s.connect_ex(("127.0.0.1", port)))
s.close()
s = socket.socket()
try:
    s.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print("ConnectionRefusedError", e.errno, e.strerror)
s.close()
print(socket.getaddrinfo("127.0.0.1", 80, type=socket.SOCK_STREAM))
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_DGRAM))
print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname("localhost"))
print(isinstance(socket.gethostname(), str))
try:
    socket.getaddrinfo("no.such.host.invalid", 80)
except socket.gaierror as e:
    print(type(e).__name__, issubclass(socket.gaierror, OSError))
try:
    socket.socket().bind("not a tuple")
except TypeError as e:
    print("TypeError:", e)
a, b = socket.socketpair()
c = a.dup()
d = socket.fromfd(b.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
a.close(); b.close()
c.sendall(b"via dup"); print(d.recv(10), c.family, d.type)
c.close(); d.close()
