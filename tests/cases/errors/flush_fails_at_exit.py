# A replaced sys.stdout whose flush fails at exit: "Exception ignored in" on stderr and exit
# status 120, as CPython's flush_std_files; with sys.stdout = None, print does nothing.
import sys

real = sys.stdout
real.write("printed first\n")
real.flush()
sys.stdout = None
print("nowhere")


class Failing:
    def write(self, s):
        real.write(s.upper())

    def flush(self):
        raise OSError("flush failed")


sys.stdout = Failing()
print("shouted", end="\n")
