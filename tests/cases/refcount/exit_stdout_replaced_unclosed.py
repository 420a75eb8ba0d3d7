# sys.stdout replaced at exit by an unclosed text file over the real descriptor: its text is
# flushed when the interpreter flushes sys.stdout; a StringIO left as sys.stdout swallows
# what is printed to it.
import io
import sys

print("start", flush=True)
real = sys.stdout
sys.stdout = io.StringIO()
print("into the StringIO")
sys.stdout = open(real.fileno(), "w", closefd=False)
print("into the file")


def f():
    pass
