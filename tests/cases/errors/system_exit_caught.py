import sys
for arg in [None, 0, 2, "message", (1, 2)]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    exit(5)
except SystemExit as e:
    print("builtin exit:", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("bare:", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(1)
    except Exception:
        print("not caught by Exception")
except SystemExit:
    print("caught by SystemExit")
