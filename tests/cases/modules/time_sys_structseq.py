import sys, time
v = sys.version_info
print(type(v).__name__, v.minor, v[:3], len(v), v.releaselevel, v > (3, 10), isinstance(v, tuple))
print(repr(sys.float_info)[:40], sys.int_info.default_max_str_digits, sys.hash_info.algorithm)
t = time.gmtime(1_700_000_000.7)
print(t, t.tm_zone, t.tm_gmtoff, t[0], t[-1])
print(time.struct_time((2024, 2, 29, 12, 0, 0, 3, 60, 0)))
for bad in [(1, 2, 3), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(e)
print(time.strftime("%Y-%m-%dT%H:%M:%S %a %A %b %B %j %U %W %w %u %y %e %I %p %C %G %V %g %% %D %F %T %R", time.gmtime(-86400 * 400)))
for s in [0, 951782400, 1230768000, 1262304000, 1609459200, 1735603200]:
    print(time.strftime("%G-%V-%u %U %W %j", time.gmtime(s)))
print(time.strptime("Mar 5 2021 10:11:12 PM", "%b %d %Y %I:%M:%S %p"))
print(time.strptime("Thu Jan  1 00:00:00 1970"))
for data, fmt in [("2020-05", "%Y-%m-%d"), ("2020-05-17x", "%Y-%m-%d")]:
    try:
        time.strptime(data, fmt)
    except ValueError as e:
        print(e)
print(time.asctime(time.gmtime(10**9)), time.mktime((2000, 1, 1, 0, 0, 0, 0, 0, 0)), time.gmtime(-1))
print(time.perf_counter_ns() > 0, type(time.process_time_ns()), time.timezone)
sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits())
try:
    int("9" * 1001)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10 ** 10000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**100), sys.getsizeof(1.0), sys.getsizeof("abc"), sys.getsizeof(()), sys.getsizeof((1, 2)))
