"""Shallow and deep copy operations (as CPython's copy.py)."""

import types


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy"]

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, tuple, frozenset, type, range,
           slice, property, types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
           types.FunctionType, types.CodeType)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _reduce(x):
    reductor = getattr(type(x), "__reduce_ex__", None)
    if reductor is not None and reductor is not getattr(object, "__reduce_ex__", None):
        rv = reductor(x, 4)
    else:
        reductor = getattr(type(x), "__reduce__", None)
        if reductor is not None and reductor is not getattr(object, "__reduce__", None):
            rv = reductor(x)
        else:
            rv = _default_reduce(x)
    return rv


def _default_reduce(x):
    """object.__reduce_ex__(4) for plain instances: copyreg.__newobj__ and the state."""
    cls = type(x)
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not getattr(object, "__getstate__", None):
        state = getstate(x)
    else:
        state = _instance_state(x, cls)
    if isinstance(x, list):
        return (_newobj, (cls,), state, iter(x))
    if isinstance(x, dict):
        return (_newobj, (cls,), state, None, iter(x.items()))
    if isinstance(x, (tuple, int, float, str, bytes, frozenset)):
        base = next(b for b in cls.__mro__ if b in (tuple, int, float, str, bytes, frozenset))
        return (_newobj, (cls, base(x)), state)
    if isinstance(x, set):
        return (_newobj_set, (cls, list(x)), state)
    return (_newobj, (cls,), state)


def _instance_state(x, cls):
    """`object.__getstate__`: the instance dict, with the set slots as a second half."""
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    if state is not None and not state:
        state = None
    slots = _slot_state(x, cls)
    return (state, slots) if slots else state


def _slot_state(x, cls):
    """The values of the slots `x` has set, by name (the second half of its state)."""
    import copyreg
    slots = {}
    for name in copyreg._slotnames(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    return slots


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_set(cls, items):
    obj = cls.__new__(cls)
    set.update(obj, items)
    return obj


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            y = x if isinstance(rv, str) else _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = {t: _deepcopy_atomic for t in _ATOMIC}
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[types.MethodType] = _deepcopy_method


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y

