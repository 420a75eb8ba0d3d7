import os
print(os.name, os.environ.get("PYTHONHASHSEED"), "PATH" in os.environ, type(os.environ).__name__)
print(os.getcwd() == os.path.abspath("."), isinstance(os.getpid(), int))
d = "os_module_tmp_%d" % os.getpid()
os.mkdir(d)
for name in ["b.txt", "a.txt", "c.dat"]:
    with open(os.path.join(d, name), "w") as f:
        f.write(name)
print(sorted(os.listdir(d)), sorted(e.name for e in os.scandir(d) if e.is_file()))
os.rename(os.path.join(d, "c.dat"), os.path.join(d, "z.dat"))
print(sorted(os.listdir(d)), os.stat(os.path.join(d, "a.txt")).st_size)
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
print(os.path.exists(d))
try:
    os.remove(d)
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno)
os.environ["GILPY_CASE_VAR"] = "set"
print(os.getenv("GILPY_CASE_VAR"), os.getenv("UNSET_VAR_XYZ", "fallback"))
print(len(os.urandom(8)), os.fspath("p"), os.linesep == "\n")
