# __index__ that changes the list or bytearray being indexed: the index is checked against the
# length after __index__ ran, so it raises IndexError instead of reaching past the end.
class Clear:
    def __init__(self, target, value):
        self.target, self.value = target, value

    def __index__(self):
        self.target.clear()
        return self.value


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


L = list(range(10))
attempt("getitem", lambda: L[Clear(L, 5)])
L = list(range(10))


def setitem():
    L[Clear(L, 5)] = 1


attempt("setitem", setitem)
L = list(range(10))


def delitem():
    del L[Clear(L, 1)]


attempt("delitem", delitem)
L = list(range(10))
attempt("pop", lambda: L.pop(Clear(L, 1)))
L = list(range(10))
attempt("slice", lambda: L[Clear(L, 2):Clear(L, 8)])
L = list(range(10))


def setslice():
    L[Clear(L, 2):Clear(L, 8):2] = []
    return L


attempt("setslice", setslice)
L = list(range(10))


def delslice():
    del L[Clear(L, 2):Clear(L, 8):3]
    return L


attempt("delslice", delslice)
B = bytearray(b"abcdef")


def bset():
    B[Clear(B, 1)] = 65


attempt("bytearray set", bset)
B = bytearray(b"abcdef")


def bset_value():
    B[3] = Clear(B, 65)


attempt("bytearray set value", bset_value)
B = bytearray(b"abcdef")


def bdel():
    del B[Clear(B, 1)]


attempt("bytearray del", bdel)
B = bytearray(b"abcdef")


def bdelslice():
    del B[Clear(B, 1):Clear(B, 4)]
    return B


attempt("bytearray delslice", bdelslice)
B = bytearray(b"abcdef")


def bsetslice():
    B[Clear(B, 1):Clear(B, 5):2] = b"xy"
    return B


attempt("bytearray setslice", bsetslice)
