"""Pipe() ends passed to a child: objects and byte messages both ways, poll, EOF on close,
and connection.wait over several children's sentinels."""
import multiprocessing as mp
from multiprocessing.connection import wait


def echo(conn):
    while True:
        try:
            x = conn.recv()
        except EOFError:
            break
        conn.send(("echo", x))
    conn.close()


def send_bytes(conn, n):
    conn.send_bytes(b"x" * n)
    conn.close()


if __name__ == "__main__":
    mp.set_start_method("spawn")
    a, b = mp.Pipe()
    p = mp.Process(target=echo, args=(b,))
    p.start()
    b.close()
    for obj in (1, "two", [3, {4: 5}], None, 2 ** 70, b"bytes"):
        a.send(obj)
        print(a.recv())
    print(a.poll(), a.poll(0.01))
    a.close()
    p.join()
    print("echo exit", p.exitcode)
    r, w = mp.Pipe(duplex=False)
    ps = [mp.Process(target=send_bytes, args=(w, n)) for n in (10, 100000)]
    sizes = []
    # One writer at a time: a message longer than the pipe's buffer is written in pieces,
    # and another process's message could land between them (as in CPython).
    for p in ps:
        p.start()
        sizes.append(len(r.recv_bytes()))
    w.close()
    print(sorted(sizes))
    for p in ps:
        p.join()
    ready = wait([p.sentinel for p in ps], timeout=5)
    print(len(ready), [p.exitcode for p in ps])
    try:
        r.recv()
    except EOFError:
        print("EOFError")
    try:
        r.send(1)
    except OSError as e:
        print(e)
