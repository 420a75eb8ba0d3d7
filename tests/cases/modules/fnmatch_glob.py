# fnmatch's shell patterns (and the regular expressions translate makes of them), and glob
# over a directory tree made for the test (results sorted: directory order is the OS's).
import fnmatch
import glob
import os

pats = ["*.py", "a*b*c", "[!a-c]?x", "[]]", "[!]", "a[", "*", "**", "x*", "*[a-]*", "[a-z-]", "[^x]",
        "[\\]", "a\\b", "[z-a]", "[!z-a]", "a&b[&~|]", "[+--]", "*a*b*", "?.[ch]", "[[]x"]
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))
names = ["a.py", "b.PY", "abc", "axxbyyc", "dyx", "]", "[!]", "a[", "x", "", "a-", "a&b~", "b.c", "b.h", ".hidden", "[x"]
for p in pats:
    print(p, [n for n in names if fnmatch.fnmatchcase(n, p)], fnmatch.filter(names, p) == [n for n in names if fnmatch.fnmatch(n, p)])
print(fnmatch.fnmatch("A.PY", "*.py"), fnmatch.fnmatchcase("A.PY", "*.py"), fnmatch.filter([b"a.c", b"b.h"], b"*.c"), fnmatch.fnmatchcase(b"x", b"?"))

root = os.path.join("/tmp", "gilpy_case_glob_%d" % os.getpid())
files = ["a.txt", "b.py", ".hidden.py", "sub/c.py", "sub/d.txt", "sub/deep/e.py", "sub/.hid/f.py", "x[1].py"]
for f in files:
    path = os.path.join(root, f)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as fh:
        fh.write(f)
cwd = os.getcwd()
os.chdir(root)
try:
    for pattern, kw in [("*.py", {}), ("*", {}), ("sub/*", {}), ("*/*.py", {}), ("**/*.py", {"recursive": True}),
                        ("**", {"recursive": True}), ("**/", {"recursive": True}), ("sub/**", {"recursive": True}),
                        ("**/*.py", {}), ("*.py", {"include_hidden": True}), (".*", {}), ("nope*", {}), ("a.txt", {}),
                        ("missing.txt", {}), ("sub/", {}), ("sub/deep/../c.py", {}), ("x[[]1].py", {}), (glob.escape("x[1].py"), {}),
                        ("**/*.py", {"recursive": True, "include_hidden": True}), ("s?b/[cd].*", {})]:
        print(pattern, kw, sorted(glob.glob(pattern, **kw)))
    print(sorted(glob.glob("*.txt", root_dir="sub")), sorted(glob.iglob(os.path.join(root, "sub", "*.py")))[0].replace(root, "ROOT"))
    print(glob.has_magic("a*"), glob.has_magic("abc"), glob.has_magic(b"[x]"), glob.escape("a*b?[c]"), glob.escape(b"*"))
finally:
    os.chdir(cwd)
    for f in files:
        os.remove(os.path.join(root, f))
    for d in ["sub/.hid", "sub/deep", "sub", ""]:
        os.rmdir(os.path.join(root, d))
print(os.path.exists(root))
