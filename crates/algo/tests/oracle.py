"""Writes the oracle files that crates/algo's tests compare against (run via regen.sh).

Fields are tab-separated; text is hex-encoded UTF-8, floats are their 64-bit patterns in hex,
ints are decimal. A result is "ok:<value>" or "err:<hex message>".
"""
import math
import os
import random
import struct
import sys
import unicodedata

OUT = sys.argv[1]


def hx(s):
    return s.encode("utf-8", "surrogatepass").hex()


def fb(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def result(fn):
    try:
        v = fn()
    except (ValueError, OverflowError, TypeError) as e:
        return "err:" + hx(str(e))
    return "ok:" + v


def write(name, rows):
    with open(os.path.join(OUT, name), "w") as f:
        for row in rows:
            f.write("\t".join(row) + "\n")


rng = random.Random(12345)
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 2.675, 0.125, 1e16, 1e-5, 1e-4, 1e22, 1e300, -1e300,
          5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 123456789012345.0, 1e15, 1e17,
          9.999999999999999e15, 12345.678, 0.3, 1 / 3, 2 / 3, math.pi, -math.e, 100.0, 1234567.0,
          0.00001234, 1e-7, 999.9999, 0.05, 0.15, 0.25, 0.35, 9.5, 10.5, 1e100, 4.35, 2.0 ** 53, 2.0 ** 63,
          math.inf, -math.inf, math.nan]
FLOATS += [rng.uniform(-1e6, 1e6) for _ in range(40)]
FLOATS += [rng.random() * 10 ** rng.randint(-30, 30) for _ in range(60)]
FLOATS += [struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0] for _ in range(60)]

write("float_repr.tsv", [(fb(x), repr(x)) for x in FLOATS])

FLOAT_SPECS = ["", "e", "E", "f", "F", "g", "G", "%", "n", ".0", ".1", ".3", ".17", ".0e", ".2e", ".20e",
               ".0f", ".2f", ".10f", ".0g", ".1g", ".3g", ".10g", "#g", "#.0f", "#.0e", "#", "#.3", "+",
               " ", "+.2f", "z.1f", "z", "-", "10", "<10", "^12.3f", "*>12", "=+12.2f", "012.3f", "010",
               ",", ",.2f", "_f", "_.1f", "015,.2f", ",g", "20,.3e", ".2%", "#.0%", "0=12", "x<+8.1e",
               ".1000f", ".60g", ".50e", "d", "s", "x", ",n", "=", ".f", "1.2.3", "z+015,.3f", "#G", ".5n"]
rows = []
for x in FLOATS:
    for spec in FLOAT_SPECS:
        rows.append((fb(x), hx(spec), result(lambda: hx(format(x, spec)))))
write("float_format.tsv", rows)

rows = []
for x in FLOATS:
    for nd in [0, 1, 2, 3, 5, 10, 15, 20, 300, 400, -1, -2, -5, -20, -300, -400]:
        rows.append((fb(x), str(nd), result(lambda: fb(round(x, nd)))))
write("float_round.tsv", rows)

PARSE = ["1", "1.5", " 2.5 ", "-3", "+4.", ".5", "1e5", "1E-5", "1_000", "1_0.0_1", "1__0", "_1", "1_",
         "1e1_0", "inf", "-Infinity", "nAn", "+nan", "infinit", "1e", "e5", ".", "", " ", "1.5.2",
         "0x10", "1e400", "-1e400", "1e-400", "\u0661\u0662.\u0663", "\u00a01.5\u2003", "1 2", "١_٢",
         "0.1e-2_0", "123456789012345678901234567890", "4.9406564584124654e-324", "--1", "+-1",
         "1.7976931348623159e308", "0.0000000000000000000000000000001", "12e", "1.e5", "1._5"]
write("float_parse.tsv", [(hx(s), result(lambda: fb(float(s)))) for s in PARSE])

HEX = ["0x1p0", "0x1.8p1", "-0x1.999999999999ap-4", "0X1P-1074", "0x1p-1075", "0x3p-1075", "1.8", " 0x1 ",
       "0x.8", "0x1.", "inf", "-nan", "0x1p1024", "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023",
       "0x", "0xp1", "0x1p", "0x1g", "0x123456789abcdef123456789p-10", "0x0p0", "-0x0.0p+0", "0x1.00000000000008p0",
       "0x1.00000000000018p0", "0x1.000000000000081p0"]
write("float_fromhex.tsv", [(hx(s), result(lambda: fb(float.fromhex(s)))) for s in HEX])
write("float_hex.tsv", [(fb(x), x.hex()) for x in FLOATS])

INTS = [0, 1, -1, 7, -7, 42, 255, -255, 1000, 123456789, -123456789, 2 ** 31, 2 ** 63, -2 ** 64, 10 ** 30,
        -(10 ** 25) - 7, 65, 0x10FFFF]
INT_SPECS = ["", "d", "b", "o", "x", "X", "c", "n", "#b", "#o", "#x", "#X", "+d", " d", "-d", "10d", "<10",
             "^10", "=10", "010", "*^+12,", ",", "_", "_b", "_x", "#_x", "#012_b", ",d", "012,d", "e", ".2f",
             "%", "g", ".3", "s", ",x", ",b", "_o", "#010x", "=+#10x", "z", ",c", "+c", "#c", "08.3e",
             "x>+#12_o", "1_000", ".2d", "q"]
rows = []
for n in INTS:
    for spec in INT_SPECS:
        rows.append((str(n), hx(spec), result(lambda: hx(format(n, spec)))))
write("int_format.tsv", rows)

STRS = ["", "abc", "héllo", "日本語", "a\u0301"]
STR_SPECS = ["", "s", "10", "<10", ">10", "^10", "^9", "*^11", ".2", "10.2s", "=10", "+", "d", ",", "#", "0",
             "010", "z", "x", "-^7"]
rows = []
for s in STRS:
    for spec in STR_SPECS:
        rows.append((hx(s), hx(spec), result(lambda: hx(format(s, spec)))))
write("str_format.tsv", rows)


def enc_arg(a):
    if isinstance(a, bool):
        raise TypeError
    if isinstance(a, int):
        return "i:%d" % a
    if isinstance(a, float):
        return "f:" + fb(a)
    if isinstance(a, str):
        return "s:" + hx(a)
    raise TypeError


PRINTF = [
    ("%d", 42), ("%5d|%-5d|%05d", (42, 42, 42)), ("%+d % d", (5, 5)), ("%x %X %#x %#X %o %#o", (255,) * 6),
    ("%i %u", (-3, -3)), ("%d", 3.9), ("%d", "x"), ("%s %r %a", ("é", "é", "é")), ("%c%c", (65, "b")),
    ("%.2f %e %E %g %G", (3.14159,) * 5), ("%10.3f|%-10.3f|", (2.5, 2.5)), ("%%", ()), ("%s", ()),
    ("%s %s", "a"), ("%s", ("a", "b")), ("%y", 1), ("abc%", 1), ("%*d", (5, 42)), ("%.*f", (2, 3.14159)),
    ("%-*.*s|", (8, 3, "abcdef")), ("%(a)s-%(b)d", {"a": "x", "b": 3}), ("%(a)s", (1,)), ("%s", {"a": 1}),
    ("%#.0f %#g %#e", (1.0, 1.0, 1.0)), ("%08.3f %-8.3e|", (-1.5, -1.5)), ("%x", 2.5), ("%c", 1114112),
    ("%c", "ab"), ("%.3s", "abcdef"), ("%5s|%-5s|", ("ab", "ab")), ("%r", "it's"), ("%d %d", (1,)),
    ("%(a)s %s", {"a": 1}), ("%f", "x"), ("%.0f %.0f", (0.5, 1.5)), ("%+.3e", 12345.678), ("%g %g", (1e-5, 1e16)),
    ("% 05d", 42), ("%-05d|", 42), ("%#5x|%#-7o|", (10, 10)), ("%5.2%", ()), ("%ld %hd", (1, 2)), ("%o", -8),
    ("%.3d %.5x", (7, 255)), ("%s", 1.5), ("%r", 0.1), ("%a", "日本"), ("%c", -1), ("%(", {"a": 1}),
    ("%(a", {"a": 1}), ("%.", 1), ("%d %s", (10 ** 30, 10 ** 30)), ("%X", -(10 ** 20)), ("%e", 10 ** 20), ("%i", 1e20),
    ("%f %F", (math.inf, math.nan)), ("%10.4g|", math.pi), ("%05s", "ab"), ("%05f", math.inf),
    ("%+05x", -255), ("%#05x", 255), ("%.*f", (-2, 1.5)), ("%*d|", (-5, 1)), ("%*d", ("a", 1)), ("%5c|", 233),
    ("%-+8.2e|", 0.000123), ("%#.3x", 5), ("%(a)s %(a)r", {"a": "q"}), ("%(x(y))s", {"x(y)": 1}), ("%d", math.nan),
    ("%\x01", 1), ("% d % d", (-1, 1)), ("%#o %#X", (0, 0)), ("%.0e", 12345.0), ("%G", 1e-10),
]
rows = []
for fmt, args in PRINTF:
    if isinstance(args, dict):
        enc = "m:" + ",".join("%s=%s" % (hx(k), enc_arg(v)) for k, v in args.items())
    elif isinstance(args, tuple):
        enc = "t:" + ",".join(enc_arg(a) for a in args)
    else:
        enc = "1:" + enc_arg(args)
    rows.append((hx(fmt), enc, result(lambda: hx(fmt % args))))
write("printf.tsv", rows)

rows = []
for n in INTS + [2 ** 61 - 1, 2 ** 61, -(2 ** 61) + 1, 2 ** 1000 + 12345, -(3 ** 200), -2, 2 ** 62]:
    rows.append(("int", str(n), str(hash(n))))
for x in FLOATS:
    if not math.isnan(x):
        rows.append(("float", fb(x), str(hash(x))))
STR_HASH = ["", "a", "abc", "hello world", "abcdefgh", "abcdefghi", "é", "héllo wörld", "ÿ" * 9, "Ā", "日本語",
            "日本語テキスト", "€", "\U0001F600", "a\U0001F600b", "\U00010000" * 3, "x" * 100, "\x00", "ab\u0100"]
for s in STR_HASH:
    rows.append(("str", hx(s), str(hash(s))))
    rows.append(("bytes", s.encode().hex(), str(hash(s.encode()))))
for t in [(), (1,), (1, 2), (1, 2, 3), ((1, 2), 3), (-1,), (0, 0, 0, 0)]:
    rows.append(("tuple", repr(t), str(hash(t))))
for s in [frozenset(), frozenset({1}), frozenset({1, 2, 3}), frozenset(range(100)), frozenset({-1, -2})]:
    rows.append(("frozenset", ",".join(map(str, s)), str(hash(s))))
for c in [1j, 1 + 2j, -3.5 - 0.25j, complex(1e300, -1e300), complex(math.inf, 1)]:
    rows.append(("complex", fb(c.real) + "," + fb(c.imag), str(hash(c))))
write("hash.tsv", rows)

INT_PARSE = [("0", 10), ("-0", 10), (" 42 ", 10), ("+7", 10), ("1_000", 10), ("1__0", 10), ("_1", 10),
             ("1_", 10), ("0x1f", 16), ("0X1F", 0), ("1f", 16), ("0b101", 0), ("0o17", 0), ("017", 0),
             ("00", 0), ("0_0", 0), ("0x_1", 0), ("0x", 16), ("z", 36), ("Z", 36), ("10", 2), ("12", 2),
             ("", 10), (" ", 10), ("x", 10), ("1.5", 10), ("١٢٣", 10), ("0b1", 16), ("0x1", 0),
             ("9" * 40, 10), ("-" + "f" * 30, 16), ("1", 1), ("1", 37), ("12", -1), ("\u00a012\u2003", 10),
             ("1 2", 10), ("0o", 8), ("0b_", 2), ("07", 8), ("0_7", 0), ("08", 0), ("1" * 4301, 10),
             ("1" * 4300, 10), ("1" * 5000, 16), ("'x'", 10), ("a\\b", 10)]
write("int_parse.tsv", [(hx(s), str(b), result(lambda: hex(int(s, b)))) for s, b in INT_PARSE])

UNI = ["", "abc", "ABC", "Hello World", "hello world", "HeLLo wORLD", "ΟΔΟΣ", "ΑΣ.", "Σ", "aΣ b", "ßtraße",
       "ǆemal ǅ", "ﬁne", "İstanbul", "i̇", "123", "²³", "½", "一二三", "Ⅻ", "١٢٣", "ab12", " \t\n", "\u00a0",
       "\u2028", "x y", "_id", "1id", "día", "a-b", "\x00\x7f\x80\xa0\xad", "tab\there", "quote'", "both'\"",
       "dq\"", "back\\slash", "\U0001F600", "\ud7ff\ue000", "\U000e0001", "\U0010ffff", "Ǆǅǆ", "ῼ", "ΐ",
       "ʰello", "A'Σ", "ŉ", "\u0345"]
rows = []
for s in UNI:
    fields = [hx(s), hx(repr(s)), hx(ascii(s)), hx(s.upper()), hx(s.lower()), hx(s.casefold()),
              hx(s.title()), hx(s.capitalize()), hx(s.swapcase())]
    flags = "".join("1" if f() else "0" for f in (s.isalpha, s.isdigit, s.isdecimal, s.isnumeric, s.isspace,
                                                   s.isprintable, s.isupper, s.islower, s.istitle,
                                                   s.isidentifier, s.isalnum))
    rows.append(fields + [flags])
write("unicode_str.tsv", rows)


def char_flags(c):
    return "".join("1" if f() else "0" for f in (c.isalpha, c.isdigit, c.isdecimal, c.isnumeric, c.isspace,
                                                 c.isprintable, c.isupper, c.islower, c.istitle,
                                                 c.isidentifier))


rows = []
prev = None
for i in range(0x110000):
    c = chr(i)
    f = "0000000000" if 0xD800 <= i < 0xE000 else char_flags(c)
    if f != prev:
        rows.append(("%x" % i, f))
        prev = f
write("unicode_flags.tsv", rows)

rows = []
for i in range(0x110000):
    if 0xD800 <= i < 0xE000:
        continue
    c = chr(i)
    maps = (c.upper(), c.lower(), c.title(), c.casefold())
    if any(m != c for m in maps):
        rows.append(["%x" % i] + [hx(m) for m in maps])
write("unicode_case.tsv", rows)

BYTES = [b"", b"abc", b"it's", b"\"'", b"\x00\x7f\x80\xff\t\n\r\\"]
write("bytes_repr.tsv", [(b.hex(), hx(repr(b))) for b in BYTES])


def random_ops():
    r = random.Random()
    rows = []

    def out(op, args, value):
        rows.append((op, args, value))

    def floats(xs):
        return " ".join(fb(x) for x in xs)

    for seed in [42, 0, 1, -5, 2 ** 100, 12345678901234567890, "hello", b"bytes", "日本", 3.5]:
        r.seed(seed)
        tag = ("s:" + hx(seed)) if isinstance(seed, str) else ("b:" + seed.hex()) if isinstance(seed, bytes) \
            else ("f:" + fb(seed)) if isinstance(seed, float) else ("i:%d" % seed)
        out("seed", tag, "")
        out("random", "", floats([r.random() for _ in range(5)]))
        for k in [1, 8, 31, 32, 33, 64, 100, 0]:
            out("getrandbits", str(k), str(r.getrandbits(k)))
        out("randrange", "10", str(r.randrange(10)))
        out("randrange", "3 100 7", str(r.randrange(3, 100, 7)))
        out("randrange", "100 3 -7", str(r.randrange(100, 3, -7)))
        out("randrange", "-5 5 1", str(r.randrange(-5, 5)))
        out("randrange", "0 %d 1" % 2 ** 80, str(r.randrange(0, 2 ** 80)))
        out("randint", "1 6", " ".join(str(r.randint(1, 6)) for _ in range(10)))
        out("choice", "50", str(r.choice(range(50))))
        xs = list(range(20))
        r.shuffle(xs)
        out("shuffle", "20", " ".join(map(str, xs)))
        out("sample", "100 5", " ".join(map(str, r.sample(range(100), 5))))
        out("sample", "1000 30", " ".join(map(str, r.sample(range(1000), 30))))
        out("sample", "10 10", " ".join(map(str, r.sample(range(10), 10))))
        out("uniform", "1 2", fb(r.uniform(1, 2)))
        out("triangular", "0 1 none", fb(r.triangular()))
        out("triangular", "0 10 2", fb(r.triangular(0, 10, 2)))
        out("gauss", "0 1", floats([r.gauss(0, 1) for _ in range(3)]))
        out("normalvariate", "1 2", floats([r.normalvariate(1, 2) for _ in range(3)]))
        out("expovariate", "1.5", fb(r.expovariate(1.5)))
        out("choices", "10 none 5", " ".join(map(str, r.choices(range(10), k=5))))
        out("choices", "4 1,2,3,4 6", " ".join(map(str, r.choices(range(4), weights=[1, 2, 3, 4], k=6))))
        out("betavariate", "2 3", fb(r.betavariate(2, 3)))
        out("gammavariate", "0.5 1", fb(r.gammavariate(0.5, 1)))
        out("gammavariate", "1 2", fb(r.gammavariate(1, 2)))
        out("gammavariate", "2.5 1", fb(r.gammavariate(2.5, 1)))
        out("lognormvariate", "0 1", fb(r.lognormvariate(0, 1)))
        out("vonmisesvariate", "1 2", fb(r.vonmisesvariate(1, 2)))
        out("paretovariate", "2", fb(r.paretovariate(2)))
        out("weibullvariate", "1 2", fb(r.weibullvariate(1, 2)))
        out("randbytes", "10", r.randbytes(10).hex())
        state = r.getstate()[1]
        out("state", "", " ".join(map(str, state[:3] + state[-2:])))
    errors = []
    for args in [(0,), (5, 5), (5, 1), (1, 10, 0), (10, 1, 1), (-3,)]:
        try:
            r.randrange(*args)
        except ValueError as e:
            errors.append((" ".join(map(str, args)), hx(str(e))))
    for a, m in errors:
        out("randrange_err", a, m)
    return rows


write("random.tsv", random_ops())
