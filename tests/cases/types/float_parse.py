for s in ["1", "1.5", "-0", "+.5e1", "1_000.25", "  3.0\n", "inf", "-Infinity", "nan", "1e-400", "0x1p3"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for bad in ["", "abc", "1.2.3", "1e", "--1", "1_", None]:
    try:
        float(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
