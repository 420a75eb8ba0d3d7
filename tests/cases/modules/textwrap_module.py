import textwrap
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(text, width=30))
print(textwrap.wrap("a b c d e f", 5))
print(textwrap.dedent("    indented\n      more\n    back"))
print(textwrap.indent("x\ny", "> "), textwrap.shorten("Hello  world, how are you", 15))
