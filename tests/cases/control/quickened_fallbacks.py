# Superinstructions must give the same results when operands are not small ints.
def count(n, step):
    while n > 0:
        n -= step
    return n

print(count(10, 3))
print(count(10.5, 2))
print(count(2**70, 2**69))
print(count(3, 0.5))

def grow(x):
    x += 1
    x += 1.5
    x += "?" if isinstance(x, str) else 0
    return x

print(grow(1), grow(2**62))

def names(a, b):
    return a + b, a - b, b

print(names("x", "y") if False else names(1, 2))

def unbound():
    if False:
        y = 1
    return y + 1

try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def cmp_loop(s):
    out = []
    while s < "ccc":
        out.append(s)
        s += "c"
    return out

print(cmp_loop("c"))

def big_compare(n):
    k = 0
    while n > 2**64:
        n //= 2
        k += 1
    return k

print(big_compare(2**70))
