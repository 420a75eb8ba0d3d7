import os
path = "open_text_%d.tmp" % os.getpid()
try:
    with open(path, "w") as f:
        print(f.write("first line\n"), f.write("second"), f.mode, f.name == path, f.closed)
        f.write("\nthird\n")
    print(f.closed)
    with open(path) as f:
        print(repr(f.read()))
    with open(path, "r") as f:
        print(f.readline(), end="")
        print(f.readlines())
    with open(path, "a", encoding="utf-8") as f:
        f.write("appended ünïcode\n")
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f):
            print(n, repr(line))
    with open(path) as f:
        print(f.read(5), repr(f.read(3)), f.tell())
        f.seek(0)
        print(repr(f.readline()))
    print(os.path.exists(path), os.path.getsize(path))
finally:
    os.remove(path)
print(os.path.exists(path))
try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
