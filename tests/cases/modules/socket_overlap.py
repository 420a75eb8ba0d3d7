# socket: blocking socket calls release the GIL, so I/O-bound client threads overlap:
# 5 clients each waiting 0.3 s for the server's reply finish in well under 5 x 0.3 s.
import socket
import threading
import time

srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]


def handle(conn):
    with conn:
        data = conn.recv(100)
        time.sleep(0.3)
        conn.sendall(b"reply to " + data)


def serve(n):
    for _ in range(n):
        conn, _ = srv.accept()
        threading.Thread(target=handle, args=(conn,)).start()


replies = []


def client(i):
    with socket.create_connection(("127.0.0.1", port)) as c:
        c.sendall(b"client %d" % i)
        replies.append(c.recv(100))


threading.Thread(target=serve, args=(5,)).start()
start = time.monotonic()
threads = [threading.Thread(target=client, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.monotonic() - start
print(sorted(replies))
print("overlapped:", elapsed < 1.0)
srv.close()
