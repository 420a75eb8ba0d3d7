# ABCs hold the classes they have checked or registered weakly (CPython's _abc does): a class
# that issubclass() saw against an ABC, a registered virtual subclass, and an ABC itself are
# all freed once the program drops them.
import abc
import gc
import weakref
from collections.abc import Iterable, Sized


class Bag:
    def __iter__(self):
        return iter(())


class Plain:
    pass


bag, plain = weakref.ref(Bag), weakref.ref(Plain)
print(issubclass(Bag, Iterable), issubclass(Plain, Iterable), isinstance(Plain(), Sized))
del Bag, Plain
gc.collect()
print("checked classes freed:", bag() is None, plain() is None)


class Base(abc.ABC):
    @abc.abstractmethod
    def f(self):
        ...


class Virtual:
    pass


Base.register(Virtual)
print(issubclass(Virtual, Base), isinstance(Virtual(), Base), Base.__abstractmethods__)
virtual, base = weakref.ref(Virtual), weakref.ref(Base)
del Virtual
gc.collect()
print("registered class freed:", virtual() is None)
Base._abc_caches_clear()
del Base
gc.collect()
print("ABC freed:", base() is None)
