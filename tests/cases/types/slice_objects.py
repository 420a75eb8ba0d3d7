s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(5), slice(None).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
data = list(range(10))
print(data[s], data[slice(-3, None)], "hello"[slice(None, None, -1)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
try:
    data[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    data["a":]
except TypeError as e:
    print("TypeError:", e)
