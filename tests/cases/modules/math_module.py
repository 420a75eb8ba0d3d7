import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.factorial(20), math.gcd(48, 18), math.gcd(0, 5, 10), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0), math.exp(1))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.fabs(-3), math.fmod(-7, 3), math.remainder(7, 3))
print(math.pow(2, 10), math.copysign(3, -0.0), math.modf(3.75), math.frexp(8), math.ldexp(0.5, 4))
print(math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.isclose(0.1 + 0.2, 0.3), math.ulp(1.0))
print(math.floor(10 ** 20 + 0.5), type(math.floor(2.5)).__name__, math.nextafter(1.0, 2.0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
