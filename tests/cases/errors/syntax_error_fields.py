# SyntaxError fields (msg, location, end_offset, text) for errors found by the
# tokenizer's state (indentation, unclosed brackets), the parser and the compiler.
sources = [
    "x = (1, 2", "x = (2 +\n", "a b\n", "a b", "x = 'abc\n", "def f(:\n  pass\n",
    "\tif x:\n        pass\n", "if 1:\n  a\n b\n", "if 1:\n\ta\n        b\n",
    "0777\n", "1__0\n", "a = )\n", "f'{}'\n", "  x\n",
    "def f():\n    x = 1\n   y = 2", "x = (1,\n2", "x = [1,\n", "return 5\n",
    "1 = x\n", "'''abc\n", "x = 1\ny = (2 +\n", "if 1:\n  pass\n else:\n",
    "if 1:\n        a\n\tb\n", "try:\n    pass\n", "x = \\", "x = 1 \\ y\n",
    "{1:2, 3}", "class C:\n  def f(self):\n    return 1\n  x = [\n",
    "def g():\n    nonlocal q\n", "x = 1; y = 2\nz\n", "if 1:\n  pass\nx = 2\n",
    "x = 1\n# c\n\n", "x = 1\n  y\n", "x=1\n$\n", "def f():\n  return 1\n\nf()\n",
]
for mode in ["exec", "eval", "single"]:
    for src in sources:
        try:
            compile(src, "<fields>", mode)
            print(mode, repr(src), "compiles")
        except SyntaxError as e:
            print(mode, repr(src), type(e).__name__, e.msg, e.lineno, e.offset,
                  e.end_lineno, e.end_offset, repr(e.text))
