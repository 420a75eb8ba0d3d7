import os
path = "open_binary_%d.tmp" % os.getpid()
try:
    with open(path, "wb") as f:
        print(f.write(b"\x00\x01\x02binary\xff"), f.write(bytes(range(3))))
    with open(path, "rb") as f:
        data = f.read()
        print(data, len(data), type(data).__name__)
    with open(path, "rb") as f:
        print(f.read(2), f.tell(), f.seek(-3, 2), f.read())
    with open(path, "r+b") as f:
        f.seek(3)
        f.write(b"BIN")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, "w", newline="") as f:
        f.write("a\r\nb\n")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, "r") as f:
        print(repr(f.read()))
    with open(path, "ab") as f:
        f.write(b"tail")
    with open(path, "rb") as f:
        print(f.read())
    try:
        with open(path, "rb") as f:
            f.write(b"x")
    except Exception as e:
        print(type(e).__name__, e)
finally:
    os.remove(path)
