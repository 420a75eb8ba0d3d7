# Slices of lists (the step-1 copy and sized copies), tuples and strs with small-int and huge bounds.
a = list(range(10))
for s in [slice(None), slice(2, 5), slice(5, 2), slice(-3, None), slice(None, -20), slice(8, 100), slice(None, None, -1), slice(7, 1, -2), slice(1, 7, 3), slice(-1, -11, -1), slice(2**62, None), slice(-2**62, 2**62), slice(None, None, 2**62), slice(3, None, -2**61)]:
    print(s, a[s], len(a[s]))
b = a[:]
b[2:5] = "xy"
b[::3] = [0] * 3 if len(b[::3]) == 3 else [0] * len(b[::3])
print(b)
t = tuple(a)
print(t[1:4], t[::-3], "abcdef"[1:5:2], "abcdef"[::-1])
