print(format("text", "<10") + "|", format("text", ">10") + "|", format("text", "^10") + "|", format("text", ".2"))
print(format("x", "=>5"), format("é", "*^5"), format("", "-^3"), format("long string", "5"))
for spec in ["", "s", ">3s"]:
    print(repr(format("ab", spec)))
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "=5")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1, ",x")
except ValueError as e:
    print("ValueError:", e)
print(format(True, ""), format(True, "d"), format(True, ">5"), format(None, ""))
