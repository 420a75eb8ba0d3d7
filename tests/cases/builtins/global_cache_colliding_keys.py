# LOAD_GLOBAL's cached reads while the module's dict holds keys whose hash collides with a
# global's name and whose `__eq__` reads globals (run during the uncached lookups): rebinding,
# deleting and shadowing must all be seen, with CPython's NameError.
G = 1
QUIET = False


class K:
    def __hash__(self):
        return hash("G")

    def __eq__(self, other):
        if not QUIET:
            print("eq reads G =", G, len is not None)
        return False


def reader():
    return G, len.__name__


print(reader())
globals()[K()] = "k1"
globals()[K()] = "k2"
print(reader(), reader())
G = 2
print(reader())
QUIET = True
del G
for _ in range(2):
    try:
        reader()
    except NameError as e:
        print(e)
G = 3
len = max
print(reader())
del len
print(reader(), sorted(k for k in globals() if isinstance(k, str) and k in ("G", "QUIET")))
print(reader())
# The colliding keys stay: at exit their __eq__ must not run (the module's names are not set
# to None one by one).
