//! The numerical algorithms behind `math` that the C library does not give us the way CPython
//! computes them: Lanczos gamma and lgamma, Shewchuk's exact `fsum`, the scaled and corrected
//! `hypot`/`dist` norm, IEEE `remainder`, `frexp`, `nextafter`, `ulp`, and the fdlibm
//! formulas of the inverse hyperbolic functions. Counterpart of the helpers of CPython's
//! `Modules/mathmodule.c`.

use std::f64::consts::{LN_2, PI};

/// An error a special function reports (CPython sets `errno` to EDOM or ERANGE).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MathError {
    /// ValueError("math domain error").
    Domain,
    /// OverflowError("math range error").
    Range,
}

/// `log1p`, keeping the sign of a zero argument.
pub fn log1p(x: f64) -> f64 {
    if x == 0.0 { x } else { x.ln_1p() }
}

/// `cbrt` as the GNU C library computes it (a polynomial guess refined by one Halley step,
/// which is not always correctly rounded: `cbrt(-27.0)` is `-3.0000000000000004`).
#[allow(clippy::excessive_precision)]
pub fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    const POLY: [f64; 6] = [
        1.50819193781584896,
        -2.11499494167371287,
        2.44693122563534430,
        -1.83469277483613086,
        0.784932344976639262,
        -0.145263899385486377,
    ];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = frexp(x.abs());
    let u = POLY
        .iter()
        .rev()
        .skip(1)
        .fold(POLY[5], |acc, c| c + acc * xm);
    let u = 0.354895765043919860 + u * xm;
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    libm::scalbn(if x > 0.0 { ym } else { -ym }, xe / 3)
}

/// `asinh` by the fdlibm formulas (as the C library CPython calls).
pub fn asinh(x: f64) -> f64 {
    let a = x.abs();
    if !a.is_finite() || a < f64::from_bits(0x3e30_0000_0000_0000) {
        return x;
    }
    let r = if a > 268_435_456.0 {
        a.ln() + LN_2
    } else if a > 2.0 {
        (2.0 * a + 1.0 / ((a * a + 1.0).sqrt() + a)).ln()
    } else {
        let t = a * a;
        (a + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    r.copysign(x)
}

/// `acosh` by the fdlibm formulas.
pub fn acosh(x: f64) -> f64 {
    if x < 1.0 || x.is_nan() {
        return f64::NAN;
    }
    if x >= 268_435_456.0 {
        return if x.is_infinite() { x } else { x.ln() + LN_2 };
    }
    if x == 1.0 {
        return 0.0;
    }
    if x > 2.0 {
        return (2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

/// `atanh` by the fdlibm formulas.
pub fn atanh(x: f64) -> f64 {
    let a = x.abs();
    if a > 1.0 || x.is_nan() {
        return f64::NAN;
    }
    if a == 1.0 {
        return f64::INFINITY.copysign(x);
    }
    if a < f64::from_bits(0x3e30_0000_0000_0000) {
        return x;
    }
    let r = if a < 0.5 {
        let t = a + a;
        0.5 * (t + t * a / (1.0 - a)).ln_1p()
    } else {
        0.5 * ((a + a) / (1.0 - a)).ln_1p()
    };
    r.copysign(x)
}

/// The `g` of the Lanczos approximation (Boost's `lanczos13m53`).
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39_916_800.0,
    120_543_840.0,
    150_917_976.0,
    105_258_076.0,
    45_995_730.0,
    13_339_535.0,
    2_637_558.0,
    357_423.0,
    32_670.0,
    1_925.0,
    66.0,
    1.0,
];

/// The rational function of the Lanczos approximation, evaluated in the order that keeps it
/// accurate (in `x` below 5, in `1/x` from 5 up).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)`, exact at the integers and half-integers.
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i64;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// `math.gamma`.
pub fn tgamma(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(MathError::Domain)
        };
    }
    if x == 0.0 {
        return Err(MathError::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathError::Domain);
        }
        if x <= 23.0 {
            return Ok((1..x as u128).product::<u128>() as f64);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(MathError::Range)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sinpi(x))
        } else {
            Err(MathError::Range)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r / y.powf(absx - 0.5)
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r / sqrtpow / sqrtpow
        }
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r * y.powf(absx - 0.5)
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r * sqrtpow * sqrtpow
        }
    };
    if r.is_infinite() {
        Err(MathError::Range)
    } else {
        Ok(r)
    }
}

/// `math.lgamma`.
pub fn lgamma(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            Err(MathError::Domain)
        } else {
            Ok(0.0)
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = PI.ln() - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        Err(MathError::Range)
    } else {
        Ok(r)
    }
}

/// IEEE 754 `remainder(x, y)`: `x - n*y` for the integer `n` nearest `x/y`, ties to even;
/// `None` for a domain error.
pub fn remainder(x: f64, y: f64) -> Option<f64> {
    if x.is_nan() {
        return Some(x);
    }
    if y.is_nan() {
        return Some(y);
    }
    if x.is_infinite() || y == 0.0 {
        return None;
    }
    if y.is_infinite() {
        return Some(x);
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Some(1.0f64.copysign(x) * r)
}

/// `frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1` (`(x, 0)` for zero, inf, nan).
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022 + bias)
}

/// The next float after `x` towards `y`.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

/// `ulp(x)`: the gap between `|x|` and the next float away from zero (or below, at the top).
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let up = nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        x - nextafter(x, f64::NEG_INFINITY)
    } else {
        up - x
    }
}

/// `hi + lo == a * b` exactly.
fn dl_mul(a: f64, b: f64) -> (f64, f64) {
    let hi = a * b;
    (hi, a.mul_add(b, -hi))
}

/// `hi + lo == a + b` exactly, for `|a| >= |b|`.
fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let hi = a + b;
    (hi, (a - hi) + b)
}

/// The Euclidean norm of non-negative coordinates, scaled to avoid overflow and underflow,
/// summed with exact squares and finished by a differential correction (CPython's
/// `vector_norm`).
pub fn vector_norm(mut v: Vec<f64>) -> f64 {
    let max = v
        .iter()
        .copied()
        .fold(0.0f64, |m, x| if x > m { x } else { m });
    if max.is_infinite() || v.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if v.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        for x in &mut v {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(v);
    }
    let scale = libm::scalbn(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0, 0.0, 0.0);
    for x in v {
        let x = x * scale;
        let (hi, lo) = dl_mul(x, x);
        let (s, e) = dl_fast_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += e;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = dl_mul(-h, h);
    let (s, e) = dl_fast_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += e;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// Why `fsum` failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FSumError {
    /// ValueError("-inf + inf in fsum").
    InfMinusInf,
    /// OverflowError("intermediate overflow in fsum").
    Overflow,
}

/// Shewchuk's exactly rounded running sum: non-overlapping partials, with infinities and nans
/// kept aside.
#[derive(Default)]
pub struct FSum {
    partials: Vec<f64>,
    special: f64,
    inf: f64,
}

impl FSum {
    pub fn add(&mut self, item: f64) -> Result<(), FSumError> {
        let mut x = item;
        let mut kept = 0;
        for i in 0..self.partials.len() {
            let mut y = self.partials[i];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        self.partials.truncate(kept);
        if x == 0.0 {
            return Ok(());
        }
        if x.is_finite() {
            self.partials.push(x);
            return Ok(());
        }
        if item.is_finite() {
            return Err(FSumError::Overflow);
        }
        if item.is_infinite() {
            self.inf += item;
        }
        self.special += item;
        self.partials.clear();
        Ok(())
    }

    /// The correctly rounded total.
    pub fn total(&self) -> Result<f64, FSumError> {
        if self.special != 0.0 || self.special.is_nan() {
            return if self.inf.is_nan() {
                Err(FSumError::InfMinusInf)
            } else {
                Ok(self.special)
            };
        }
        let p = &self.partials;
        let Some((&last, rest)) = p.split_last() else {
            return Ok(0.0);
        };
        let mut hi = last;
        let mut lo = 0.0;
        let mut n = rest.len();
        while n > 0 {
            let x = hi;
            let y = p[n - 1];
            n -= 1;
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
        Ok(hi)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gamma_matches_cpython() {
        assert_eq!(tgamma(0.5), Ok(1.7724538509055159));
        assert_eq!(tgamma(5.5), Ok(52.34277778455352));
        assert_eq!(tgamma(-1.5), Ok(2.3632718012073544));
        assert_eq!(lgamma(0.5), Ok(0.5723649429247004));
        assert_eq!(lgamma(100.5), Ok(361.4355404677776));
        assert_eq!(lgamma(-2.5), Ok(-0.05624371649767457));
        assert_eq!(tgamma(-1.0), Err(MathError::Domain));
        assert_eq!(tgamma(172.0), Err(MathError::Range));
    }

    #[test]
    fn fsum_is_exact() {
        let mut s = FSum::default();
        for _ in 0..10 {
            s.add(0.1).unwrap_or_default();
        }
        assert_eq!(s.total(), Ok(1.0));
        let mut s = FSum::default();
        for x in [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50] {
            s.add(x).unwrap_or_default();
        }
        assert_eq!(s.total(), Ok(1e-100));
    }

    #[test]
    fn small_helpers() {
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(frexp(5e-324), (0.5, -1073));
        assert_eq!(remainder(7.0, 3.0), Some(1.0));
        assert_eq!(remainder(5.0, 2.0), Some(1.0));
        assert_eq!(remainder(7.0, 2.0), Some(-1.0));
        assert_eq!(nextafter(1.0, 2.0), 1.0000000000000002);
        assert_eq!(ulp(1.0), 2.220446049250313e-16);
        assert_eq!(vector_norm(vec![3.0, 4.0]), 5.0);
    }
}
