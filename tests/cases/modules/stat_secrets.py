# stat's constants, S_IS* tests and filemode; secrets' tokens (their lengths and alphabets:
# the values are random) and compare_digest.
import os
import secrets
import stat

print(stat.S_IFMT(0o100644) == stat.S_IFREG, stat.S_IMODE(0o104755), stat.ST_MTIME, stat.S_ENFMT, stat.UF_HIDDEN, stat.FILE_ATTRIBUTE_DIRECTORY)
for mode in [0o100644, 0o104755, 0o2070, 0o41777, 0o41776, 0o170000, 0o012345, 0o120777, 0o140600, 0o060660, 0o020620, 0o106000, 0o101000]:
    tests = [f.__name__ for f in (stat.S_ISDIR, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISREG, stat.S_ISFIFO, stat.S_ISLNK,
                                  stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT) if f(mode)]
    print(oct(mode), stat.filemode(mode), tests)
st = os.stat(".")
print(stat.S_ISDIR(st.st_mode), stat.S_ISDIR(st[stat.ST_MODE]), stat.filemode(st.st_mode)[0])

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex(8)), all(c in "0123456789abcdef" for c in secrets.token_hex()))
u = secrets.token_urlsafe(30)
print(len(u), all(c.isalnum() or c in "-_" for c in u), secrets.choice("aaa"), 0 <= secrets.randbelow(10) < 10, secrets.randbits(8) < 256, secrets.randbits(0))
r = secrets.SystemRandom()
print(0 <= r.random() < 1, r.randint(3, 3), r.randrange(5, 6), r.choice([7]))
l = list(range(10))
r.shuffle(l)
print(sorted(l) == list(range(10)))
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"abc", b"abd"), secrets.compare_digest(b"ab", bytearray(b"abc")), secrets.compare_digest("", ""))
for a, b in [("é", "é"), ("a", b"a")]:
    try:
        secrets.compare_digest(a, b)
    except TypeError as e:
        print("TypeError", e)
for bad in [0, -1]:
    try:
        secrets.randbelow(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    secrets.choice([])
except IndexError as e:
    print("IndexError", e)
