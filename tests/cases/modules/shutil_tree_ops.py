# shutil: copying files (contents, mode, times) and trees (ignore patterns, symlinks, errors),
# moving, removing trees (onerror, ignore_errors), which, and os.utime underneath.
import os
import shutil
import stat
import tempfile

root = tempfile.mkdtemp(prefix="shutil-case-")


def rel(p):
    return os.path.relpath(p, root) if isinstance(p, str) else p


def tree(top):
    out = []
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames.sort()
        for f in sorted(filenames):
            out.append(os.path.relpath(os.path.join(dirpath, f), top))
    return out


src = os.path.join(root, "src")
os.makedirs(os.path.join(src, "sub", "deep"))
for name, text in [("a.txt", "alpha"), ("b.log", "beta"), ("sub/c.txt", "gamma"), ("sub/deep/d.pyc", "delta")]:
    with open(os.path.join(src, name), "w") as f:
        f.write(text)
os.chmod(os.path.join(src, "a.txt"), 0o640)
os.utime(os.path.join(src, "a.txt"), (1000000000, 1200000000.5))
os.symlink("a.txt", os.path.join(src, "link"))
st = os.stat(os.path.join(src, "a.txt"))
print(st.st_atime, st.st_mtime, oct(stat.S_IMODE(st.st_mode)))

print(rel(shutil.copyfile(os.path.join(src, "a.txt"), os.path.join(root, "copyfile.txt"))), oct(stat.S_IMODE(os.stat(os.path.join(root, "copyfile.txt")).st_mode)) != "0o640")
print(rel(shutil.copy(os.path.join(src, "a.txt"), root)), oct(stat.S_IMODE(os.stat(os.path.join(root, "a.txt")).st_mode)))
dst2 = shutil.copy2(os.path.join(src, "a.txt"), os.path.join(root, "copy2.txt"))
st2 = os.stat(dst2)
print(rel(dst2), st2.st_mtime, oct(stat.S_IMODE(st2.st_mode)), open(dst2).read())
try:
    shutil.copyfile(dst2, dst2)
except shutil.SameFileError as e:
    print("SameFileError", str(e).replace(root, "ROOT"))
print(rel(shutil.copytree(src, os.path.join(root, "tree1"))), tree(os.path.join(root, "tree1")), os.path.islink(os.path.join(root, "tree1", "link")))
shutil.copytree(src, os.path.join(root, "tree2"), symlinks=True, ignore=shutil.ignore_patterns("*.pyc", "b.*"))
print(tree(os.path.join(root, "tree2")), os.readlink(os.path.join(root, "tree2", "link")))
try:
    shutil.copytree(src, os.path.join(root, "tree2"))
except FileExistsError as e:
    print("FileExistsError", e.strerror)
shutil.copytree(src, os.path.join(root, "tree2"), dirs_exist_ok=True)
print(tree(os.path.join(root, "tree2")) == tree(os.path.join(root, "tree1")))
print(rel(shutil.move(os.path.join(root, "copyfile.txt"), os.path.join(root, "moved.txt"))), os.path.exists(os.path.join(root, "copyfile.txt")))
os.mkdir(os.path.join(root, "into"))
print(rel(shutil.move(os.path.join(root, "moved.txt"), os.path.join(root, "into"))), rel(shutil.move(os.path.join(root, "tree2"), os.path.join(root, "into"))))
try:
    shutil.move(os.path.join(root, "a.txt"), os.path.join(root, "into"))
    shutil.copy(os.path.join(src, "a.txt"), os.path.join(root, "a.txt"))
    shutil.move(os.path.join(root, "a.txt"), os.path.join(root, "into"))
except shutil.Error as e:
    print("Error", str(e).replace(root, "ROOT"))
calls = []
shutil.rmtree(os.path.join(root, "missing"), onerror=lambda f, p, e: calls.append((f.__name__, rel(p), e[0].__name__)))
print(calls)
shutil.rmtree(os.path.join(root, "missing"), ignore_errors=True)
try:
    shutil.rmtree(os.path.join(root, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)
try:
    shutil.rmtree(os.path.join(src, "link"))
except OSError as e:
    print("OSError", e)
shutil.rmtree(os.path.join(root, "into"))
print(sorted(os.listdir(root)))
print(shutil.which("sh") is not None, shutil.which("no-such-program-xyz"), shutil.which("sh", path=""), shutil.which(os.path.join(src, "a.txt")))
print(shutil.which("prog", path=root), os.chmod(dst2, 0o755), rel(shutil.which("copy2.txt", path=os.pathsep.join([src, root]))))
with open(os.path.join(root, "fo.txt"), "w") as out, open(dst2) as inp:
    shutil.copyfileobj(inp, out, 2)
print(open(os.path.join(root, "fo.txt")).read(), issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))
for args in [("times", (1, 2), {"ns": (1, 2)}), ("times", [1, 2], {}), ("ns", None, {"ns": (1.5, 2)})]:
    try:
        os.utime(dst2, args[1], **args[2])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
os.utime(dst2, ns=(5 * 10**9, 7 * 10**9))
print(os.stat(dst2).st_mtime)
shutil.rmtree(root)
print(os.path.exists(root))
