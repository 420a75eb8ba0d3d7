import sys
print("stdin closed?", sys.stdin is not None)
try:
    line = input("prompt> ")
    print("read", repr(line))
except EOFError as e:
    print()
    print("EOFError:", e)
