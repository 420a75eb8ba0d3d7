print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="hi"))
print("{0[0]} {0[1]} {d[k]} {o.real}".format([5, 6], d={"k": "v"}, o=3))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:*^9}".format("mid"))
print("{:08.3f} {:+d} {:x} {:#b} {:,}".format(3.14159, 5, 255, 5, 10 ** 6))
print("{!r} {!s} {!a}".format("q", "q", "é"), "{{escaped}} {}".format(1))
print("{:{w}.{p}f}".format(2.71828, w=10, p=2), "{0:{1}}|".format("ab", 5))
print("{:%Y}".format(__import__("datetime").date(2024, 1, 2)))
print("{0}".format(None), "{}".format([1, "a"]), "{:10}|".format(None.__class__.__name__))
print("{:n}".format(1234), "{:.3}".format("abcdef"), "{:>{}}".format("x", 4))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError:", e)
print("{a}-{b}".format_map({"a": 1, "b": 2}))
