inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("NaN"), float("Infinity"))
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, inf > 1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(nan))
print(-0.0, 0.0 * -1, math.copysign(1, -0.0), 1 / inf * -1)
print([nan] == [nan], nan in [nan], {nan: 1}.get(nan))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
print(max(1, nan), min(nan, 1), sorted([3, 1, 2]))
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0))
