x = 5
d = {"key": "value", 1: "one"}
print(f"{x if x > 3 else 0}", f"{(lambda y: y * 2)(x)}", f"{d['key']}", f"{d[1]}")
print(f"{x:b} {x:o} {x:#x} {-x:+}", f"{'abc'[::-1]}", f"{[i ** 2 for i in range(x)]}")
print(f"{x!r:^9}|", f"{len('four')}", f"{3 * 'ab'}", f"{x > 2 and 'yes'}")
obj = type("O", (), {"attr": [10, 20]})()
print(f"{obj.attr[1]}", f"{obj.attr!r}", f"{sum(obj.attr) / len(obj.attr):.1f}")
msg = "hi"
print(f"{msg:*^{x * 2}}", f"{msg.upper()=}", f"{'a' 'b'}")
print(f"{1_000_000:,}", f"{0.000123:.2e}", f"{12:#010b}", f"{-0.0:+.1f}")
print(f"result: {x + 1}" f" and {x - 1}" " plain")
