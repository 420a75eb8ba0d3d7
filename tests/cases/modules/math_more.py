import math
print(math.gamma(0.5), math.gamma(10), math.gamma(-2.5), math.gamma(1e-30), math.lgamma(10), math.lgamma(-0.5), math.lgamma(1e300))
print(math.erf(0.3), math.erfc(2.5), math.expm1(1e-10), math.log1p(1e-10), math.exp2(10), math.cbrt(-27), math.cbrt(2))
print(math.asinh(1), math.acosh(2), math.atanh(0.5), math.sinh(1), math.cosh(1), math.tanh(0.5), math.asin(1), math.acos(0), math.atan(1))
print(math.hypot(3, 4, 12), math.hypot(1e-310, 1e-310), math.hypot(1e308, 1e308), math.dist([1, 1], [4, 5]), math.hypot(1, 2, 3, 4, 5))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum([float("inf"), 1]), math.fsum(i / 7 for i in range(100)))
print(math.prod([]), math.prod([1.5, 2]), math.prod(range(1, 11), start=2), math.prod([[1]], start=2) if False else 0, math.factorial(0), math.factorial(30))
print(math.gcd(), math.gcd(-12, 18), math.gcd(2 ** 100, 6 ** 50), math.lcm(), math.lcm(-4, 6, 10), math.lcm(0, 5))
print(math.isqrt(0), math.isqrt(10 ** 40 + 1), math.comb(100, 50), math.comb(5, 7), math.perm(5), math.perm(10, 0), math.perm(3, 5))
print(math.floor(-0.5), math.ceil(0.5), math.floor(True), math.trunc(-2.5), math.floor(10 ** 30), math.ceil(-1e-300), type(math.trunc(2.0)).__name__)
print(math.fmod(7, -3), math.fmod(-0.0, 1), math.fmod(5, float("inf")), math.remainder(5, 2), math.remainder(-7, 2), math.remainder(7, float("inf")))
print(math.frexp(0), math.frexp(-1e-320), math.frexp(float("inf")), math.ldexp(1, -1075), math.ldexp(1, -1074), math.ldexp(3, 1000), math.modf(-2.5), math.modf(float("-inf")))
print(math.copysign(1, -0.0), math.copysign(float("nan"), -1), math.fabs(-0.0), math.pow(2, -1), math.pow(-8, 1 / 3) if False else 0, math.pow(0, 0), math.pow(float("inf"), -1), math.pow(-1, float("inf")))
print(math.log(100, 10), math.log(2 ** 1000, 2), math.log10(10 ** 400), math.log2(3), math.log(1e-320), math.log(True) if False else 0, math.log(10 ** 1000))
print(math.nextafter(0, 1), math.nextafter(1, 0), math.nextafter(-0.0, 1), math.nextafter(float("inf"), 0), math.ulp(0), math.ulp(-1e300), math.ulp(float("inf")), math.ulp(1.7976931348623157e308))
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(float("inf"), float("inf")), math.isinf(1e309), math.isnan(float("nan")))
print(math.degrees(1), math.radians(90), math.atan2(-0.0, -1), math.atan2(1, float("inf")), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(10 ** 100))
class Fl:
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __float__(self):
        return 2.5
print(math.floor(Fl()), math.ceil(Fl()), math.sqrt(Fl()), math.isfinite(Fl()))
for bad in [lambda: math.sqrt(-0.1), lambda: math.log(-1), lambda: math.log(0.0), lambda: math.log(10, 1), lambda: math.log10(0), lambda: math.acos(2), lambda: math.asin(-1.5), lambda: math.atanh(1), lambda: math.acosh(0),
            lambda: math.exp(710), lambda: math.exp2(1025), lambda: math.sinh(1000), lambda: math.cosh(-1000), lambda: math.pow(0, -1), lambda: math.pow(-1, 0.5), lambda: math.pow(10, 400), lambda: math.fmod(1, 0), lambda: math.fmod(float("inf"), 1),
            lambda: math.remainder(1, 0), lambda: math.remainder(float("inf"), 1), lambda: math.gamma(0), lambda: math.gamma(-3), lambda: math.gamma(200), lambda: math.lgamma(0), lambda: math.lgamma(-5), lambda: math.ldexp(1, 2000),
            lambda: math.factorial(2.0), lambda: math.factorial(-2), lambda: math.isqrt(-1), lambda: math.comb(5, -1), lambda: math.perm(-1), lambda: math.gcd(1.5), lambda: math.sqrt("x"), lambda: math.ldexp(1.0, 2.0),
            lambda: math.dist((1,), (1, 2)), lambda: math.fsum([float("inf"), float("-inf")]), lambda: math.fsum([1e308, 1e308]), lambda: math.isclose(1, 2, abs_tol=-1), lambda: math.trunc(None), lambda: math.floor("x"), lambda: math.tan(float("inf")), lambda: math.sin(float("-inf"))]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
