# A builtin type's __new__ called as a function checks its first argument as CPython's
# tp_new_wrapper does: present, a type, a subtype, and not one with a __new__ of its own.
class MyInt(int):
    pass


class MyList(list):
    pass


types = [int, complex, range, slice, tuple, list, float, str, bytes, bytearray, dict, set,
         frozenset, object, BaseException, bool, type, property, enumerate, zip,
         map, filter, super, staticmethod, classmethod, reversed]
for t in types:
    for args in [(), (None,), (str,), (bool,), (MyList,)]:
        try:
            t.__new__(*args)
            print(t.__name__, [a.__name__ if a else a for a in args], "ok")
        except TypeError as e:
            print(t.__name__, "TypeError:", e)

print(int.__new__(MyInt, 7), type(int.__new__(MyInt, 7)).__name__)
print(list.__new__(MyList), type(list.__new__(MyList)).__name__)
print(ValueError.__new__(ValueError, "x").args)
print(BaseException.__new__(KeyError, 1).args)


class WithNew(list):
    def __new__(cls, *args):
        return super().__new__(cls)


class Below(WithNew):
    pass


print(type(Below()).__name__)
for t in [object, list]:
    try:
        t.__new__(Below)
        print(t.__name__, "ok")
    except TypeError as e:
        print(t.__name__, "TypeError:", e)
