"""Names for the built-in types, SimpleNamespace and class-creation helpers (as CPython's
types.py)."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(getattr(str, "join", len))
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"]) if "fromkeys" in dict.__dict__ else classmethod
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(getattr(_e.__traceback__, "tb_frame", None))

GetSetDescriptorType = type(FunctionType.__code__) if False else property
class _Slotted:
    __slots__ = ("member",)


MemberDescriptorType = type(_Slotted.member)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

del sys, _f, _g, _c, _ag, _C, _cell_factory, _Slotted




class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return "%s(%s)" % (name, ", ".join("%s=%r" % (k, v) for k, v in self.__dict__.items()))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


def _type_repr(obj):
    """How `list[int]` and `int | str` show an argument."""
    if obj is Ellipsis:
        return "..."
    if obj is type(None):
        return "None"
    if hasattr(obj, "__origin__") and hasattr(obj, "__args__"):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    return repr(obj)


def _collect_parameters(args, nested=False):
    """The type variables among `args` (and among their own parameters), in first-seen order;
    with `nested` (typing's rule), also those inside list and tuple arguments
    (`Callable[[T], S]`)."""
    params = []
    for a in args:
        if isinstance(a, type):
            continue
        if hasattr(a, "__typing_subst__"):
            found = (a,)
        elif nested and isinstance(a, (list, tuple)):
            found = _collect_parameters(a, True)
        else:
            found = getattr(a, "__parameters__", ())
            if not isinstance(found, tuple):
                found = ()
        for p in found:
            if p not in params:
                params.append(p)
    return tuple(params)


def _substitute_args(alias, item):
    """The arguments of `alias` with its type variables replaced by `item` (`list[T][int]`)."""
    params = alias.__parameters__
    if not params:
        raise TypeError("%r is not a generic class" % alias)
    items = item if isinstance(item, tuple) else (item,)
    for p in params:
        prepare = getattr(p, "__typing_prepare_subst__", None)
        if prepare is not None:
            items = prepare(alias, items)
    if len(items) != len(params):
        raise TypeError("Too %s arguments for %r; actual %d, expected %d" % (
            "many" if len(items) > len(params) else "few", alias, len(items), len(params)))
    subst = {}
    for p, a in zip(params, items):
        subst[p] = p.__typing_subst__(a) if hasattr(p, "__typing_subst__") else a
    return _substitute_all(alias.__args__, subst)


def _substitute_all(args, subst):
    """`args` with type variables replaced, unpacked TypeVarTuples spliced in (also used by
    `typing`)."""
    out = []
    for a in args:
        if getattr(a, "__typing_is_unpacked_typevartuple__", False) and a.__args__[0] in subst:
            out.extend(subst[a.__args__[0]])
        else:
            out.append(_substitute_arg(a, subst))
    return tuple(out)


def _substitute_arg(arg, subst):
    """`arg` with the type variables in `subst` replaced."""
    if hasattr(arg, "__typing_subst__"):
        return subst.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute_arg(a, subst) for a in arg]
    params = getattr(arg, "__parameters__", ())
    if isinstance(arg, type) or not isinstance(params, tuple) or not params:
        return arg
    new = []
    for p in params:
        if p in subst and hasattr(p, "__typing_prepare_subst__"):
            new.extend(subst[p])
        else:
            new.append(subst.get(p, p))
    return arg[new[0] if len(new) == 1 else tuple(new)]


# Attributes a GenericAlias answers itself; every other one is read from its origin.
_GA_OWN = frozenset(("__origin__", "__args__", "__unpacked__", "__parameters__",
                     "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
                     "__reduce__", "__copy__", "__deepcopy__"))


class GenericAlias:
    """Represent a PEP 585 generic type

E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""

    __slots__ = ("__origin__", "__args__", "__parameters__", "__weakref__")

    def __new__(cls, origin, args, /):
        self = object.__new__(cls)
        object.__setattr__(self, "__origin__", origin)
        args = args if isinstance(args, tuple) else (args,)
        object.__setattr__(self, "__args__", args)
        object.__setattr__(self, "__parameters__", _collect_parameters(args))
        return self

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__") and name in _GA_OWN:
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __repr__(self):
        if len(self.__args__) == 0:
            return "%s[()]" % _type_repr(self.__origin__)
        return "%s[%s]" % (_type_repr(self.__origin__),
                           ", ".join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __getitem__(self, item):
        new_args = _substitute_args(self, item)
        return type(self)(self.__origin__, new_args)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __reduce__(self):
        return (GenericAlias, (self.__origin__, self.__args__))

    def __dir__(self):
        return sorted(set(dir(self.__origin__)) | {"__origin__", "__args__", "__parameters__"})


def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType))


def _union_or(left, right):
    """`left | right` for types: a UnionType of their flattened, deduplicated members."""
    if not (_unionable(left) and _unionable(right)):
        return NotImplemented
    args = []
    for side in (left, right):
        members = side.__args__ if isinstance(side, UnionType) else (side,)
        for m in members:
            m = type(None) if m is None else m
            if not any(m is a or (isinstance(m, GenericAlias) and m == a) for a in args):
                args.append(m)
    if len(args) == 1:
        return args[0]
    u = object.__new__(UnionType)
    object.__setattr__(u, "__args__", tuple(args))
    object.__setattr__(u, "__parameters__", _collect_parameters(args))
    return u


class UnionType:
    """Represent a PEP 604 union type

E.g. for int | str"""

    __slots__ = ("__args__", "__parameters__", "__weakref__")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    def __repr__(self):
        return " | ".join(_type_repr(a) for a in self.__args__)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __getitem__(self, item):
        new_args = _substitute_args(self, item)
        result = new_args[0]
        for arg in new_args[1:]:
            result = result | arg
        return result

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
        return issubclass(cls, self.__args__)




def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    return tuple(new_bases) if updated else bases


def prepare_class(name, bases=(), kwds=None):
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                        "subclass of the metaclasses of all its bases")
    return winner


class _GeneratorWrapper:
    """What a generator-based coroutine (`types.coroutine`) returns: the generator, awaitable."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self

    __await__ = __iter__


def coroutine(func):
    """Convert a regular generator function into a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, "__code__", None)
    if code is not None and code.co_flags & 0x180:
        return func

    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if coro.__class__ is GeneratorType:
            return _GeneratorWrapper(coro)
        return coro
    return wrapped


class DynamicClassAttribute(property):
    """A property that is looked up on instances only (class access goes to __getattr__)."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if getattr(self, "__isabstractmethod__", False):
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)


__all__ = [n for n in globals() if n[:1] != "_"]
