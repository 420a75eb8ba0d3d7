//! The Mersenne Twister MT19937 behind `random.Random`: seeding, 32-bit words, `random()`,
//! `getrandbits()` and the state tuple. Counterpart of Modules/_randommodule.c.

use num_bigint::{BigInt, BigUint};
use sha2::{Digest, Sha512};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator state of one `random.Random`, with `gauss()`'s saved second value.
#[derive(Clone, Debug)]
pub struct MersenneTwister {
    state: [u32; N],
    index: usize,
    /// `Random.gauss_next`.
    pub gauss_next: Option<f64>,
}

impl Default for MersenneTwister {
    fn default() -> Self {
        let mut mt = MersenneTwister {
            state: [0; N],
            index: N,
            gauss_next: None,
        };
        mt.seed_words(&[0]);
        mt
    }
}

impl MersenneTwister {
    /// A generator seeded as `random.Random(n)` for an int `n`.
    pub fn from_int(n: &BigInt) -> MersenneTwister {
        let mut mt = MersenneTwister::default();
        mt.seed_int(n);
        mt
    }

    /// `init_genrand`: fills the state from one 32-bit seed.
    fn init_genrand(&mut self, seed: u32) {
        self.state[0] = seed;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// `init_by_array`: seeds from 32-bit words, least significant first.
    pub fn seed_words(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        let s = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = s[i - 1];
            s[i] = (s[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                s[0] = s[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = s[i - 1];
            s[i] =
                (s[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                s[0] = s[N - 1];
                i = 1;
            }
        }
        s[0] = 0x8000_0000;
        self.index = N;
        self.gauss_next = None;
    }

    /// `seed(n)` for an int: the words of `abs(n)`. (A float seed is seeded by its hash, and
    /// `seed(None)` from OS randomness; both are the VM's to turn into an int.)
    pub fn seed_int(&mut self, n: &BigInt) {
        let words = n.magnitude().to_u32_digits();
        self.seed_words(&words);
    }

    /// `seed(s)` for str or bytes (version 2): the int of `s + sha512(s)`, big-endian.
    pub fn seed_bytes(&mut self, bytes: &[u8]) {
        let mut all = bytes.to_vec();
        all.extend_from_slice(&Sha512::digest(bytes));
        let n = BigUint::from_bytes_be(&all);
        self.seed_words(&n.to_u32_digits());
    }

    /// Regenerates the 624 words.
    fn twist(&mut self) {
        let s = &mut self.state;
        for kk in 0..N {
            let y = (s[kk] & UPPER_MASK) | (s[(kk + 1) % N] & LOWER_MASK);
            let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
            s[kk] = s[(kk + M) % N] ^ (y >> 1) ^ mag;
        }
        self.index = 0;
    }

    /// The next tempered 32-bit word (`genrand_uint32`).
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: a float in [0, 1) with 53 random bits.
    pub fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k <= 64`, as an integer.
    pub fn getrandbits_u64(&mut self, k: u32) -> u64 {
        match k {
            0 => 0,
            1..=32 => u64::from(self.next_u32() >> (32 - k)),
            _ => {
                let low = u64::from(self.next_u32());
                let high = u64::from(self.next_u32() >> (64 - k.min(64)));
                low | (high << 32)
            }
        }
    }

    /// `getrandbits(k)` for any `k`: words least significant first, the last one shifted.
    pub fn getrandbits(&mut self, k: u64) -> BigUint {
        if k <= 64 {
            return BigUint::from(self.getrandbits_u64(k as u32));
        }
        let words = k.div_ceil(32) as usize;
        let mut digits = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        BigUint::new(digits)
    }

    /// The `getstate()` internals: 624 words, then the index (the middle of the state tuple).
    pub fn state(&self) -> Vec<u32> {
        let mut words = self.state.to_vec();
        words.push(self.index as u32);
        words
    }

    /// `setstate()` from 625 numbers; `Err` is the ValueError message.
    pub fn set_state(&mut self, words: &[u64]) -> Result<(), String> {
        if words.len() != N + 1 {
            return Err("state vector is the wrong size".to_string());
        }
        let index = words[N];
        if index > N as u64 {
            return Err("invalid state".to_string());
        }
        for (slot, &w) in self.state.iter_mut().zip(words) {
            *slot = u32::try_from(w).map_err(|_| "invalid state".to_string())?;
        }
        self.index = index as usize;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_42_first_random() {
        let mut mt = MersenneTwister::from_int(&BigInt::from(42));
        assert_eq!(mt.random(), 0.6394267984578837);
    }
}
