# sys.stdout closed by the program: writes raise ValueError, and the traceback still reaches
# stderr; output written before the close is not lost.
import sys

print(sys.stdout.closed, end=" ")
sys.stdout.write("before close\n")
sys.stdout.close()
print("closed:", sys.stdout.closed, file=sys.stderr)
try:
    print("lost")
except ValueError as e:
    print("print:", e, file=sys.stderr)
try:
    sys.stdout.flush()
except ValueError as e:
    print("flush:", e, file=sys.stderr)
sys.stdout.write("the end")
