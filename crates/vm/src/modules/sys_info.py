"""The struct-sequence attributes of sys, run in the sys module's namespace at start-up."""

from _structseq import structseq as _structseq

version_info = _structseq(
    "sys.version_info", ("major", "minor", "micro", "releaselevel", "serial"))(
    (3, 11, 7, "final", 0))
float_info = _structseq(
    "sys.float_info",
    ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
     "epsilon", "radix", "rounds"))(
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
     2.220446049250313e-16, 2, 1))
int_info = _structseq(
    "sys.int_info",
    ("bits_per_digit", "sizeof_digit", "default_max_str_digits",
     "str_digits_check_threshold"))((30, 4, 4300, 640))
hash_info = _structseq(
    "sys.hash_info",
    ("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits",
     "cutoff"))((64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0))
thread_info = _structseq("sys.thread_info", ("name", "lock", "version"))(
    ("pthread", "semaphore", None))
del _structseq
