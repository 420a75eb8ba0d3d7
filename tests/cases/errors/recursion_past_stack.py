# A recursion limit higher than the stack can hold ends in RecursionError, never a crash:
# on the main thread, on a thread with the default stack and on one with a tiny stack.
# (Only Python-to-Python calls: CPython 3.11 runs them without using its C stack.)
import sys
import threading

sys.setrecursionlimit(10**6)


def down(n):
    return down(n + 1)


def catch(label, fn):
    try:
        fn(0)
    except RecursionError as e:
        print(label, type(e).__name__, str(e)[:36])


catch("main", down)

t = threading.Thread(target=lambda: catch("thread", down))
t.start()
t.join()

threading.stack_size(32768)
t = threading.Thread(target=lambda: catch("small stack", down))
t.start()
t.join()
threading.stack_size(0)

sys.setrecursionlimit(1000)


def after(n):
    return after(n + 1) if n < 500 else n


print("still works:", after(0))
