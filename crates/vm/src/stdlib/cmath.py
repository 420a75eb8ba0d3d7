"""Mathematical functions over complex numbers: gilpy's counterpart of cmath (a subset)."""

import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, _m.inf)
nanj = complex(0.0, _m.nan)


def _c(z):
    if isinstance(z, complex):
        return z
    if hasattr(type(z), "__complex__"):
        return complex(z)
    try:
        return complex(float(z), 0.0)
    except TypeError:
        raise TypeError(f"must be real number, not {type(z).__name__}") from None


def phase(z):
    z = _c(z)
    return _m.atan2(z.imag, z.real)


def polar(z):
    z = _c(z)
    return abs(z), _m.atan2(z.imag, z.real)


def rect(r, phi):
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def sqrt(z):
    z = _c(z)
    x, y = z.real, z.imag
    if x == 0 and y == 0:
        return complex(0.0, y)
    t = _m.sqrt((abs(x) + abs(z)) / 2)
    if x >= 0:
        return complex(t, y / (2 * t))
    return complex(abs(y) / (2 * t), _m.copysign(t, y))


def exp(z):
    z = _c(z)
    r = _m.exp(z.real)
    return complex(r * _m.cos(z.imag), r * _m.sin(z.imag))


def log(z, base=None):
    z = _c(z)
    result = complex(_m.log(abs(z)), _m.atan2(z.imag, z.real))
    if base is not None:
        return result / log(base)
    return result


def log10(z):
    return log(z) / _m.log(10)


def sin(z):
    z = _c(z)
    return complex(_m.sin(z.real) * _m.cosh(z.imag), _m.cos(z.real) * _m.sinh(z.imag))


def cos(z):
    z = _c(z)
    return complex(_m.cos(z.real) * _m.cosh(z.imag), -_m.sin(z.real) * _m.sinh(z.imag))


def tan(z):
    return sin(z) / cos(z)


def isfinite(z):
    z = _c(z)
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def isinf(z):
    z = _c(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z):
    z = _c(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a, b = _c(a), _c(b)
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(b - a)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol
