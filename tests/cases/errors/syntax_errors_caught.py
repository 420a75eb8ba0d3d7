sources = [
    "x = (1, 2",
    "def f(:\n  pass",
    "1 = x",
    "if True\n  pass",
    "for x in range(3):\nprint(x)",
    "return 5",
    "break",
    "f(x for x in y, 1)",
    "a = 1 +",
    "x = 'abc",
    "print 'hello'",
    "def f(a, a): pass",
    "lambda: (yield)",
    "f(**k, *a)",
    "class C:\n  nonlocal q",
    "x := 5",
    "del f()",
    "None = 1",
    "a, b += 1",
    "import",
    "0777",
    "1__0",
    "'\\N{NOT A REAL NAME}'",
    "f'{}'",
    "(a for a in b) = 1",
    "continue",
    "async = 1 +",
    "\tif x:\n        pass",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} (line {e.lineno})")
