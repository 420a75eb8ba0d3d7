//! Floor division of big ints whose quotient fits in a machine word, in linear time: CPython's
//! `x_divrem` takes one pass per quotient digit, where `num-bigint` divides operands of similar
//! size by Burnikel-Ziegler, with its splitting and shifting, whatever the quotient's size.
//! Counterpart of the small-quotient case of `x_divrem` in `Objects/longobject.c`.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::Signed;

/// Divisors of at most this many bits are left to `num-bigint` (its one- and two-limb paths).
const SMALL_DIVISOR_BITS: u64 = 128;

/// Quotients are estimated below this many bits (the estimate then stays within a few units).
const QUOTIENT_BITS: u64 = 62;

/// `(x // y, x % y)` for `x >= 0` and a big `y > 0` when the quotient is below 2**62: the
/// quotient estimated from the top 128 bits of `x` and 64 of `y`, then corrected by adding or
/// subtracting `y` until the remainder lies in `[0, y)`. `None` when this does not apply.
pub fn divmod_small_quotient(x: &BigInt, y: &BigInt) -> Option<(BigInt, BigInt)> {
    if x.sign() == Sign::Minus || y.sign() != Sign::Plus {
        return None;
    }
    let (xb, yb) = (x.bits(), y.bits());
    if yb <= SMALL_DIVISOR_BITS || xb >= yb + QUOTIENT_BITS {
        return None;
    }
    let shift = yb - 64;
    let y_top = bits_from(y.magnitude(), shift) as u64;
    let x_top = bits_from(x.magnitude(), shift);
    let mut q = (x_top / u128::from(y_top)) as u64;
    let mut r = x - y * q;
    while r.is_negative() {
        q -= 1;
        r += y;
    }
    while &r >= y {
        q += 1;
        r -= y;
    }
    Some((BigInt::from(q), r))
}

/// Bits `shift .. shift + 128` of `v`.
fn bits_from(v: &BigUint, shift: u64) -> u128 {
    let mut digits = v.iter_u64_digits().skip((shift / 64) as usize);
    let mut next = || u128::from(digits.next().unwrap_or(0));
    let low = next() | (next() << 64);
    let high = next();
    match (shift % 64) as u32 {
        0 => low,
        off => (low >> off) | (high << (128 - off)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_integer::Integer;

    #[test]
    fn matches_the_general_division() {
        let base = BigInt::from(3u8).pow(700) + BigInt::from(12_345u32);
        let cases = [
            (base.clone() * 9u8 + 5u8, base.clone()),
            (base.clone() * 10u8 - 1u8, base.clone()),
            (base.clone(), base.clone()),
            (base.clone() - 1u8, base.clone()),
            ((base.clone() << 61u32) + 77u8, base.clone() + 1u8),
            (
                base.clone() * BigInt::from(u64::MAX >> 3),
                base.clone() - 999u32,
            ),
            (BigInt::from(0u8), base.clone()),
        ];
        for (x, y) in cases {
            let (q, r) = divmod_small_quotient(&x, &y).expect("applies");
            assert_eq!((q, r), x.div_mod_floor(&y));
        }
        assert!(divmod_small_quotient(&(base.clone() << 70u32), &base).is_none());
        assert!(divmod_small_quotient(&-base.clone(), &base).is_none());
        assert!(divmod_small_quotient(&base, &BigInt::from(7u8)).is_none());
    }
}
