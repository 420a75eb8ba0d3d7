# Builtins called straight from CALL_FUNCTION/CALL_METHOD on the value stack, and those that
# must not be: __new__ (its class check), bound builtins, builtins reading the caller's frame.
print(int.__new__(int, 5), str.__new__(str, "x"), tuple.__new__(tuple, [1, 2]))
print(type(list.__new__(list)).__name__, object.__new__(object).__class__.__name__)
for f, args in [
    (object.__new__, (int,)),
    (list.__new__, (5,)),
    (int.__new__, (str,)),
    (object.__new__, ()),
]:
    try:
        f(*args)
    except TypeError as e:
        print("TypeError:", e)
    try:
        f(args[0]) if args else f()
    except TypeError as e:
        print("TypeError:", e)
app = [].append
app(1)
l = [0]
m = l.append
m(5)
print(l, app.__self__)
try:
    m(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    l.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    list.append(l)
except TypeError as e:
    print("TypeError:", e)
print("hello".isalpha(), "he llo".isalpha(), str.isalpha("x"))
try:
    "x".isalpha(1)
except TypeError as e:
    print("TypeError:", e)


def f():
    x = 1
    return sorted(locals()), sorted(vars()), "x" in dir()


print(f())
