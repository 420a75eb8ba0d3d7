"""Helpers for pickle and copy: the dispatch table of reduction functions and the functions
pickles name to rebuild objects. Counterpart of CPython's Lib/copyreg.py, written for gilpy."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register `pickle_function` as the reduction function for `ob_type`."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def _reconstructor(cls, base, state):
    """Rebuild an instance pickled with protocol 0 or 1."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def __newobj__(cls, *args):
    """The function protocol 2's NEWOBJ stands for."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """The function protocol 4's NEWOBJ_EX stands for."""
    return cls.__new__(cls, *args, **kwargs)


def _builtin_base(cls):
    """The first class of `cls`'s MRO that is not written in Python."""
    for base in cls.__mro__:
        if base.__module__ == "builtins" or not hasattr(base, "__dict__"):
            return base
    return object


def _reduce_ex(obj, proto):
    """`object.__reduce_ex__` for protocols 0 and 1: rebuilt by `_reconstructor` from the
    nearest builtin base's copy of the value, with the instance state."""
    cls = type(obj)
    base = _builtin_base(cls)
    if base is object:
        value = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        value = base(obj)
    args = (cls, base, value)
    getstate = getattr(cls, "__getstate__", None)
    if getstate is object.__getstate__ and getattr(obj, "__slots__", None):
        raise TypeError("a class that defines __slots__ without defining __getstate__ "
                        "cannot be pickled")
    state = obj.__getstate__() if getstate is not object.__getstate__ else \
        getattr(obj, "__dict__", None)
    return (_reconstructor, args, state) if state else (_reconstructor, args)


def _object_reduce(obj, proto):
    """`object.__reduce_ex__(proto)` (and `object.__reduce__()`, protocol 0) for a class
    that does not define `__reduce__`."""
    import pickle
    if isinstance(obj, BaseException):
        return pickle._exception_reduce(obj, type(obj))
    if proto >= 2:
        return pickle._default_reduce(obj, proto)
    return _reduce_ex(obj, proto)


def _object_getstate(obj):
    """`object.__getstate__()`: the instance dict (None when empty), paired with the set
    slots' values when the class has slots."""
    import pickle
    cls = type(obj)
    state = getattr(obj, "__dict__", None) if pickle._has_dict(cls) else None
    state = dict(state) if state else None
    slots = {}
    for name in _slotnames(cls):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    return (state, slots) if slots else state


def _slotnames(cls):
    """The names of the slots of `cls` and its bases (cached as `__slotnames__`)."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = c.__name__.lstrip("_")
                if stripped:
                    name = "_%s%s" % (stripped, name)
            names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Register an extension code (used by the EXT1/EXT2/EXT4 opcodes)."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
