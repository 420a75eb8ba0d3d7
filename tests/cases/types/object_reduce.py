# object.__reduce_ex__, __reduce__ and __getstate__ (protocols 0-1: copyreg._reconstructor; 2+: copyreg.__newobj__), reached directly and through super() by copy and pickle.
import copyreg, copy, pickle
class P:
    def __init__(s): s.a = 1
class E: pass
class S:
    __slots__ = ('x','y')
    def __init__(s): s.x = 1
class L(list): pass
class D(dict):
    def __init__(s): super().__init__(); s.q=1
print(P().__reduce_ex__(2)[0].__name__, P().__reduce_ex__(2)[0] is copyreg.__newobj__, P().__reduce_ex__(0)[0] is copyreg._reconstructor, P().__reduce_ex__(4)[1:], E().__reduce_ex__(2)[1:], S().__reduce_ex__(2)[1:])
print(P().__reduce__()[1:], E().__reduce__()[1:], L([1]).__reduce__()[1:], P().__reduce_ex__(0)[1:], P().__reduce_ex__(1)[0].__name__)
print(P().__getstate__(), E().__getstate__(), S().__getstate__(), L().__getstate__(), D().__getstate__())
try: S().__reduce_ex__(1)
except Exception as e: print(type(e).__name__, e)
try: object().__reduce_ex__()
except Exception as e: print(type(e).__name__, e)
print(object().__reduce_ex__(2)[1:])
class R:
    def __reduce__(self): return (R, ())
print(R().__reduce_ex__(2))
import threading
try: threading.Lock().__reduce_ex__(2)
except Exception as e: print(type(e).__name__, e)
class Sup(P):
    def __reduce_ex__(self, proto):
        r = super().__reduce_ex__(proto); return r
    def __getstate__(self):
        st = super().__getstate__(); st["extra"] = 2; return st
c = copy.deepcopy(Sup()); print(c.a, c.extra, pickle.loads(pickle.dumps(Sup())).extra)
print(ValueError(1, 2).__reduce__(), ValueError("x").__reduce_ex__(2))
e = KeyError("k"); e.note = 1; print(e.__reduce__())
print(pickle.loads(pickle.dumps(L([1, 2]), protocol=1)), pickle.loads(pickle.dumps(E(), protocol=1)).__class__.__name__, pickle.loads(pickle.dumps(ValueError(3), protocol=1)))
