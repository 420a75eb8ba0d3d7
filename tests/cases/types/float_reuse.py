# Float results are new objects with the right values, whether or not their memory was
# reused after a float was freed; subclasses and shared floats are never changed in place.
import sys

def churn(n):
    total = 0.0
    for i in range(n):
        total += i * 0.5 - 1.25
    return total

print(churn(1000), churn(7))

a = 1.5
b = a * 2.0
c = b - a
print(a, b, c, a is c, sys.getrefcount(a) >= 2)
keep = [x / 4.0 for x in range(10)]
del b, c
fresh = [x + 0.25 for x in keep]
print(keep)
print(fresh)

class F(float):
    def __del__(self):
        print("del F", float(self))

f = F(2.5)
g = f + 1.0
print(type(g).__name__, g)
del f
h = 1.0 + 2.0
print(type(h).__name__, h)

x = 10.0
y = x
x += 1.0
print(x, y)

vals = []
for i in range(5):
    v = i * 1.5
    vals.append(id(v) == id(vals))
    del v
print(vals)
print(sum(i * 0.1 for i in range(100)))
print([round(z, 3) for z in map(lambda t: t ** 0.5, [2.0, 3.0, 4.0])])

# A temporary result may be reused for the next result; one that escaped may not.
seen = []
def escape(v):
    seen.append(v)
    return v
x, y = 1.25, 3.5
r = escape(x * y) + 1.0
r2 = (x * y + escape(x - y)) * 2.0 - x / y
print(r, r2, seen, x, y)
chain = ((x + y) * (x - y) / (y * 2.0) - (x * x + y * y)) ** 2.0 % 7.5
print(chain, (x * y) ** 0.5, -(x + y), abs(x - y), 2.0 ** (x * 2.0))
acc = [0.5]
for k in range(3):
    acc.append(acc[-1] * 3.0 + k)
print(acc)
