//! Pure algorithms of CPython's runtime that touch no objects: float repr and formatting,
//! the format-spec mini-language, hashing, and the Mersenne Twister.
