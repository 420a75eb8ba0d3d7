# A call's * argument takes a whole expression: f(*a or b), f(*x if c else y).
def d01(*a, **k): return a, k
print(d01(*[] or [2]), d01(*() or (), *{} and (), **() or {}), d01(*[1] if True else []))
print(d01(*(1,), *[2, 3]))
try:
    d01(*None)
except TypeError as e:
    print(e)
