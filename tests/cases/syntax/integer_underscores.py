print(1_000, 0x_ff_ff, 0b_1111_0000, 0o_7_7, 1_0.0_1, 1e1_0)
print(int("1_000"), float("1_0.5"))
for bad in ["_1", "1__0", "1_"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
print(format(1234567, "_"), format(0xDEADBEEF, "_x"))
