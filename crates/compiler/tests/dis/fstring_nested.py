w = 10
s = f"{x!r:>{w}} and {y:{'^'}{w}}"
t = f"{'a' 'b'}{x}" "tail"
