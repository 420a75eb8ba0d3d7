import types
class A:
    x = 1
p = A.__dict__
print(type(p), repr(types.MappingProxyType({'a': 1})), str(types.MappingProxyType({'a': 1})))
print(p["x"], "x" in p, "y" in p, type(vars(A)).__name__, p.get("x"), p.get("nope", 7))
m = types.MappingProxyType({'a': 1, 'b': 2})
print(m['a'], 'a' in m, len(m), list(m), m.get('z', 3), m.keys(), m.values(), m.items())
print(m.copy(), m == {'a': 1, 'b': 2}, m != {}, m | {'c': 3}, {'c': 3} | m, list(reversed(m)))
try:
    m['x'] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del m[0]
except TypeError as e:
    print("TypeError:", e)
try:
    hash(m)
except TypeError as e:
    print("TypeError:", e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print("TypeError:", e)
try:
    m.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    m |= {}
except TypeError as e:
    print("TypeError:", e)
try:
    A.__dict__["y"] = 2
except TypeError as e:
    print("TypeError:", e)
d = {"k": [1]}
live = types.MappingProxyType(d)
d["k2"] = 2
print(live, dict(live), {**live}, sorted(live.items()))
try:
    live["missing"]
except KeyError as e:
    print("KeyError:", e)
print(isinstance(A.__dict__, types.MappingProxyType), "__module__" in A.__dict__, A.__dict__["__doc__"])
