"""Abstract Base Classes (as CPython's abc.py, with the registry kept in Python).

The registry and the `issubclass` caches hold weak references (as CPython's `_abc` does), so
an ABC check keeps no class alive; the ABCs themselves are listed weakly too.
"""

from _weakref import ref as _ref


class _WeakClassSet:
    """Classes held by weak references, in insertion order; a class leaves when it dies."""

    def __init__(self):
        self._refs = {}

    def add(self, cls):
        self._refs[_ref(cls, self._refs.pop)] = None

    def __contains__(self, cls):
        return _ref(cls) in self._refs

    def __iter__(self):
        return iter([c for c in [r() for r in list(self._refs)] if c is not None])

    def __len__(self):
        return len(self._refs)

    def clear(self):
        self._refs.clear()


def abstractmethod(funcobj):
    """Mark a method as abstract: classes with unimplemented abstract methods cannot be
    instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    func = getattr(value, "__func__", None)
    if func is not None and getattr(func, "__isabstractmethod__", False):
        return True
    fget = getattr(value, "fget", None) if isinstance(value, property) else None
    return fget is not None and getattr(fget, "__isabstractmethod__", False)


class ABCMeta(type):
    """Metaclass for Abstract Base Classes: abstract methods, virtual subclasses (register)
    and __subclasshook__."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < ABCMeta._abc_invalidation_counter:
            cls._abc_negative_cache = _WeakClassSet()
            cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, "__mro__", ()):
            cls._abc_cache.add(subclass)
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        for scls in cls.__subclasses__():
            if scls is not cls and issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False

    def _abc_caches_clear(cls):
        """Empty the positive and negative `issubclass` caches."""
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__dict__.get("__abstractmethods__") if "__abstractmethods__" in cls.__dict__ else None
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)))
        return super().__call__(*args, **kwargs)

    def _dump_registry(cls, file=None):
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)


ABCMeta._abc_invalidation_counter = 0
_all_abcs = _WeakClassSet()


def _live_abcs():
    """Every ABC still alive (for `-X leakcheck`'s cleanup)."""
    return list(_all_abcs)


def _abc_init(cls):
    abstracts = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    cls._abc_registry = _WeakClassSet()
    cls._abc_cache = _WeakClassSet()
    cls._abc_negative_cache = _WeakClassSet()
    cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
    _all_abcs.add(cls)


def update_abstractmethods(cls):
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


def get_cache_token():
    return ABCMeta._abc_invalidation_counter


class ABC(metaclass=ABCMeta):
    """Helper class: subclass ABC instead of using metaclass=ABCMeta."""

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented


def _object_subclasshook(cls, subclass):
    return NotImplemented


ABCMeta.__subclasshook__ = classmethod(_object_subclasshook)
