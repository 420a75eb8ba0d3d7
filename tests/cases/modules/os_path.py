import os
import os.path
print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a", "/abs"))
print(os.path.split("/usr/lib/python3"), os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"))
print(os.path.basename("/a/b/c.py"), os.path.dirname("/a/b/c.py"), os.path.basename("/a/b/"))
print(os.path.normpath("a//b/../c/./d"), os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.basename(os.getcwd()), os.path.exists("os_path.py"), os.path.isfile("os_path.py"))
print(os.path.isdir("pkg_demo"), os.path.isdir("os_path.py"), os.path.exists("nope.txt"))
print(os.path.abspath("x").endswith(os.path.join("modules", "x")), os.sep, os.curdir, os.pardir)
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.relpath("/a/b/c", "/a"))
print(os.path.splitdrive("/x/y"), os.path.expanduser("plain"), os.path.join("", "x"))
