print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(3 + 4j), abs(True), abs(-10 ** 30))
print(abs(float("-inf")), abs(float("nan")))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
