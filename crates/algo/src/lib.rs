//! Pure algorithms of CPython's runtime that touch no objects: float repr, parsing and
//! formatting, the format-spec mini-language, `%`-formatting, hashing, the Mersenne Twister,
//! int/text conversion and the Unicode data behind `str` methods.

/// The most bytes one result may take (16 GiB): past it a result is refused (MemoryError) rather
/// than allocated, since a larger request would exhaust the machine or abort the process.
pub const MAX_ALLOC_BYTES: usize = 1 << 34;

pub mod float_parse;
pub mod float_repr;
pub mod format_spec;
pub mod hash;
pub mod int_text;
pub mod mt;
pub mod printf;
pub mod random;
pub mod unicode;
