//! CPython 3.11's hash values (`Py_hash_t`) for ints, floats, complex, str, bytes, tuples and
//! frozensets, with the all-zero SipHash key that `PYTHONHASHSEED=0` gives. Counterpart of
//! Python/pyhash.c, `long_hash` (Objects/longobject.c), `tuplehash` and `frozenset_hash`.
//! Hashes of NaN and of objects hashed by identity are the VM's.

use num_bigint::{BigInt, Sign};

/// `sys.hash_info.modulus`: the Mersenne prime 2**61 - 1.
pub const MODULUS: u64 = (1 << 61) - 1;
/// `sys.hash_info.inf`.
pub const HASH_INF: i64 = 314_159;
/// `sys.hash_info.imag`.
pub const HASH_IMAG: u64 = 1_000_003;

/// -1 is CPython's error marker, so a hash that comes out as -1 is -2.
fn fix_minus_one(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// Applies the sign of the number to a residue in `[0, MODULUS)`.
fn signed_residue(residue: u64, negative: bool) -> i64 {
    let h = residue as i64;
    fix_minus_one(if negative { -h } else { h })
}

/// `hash(n)` for an int that fits in an `i64`.
pub fn hash_i64(n: i64) -> i64 {
    signed_residue(n.unsigned_abs() % MODULUS, n < 0)
}

/// `hash(n)` for any int: `|n| mod (2**61 - 1)` with the sign of `n`.
pub fn hash_int(n: &BigInt) -> i64 {
    let (sign, digits) = n.to_u64_digits();
    // 2**64 = 8 * 2**61 = 8 (mod 2**61 - 1).
    let residue = digits.iter().rev().fold(0u64, |acc, &d| {
        let value = (u128::from(acc) << 64) | u128::from(d);
        (value % u128::from(MODULUS)) as u64
    });
    signed_residue(residue, sign == Sign::Minus)
}

/// `hash(x)` for a float that is not NaN: the hash of the exact rational value, so that
/// `hash(2.0) == hash(2)`; infinities hash to ±314159.
pub fn hash_f64(x: f64) -> i64 {
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (mantissa, exp2) = crate::float_repr::exact_parts(x.abs());
    // 2**61 = 1 (mod 2**61 - 1), so a power of two reduces to a rotation by exp2 mod 61.
    let e = exp2.rem_euclid(61) as u32;
    let m = mantissa % MODULUS;
    let rotated = if e == 0 {
        m
    } else {
        ((m << e) & MODULUS) | (m >> (61 - e))
    };
    signed_residue(rotated, x < 0.0)
}

/// `hash(complex)` from the hashes of its real and imaginary parts.
pub fn hash_complex(real_hash: i64, imag_hash: i64) -> i64 {
    let combined = (real_hash as u64).wrapping_add(HASH_IMAG.wrapping_mul(imag_hash as u64));
    fix_minus_one(combined as i64)
}

const SIP_INIT: [u64; 4] = [
    0x736f_6d65_7073_6575,
    0x646f_7261_6e64_6f6d,
    0x6c79_6765_6e65_7261,
    0x7465_6462_7974_6573,
];

/// SipHash-1-3 with key (0, 0), fed a byte at a time or eight at a time.
struct SipHasher13 {
    v: [u64; 4],
    tail: u64,
    length: usize,
}

impl SipHasher13 {
    fn new() -> SipHasher13 {
        SipHasher13 {
            v: SIP_INIT,
            tail: 0,
            length: 0,
        }
    }

    fn round(&mut self) {
        let v = &mut self.v;
        v[0] = v[0].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(13) ^ v[0];
        v[0] = v[0].rotate_left(32);
        v[2] = v[2].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(16) ^ v[2];
        v[0] = v[0].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(21) ^ v[0];
        v[2] = v[2].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(17) ^ v[2];
        v[2] = v[2].rotate_left(32);
    }

    fn compress(&mut self, word: u64) {
        self.v[3] ^= word;
        self.round();
        self.v[0] ^= word;
    }

    fn write_u8(&mut self, byte: u8) {
        self.tail |= u64::from(byte) << (8 * (self.length % 8));
        self.length += 1;
        if self.length.is_multiple_of(8) {
            let word = self.tail;
            self.tail = 0;
            self.compress(word);
        }
    }

    /// Feeds a byte slice; whole words go straight through when aligned.
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        if self.length.is_multiple_of(8) {
            for chunk in &mut chunks {
                let mut word = [0u8; 8];
                word.copy_from_slice(chunk);
                self.compress(u64::from_le_bytes(word));
                self.length += 8;
            }
            chunks.remainder().iter().for_each(|&b| self.write_u8(b));
        } else {
            bytes.iter().for_each(|&b| self.write_u8(b));
        }
    }

    fn finish(mut self) -> u64 {
        let last = self.tail | ((self.length as u64) << 56);
        self.compress(last);
        self.v[2] ^= 0xff;
        self.round();
        self.round();
        self.round();
        self.v[0] ^ self.v[1] ^ self.v[2] ^ self.v[3]
    }
}

/// `_Py_HashBytes`: SipHash-1-3 of the bytes; the empty string hashes to 0.
fn hash_buffer(feed: impl FnOnce(&mut SipHasher13)) -> i64 {
    let mut hasher = SipHasher13::new();
    feed(&mut hasher);
    if hasher.length == 0 {
        return 0;
    }
    fix_minus_one(hasher.finish() as i64)
}

/// `hash(b)` for bytes (and bytearray-free buffers such as memoryview's): whole words, then
/// the last 0 to 7 bytes as one little-endian word, as `write` and `finish` would feed them.
pub fn hash_bytes(bytes: &[u8]) -> i64 {
    if bytes.is_empty() {
        return 0;
    }
    let mut hasher = SipHasher13::new();
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        hasher.compress(u64::from_le_bytes(word));
    }
    // The last 0 to 7 bytes as a little-endian word, a byte at a time: cheaper for short
    // texts (most dict keys) than a copy of variable length into a zeroed word.
    let rest = chunks.remainder();
    hasher.tail = rest
        .iter()
        .rev()
        .fold(0, |word, &b| (word << 8) | u64::from(b));
    hasher.length = bytes.len();
    fix_minus_one(hasher.finish() as i64)
}

/// `hash(s)` for a str: SipHash-1-3 over CPython's compact representation of `s` (one byte
/// per character if all are below 256, else two bytes, else four, little-endian).
pub fn hash_str(s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes());
    }
    let max = s.chars().map(u32::from).max().unwrap_or(0);
    hash_buffer(|h| {
        for c in s.chars().map(u32::from) {
            match max {
                0..=0xff => h.write_u8(c as u8),
                0x100..=0xffff => h.write(&(c as u16).to_le_bytes()),
                _ => h.write(&c.to_le_bytes()),
            }
        }
    })
}

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// The tuple hash combiner of 3.11 (after xxHash), fed the items' hashes in order.
#[derive(Clone, Debug)]
pub struct TupleHasher {
    acc: u64,
    len: u64,
}

impl Default for TupleHasher {
    fn default() -> Self {
        TupleHasher {
            acc: XXPRIME_5,
            len: 0,
        }
    }
}

impl TupleHasher {
    /// Folds in the hash of the next item.
    pub fn add(&mut self, item_hash: i64) {
        let lane = item_hash as u64;
        self.acc = self.acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        self.acc = self.acc.rotate_left(31);
        self.acc = self.acc.wrapping_mul(XXPRIME_1);
        self.len += 1;
    }

    /// The tuple's hash.
    pub fn finish(&self) -> i64 {
        let acc = self.acc.wrapping_add(self.len ^ (XXPRIME_5 ^ 3_527_539));
        if acc == u64::MAX {
            1_546_275_796
        } else {
            acc as i64
        }
    }
}

/// `hash(t)` for a tuple whose items hash to `item_hashes`.
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    let mut hasher = TupleHasher::default();
    item_hashes.iter().for_each(|&h| hasher.add(h));
    hasher.finish()
}

/// Spreads the bits of an item hash for the frozenset combiner.
fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
}

/// `hash(frozenset)` from the hashes of its distinct items, in any order.
pub fn hash_frozenset(item_hashes: impl IntoIterator<Item = i64>) -> i64 {
    let mut hash = 0u64;
    let mut len = 0u64;
    for h in item_hashes {
        hash ^= shuffle_bits(h as u64);
        len += 1;
    }
    hash ^= (len + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        590_923_713
    } else {
        hash as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_f64(1.5), 1_152_921_504_606_846_977);
        assert_eq!(hash_f64(2.0), 2);
        assert_eq!(hash_f64(f64::NEG_INFINITY), -314_159);
        assert_eq!(
            hash_int(&(BigInt::from(1) << 200u32)),
            hash_f64(2f64.powi(200))
        );
    }

    #[test]
    fn strings() {
        assert_eq!(hash_str(""), 0);
        assert_eq!(hash_bytes(b""), 0);
        assert_eq!(hash_str("abc"), hash_bytes(b"abc"));
        assert_eq!(hash_tuple(&[]), 5_740_354_900_026_072_187);
    }

    #[test]
    fn one_shot_bytes_match_the_stream() {
        let text: Vec<u8> = (0u8..40).map(|i| i.wrapping_mul(37)).collect();
        for n in 0..text.len() {
            let streamed = hash_buffer(|h| text[..n].iter().for_each(|&b| h.write_u8(b)));
            assert_eq!(hash_bytes(&text[..n]), streamed, "length {n}");
        }
        // CPython 3.11 under PYTHONHASHSEED=0.
        assert_eq!(
            hash_bytes(b"abcdefghijklmnopqrstu"),
            4_966_591_010_842_113_786
        );
        assert_eq!(hash_bytes(b"a"), 4_644_417_185_603_328_019);
        assert_eq!(hash_str("abcdefgh"), 4_574_395_652_268_504_554);
    }
}
