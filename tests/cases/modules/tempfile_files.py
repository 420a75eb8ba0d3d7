# tempfile: directories and files with random names (prefix, suffix, dir), created private,
# removed at close or at the end of a with block; gettempdir honours TMPDIR.
import os
import stat
import tempfile

with tempfile.TemporaryDirectory(prefix="case-", suffix=".d") as d:
    base = os.path.basename(d)
    print(os.path.isdir(d), base.startswith("case-"), base.endswith(".d"), len(base), oct(stat.S_IMODE(os.stat(d).st_mode)))
    fd, path = tempfile.mkstemp(suffix=".txt", prefix="f", dir=d)
    os.write(fd, b"data")
    os.close(fd)
    print(os.path.dirname(path) == d, os.path.basename(path)[0], path.endswith(".txt"), oct(stat.S_IMODE(os.stat(path).st_mode)))
    with open(path, "rb") as fh:
        print(fh.read())
    sub = tempfile.mkdtemp(dir=d)
    print(os.path.isdir(sub), os.path.basename(sub).startswith("tmp"), os.path.isabs(sub))
    with tempfile.NamedTemporaryFile("w+", dir=d, suffix=".log") as nf:
        nf.write("hello\n")
        nf.flush()
        nf.seek(0)
        print(nf.read(), os.path.exists(nf.name), nf.name.endswith(".log"), nf.closed)
    print(os.path.exists(nf.name))
    keep = tempfile.NamedTemporaryFile(dir=d, delete=False)
    keep.write(b"x")
    keep.close()
    print(os.path.exists(keep.name))
    with tempfile.TemporaryFile(dir=d) as tf:
        tf.write(b"anon")
        tf.seek(0)
        print(tf.read())
    os.makedirs(os.path.join(d, "deep", "er"))
    print(sorted(os.listdir(d)) == sorted([os.path.basename(p) for p in (path, sub, keep.name)] + ["deep"]))
    names = {tempfile.mktemp(dir=d) for _ in range(20)}
    print(len(names), all(not os.path.exists(n) for n in names))
print(os.path.exists(d))
t = tempfile.TemporaryDirectory()
print(repr(t).startswith("<TemporaryDirectory '"), os.path.isdir(t.name))
t.cleanup()
t.cleanup()
print(os.path.exists(t.name), tempfile.gettempprefix(), tempfile.gettempprefixb(), os.path.isabs(tempfile.gettempdir()))
try:
    tempfile.mkstemp(prefix=b"x", suffix="y")
except TypeError as e:
    print("TypeError", e)
fd, bpath = tempfile.mkstemp(prefix=b"bytes-")
os.close(fd)
print(type(bpath).__name__, os.path.basename(bpath).startswith(b"bytes-"))
os.unlink(bpath)
