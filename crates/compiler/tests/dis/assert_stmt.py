assert x
assert x, "message"
assert a and b, f"{a}"
