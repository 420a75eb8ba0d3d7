# timeit: statements and setups as code or callables, globals, counts of runs (a fake timer
# makes the times deterministic), repeat, autorange, and the errors for bad arguments.
import timeit

ticks = [0]


def fake_timer():
    ticks[0] += 1
    return ticks[0] ** 2 * 0.001


calls = []
print(timeit.timeit("calls.append(1)", globals=globals(), number=7, timer=fake_timer), len(calls))
print(timeit.timeit(lambda: calls.append(2), setup=lambda: calls.append("s"), number=3, timer=fake_timer), calls[-4:])
t = timeit.Timer("x += 1\ny = x * 2", setup="x = 0\nz = 1", timer=fake_timer)
print(t.timeit(5), t.repeat(3, 2))
print(timeit.repeat("pass", repeat=2, number=1, timer=fake_timer))
seen = []
readings = iter([0, 0.05, 0, 0.1, 0, 0.25])
print(timeit.Timer("pass", timer=lambda: next(readings)).autorange(lambda n, s: seen.append((n, s))), seen)
print(isinstance(timeit.timeit("pass", number=100), float), timeit.default_timer is __import__("time").perf_counter)
print("def inner(_it, _timer):" in t.src, "for _i in _it:" in t.src)
for kwargs in [{"stmt": 5}, {"setup": 5}, {"stmt": "1 +"}, {"stmt": "return"}]:
    try:
        timeit.Timer(**kwargs)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e.args[0])
try:
    timeit.timeit("undefined_name_xyz", number=1)
except NameError as e:
    print("NameError", e)
