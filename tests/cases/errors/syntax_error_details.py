try:
    compile("x = 1\ny = (2 +\n", "snippet.py", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    exec("def f():\n    x = 1\n   y = 2")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    eval("1 +* 2")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.offset)
try:
    compile("pass", "f", "badmode")
except ValueError as e:
    print("ValueError:", e)
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
