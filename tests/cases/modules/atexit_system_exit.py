# atexit: a callback's SystemExit is reported as ignored (not silently dropped), the exit code
# stays 0 and the callbacks registered before it still run.
import atexit
import sys

SOURCE = '''
class Quit:
    def __repr__(self):
        return "<Quit>"

    def __call__(self):
        raise SystemExit(3)
'''
ns = {}
exec(compile(SOURCE, "<atexit-case>", "exec"), ns)


def after():
    print("registered first, run last")


atexit.register(after)
atexit.register(ns["Quit"]())
sys.stderr = sys.stdout
print("main")
