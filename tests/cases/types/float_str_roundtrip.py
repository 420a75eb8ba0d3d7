values = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e-10, 1e10, 1e23, 1.1e-7, 9.999999999999999e22,
          123456.789, 0.1 + 0.2, 1 - 1e-16, 5e-324, 2 ** 0.5, 100.0, 1e16 + 2]
for v in values:
    assert float(repr(v)) == v
    print(repr(v), str(v), f"{v:.17g}")
