import random
r = random.Random(99)
print(r.random(), r.getrandbits(0), r.getrandbits(1), r.getrandbits(33), r.getrandbits(100), r.randbytes(3), r.randbytes(0))
print(r.randrange(10), r.randrange(5, 10), r.randrange(0, 100, 5), r.randrange(10, 0, -3), r.randrange(-5, 5), r.randrange(2 ** 80), r.randint(-3, 3))
print(r.choice([1, 2, 3]), r.choice("xyz"), r.choice(range(100)), r.choice((4, 5)), r.sample(range(1000), 3), r.sample("abcdef", 2), r.sample([1, 2, 3], 0))
print(r.sample(range(10 ** 6), 4), r.sample(["a", "b"], 3, counts=[2, 5]), r.choices([1, 2, 3], k=4), r.choices("ab", cum_weights=[1, 10], k=5), r.choices([0, 1], [0.5, 0.5]))
print(r.uniform(5, 10), r.triangular(), r.triangular(1, 2), r.triangular(0, 10, 7), r.normalvariate(), r.normalvariate(10, 2), r.gauss(), r.gauss(5, 0.1))
print(r.lognormvariate(0, 1), r.expovariate(2), r.vonmisesvariate(1, 2), r.vonmisesvariate(0, 0), r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(3, 1))
print(r.betavariate(0.5, 0.5), r.paretovariate(3), r.weibullvariate(1, 1.5))
x = list(range(20))
r.shuffle(x)
print(x)
t = list("abcdef")
r.shuffle(t)
print(t)
s = r.getstate()
print(s[0], len(s[1]), s[2], type(s[1]).__name__)
a = [r.random() for _ in range(3)]
r.setstate(s)
print(a == [r.random() for _ in range(3)])
r.gauss()
s = r.getstate()
print(type(s[2]).__name__)
g1 = r.gauss()
r.setstate(s)
print(g1 == r.gauss())
for seed in [0, 1, -1, 2 ** 32, 2 ** 100, 3.5, -2.0, "", "hello", b"hello", True]:
    r.seed(seed)
    print(repr(seed), r.random())
r.seed("hello", version=1)
print(r.random())
r.seed(b"hi", version=1)
print(r.random())
class MyRandom(random.Random):
    def extra(self):
        return self.randint(1, 6)
m = MyRandom(5)
print(m.random(), m.extra(), isinstance(m, random.Random), random.Random(5).random() == MyRandom(5).random())
m.attr = 1
print(m.attr)
random.seed(42)
print(random.random(), random.randint(1, 10), random.choice("abc"), random.uniform(0, 1), random.sample([1, 2, 3, 4], 2), random.getrandbits(16))
for bad in [lambda: r.randrange(0), lambda: r.randrange(5, 5), lambda: r.randrange(1, 5, 0), lambda: r.randrange(5, 1), lambda: r.randrange(1.5), lambda: r.randrange(1, 2.5), lambda: r.randrange(5, step=2),
            lambda: r.choice([]), lambda: r.sample({1, 2}, 1), lambda: r.sample([1], 2), lambda: r.sample([1], -1), lambda: r.choices([1, 2], [1]), lambda: r.choices([1], [0]), lambda: r.choices([1, 2], [1, 2], cum_weights=[1, 2]),
            lambda: r.choices([1, 2], 3), lambda: r.getrandbits(-1), lambda: r.seed([1]), lambda: r.setstate((9, (), None)), lambda: r.setstate((3, (1, 2), None)), lambda: r.gammavariate(0, 1), lambda: r.expovariate(0),
            lambda: r.uniform(1), lambda: r.randint(1), lambda: r.sample([1, 2], 1, counts=[1]), lambda: r.randbytes(-1)]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
