a = 1; b = 2; c = a + b; print(c)
if a: print("one-liner if")
for i in range(2): print("loop", i)
while False: pass
total = (1 +
         2 +
         3)
print(total)
values = [
    1,
    2,
]
print(values)
long = 1 + \
    2
print(long)
def f(x): return x * 2
print(f(4))
class K: v = 3
print(K.v)
