"""NamedTuple, TypedDict and NewType for the typing module, which re-exports them. Counterpart
of those parts of CPython's Lib/typing.py."""

import collections

from typing import (Annotated, Generic, NotRequired, Required, Union, _AnnotatedAlias,
                    _caller_module, _type_check, get_origin)

# Classes made here belong to the typing module, as in CPython.
__name__ = "typing"


_NT_PROHIBITED = frozenset(("__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                            "_field_defaults", "_make", "_replace", "_asdict", "_source"))
_NT_SPECIAL = frozenset(("__module__", "__name__", "__annotations__", "__qualname__",
                         "__orig_bases__"))


def _make_nmtuple(name, fields, module, defaults=()):
    msg = "NamedTuple('Name', [(f0, t0), (f1, t1), ...]); each t must be a type"
    annotations = {n: _type_check(t, msg, module=module) for n, t in fields}
    nt = collections.namedtuple(name, list(annotations), defaults=defaults, module=module)
    nt.__annotations__ = annotations
    return nt


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        annotations = ns.get("__annotations__", {})
        defaults = []
        for field in annotations:
            if field in ns:
                defaults.append(field)
            elif defaults:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (field, "s" if len(defaults) > 1 else "", ", ".join(defaults)))
        nt = _make_nmtuple(typename, annotations.items(), ns["__module__"],
                           [ns[n] for n in defaults])
        for key, value in ns.items():
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NT_SPECIAL and key not in nt._fields:
                setattr(nt, key, value)
                set_name = getattr(type(value), "__set_name__", None)
                if set_name is not None:
                    set_name(value, nt, key)
        if Generic in bases:
            nt = _generic_namedtuple(nt, ns)
        return nt


def _generic_namedtuple(nt, ns):
    """The named tuple class `nt` rebuilt with bases (tuple, Generic), so it can be subscripted."""
    body = {k: v for k, v in nt.__dict__.items() if k not in ("__dict__", "__weakref__")}
    body["__orig_bases__"] = ns.get("__orig_bases__", ())
    return type(nt.__name__, (tuple, Generic), body)


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class P(NamedTuple): x: int, or NamedTuple('P', [...])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, _caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type "
                                "and a non-TypedDict base class")
        generic = (Generic,) if any(b is Generic for b in bases) else ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(tp, msg, module=tp_dict.__module__)
               for n, tp in ns.get("__annotations__", {}).items()}
        annotations, required, optional = {}, set(), set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        annotations.update(own)
        for key, tp in own.items():
            qualifiers = set()
            while get_origin(tp) in (Annotated, Required, NotRequired):
                qualifiers.add(get_origin(tp))
                tp = tp.__origin__ if isinstance(tp, _AnnotatedAlias) else tp.__args__[0]
            if Required in qualifiers or (total and NotRequired not in qualifiers):
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, "__total__"):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of typed keys: class Point(TypedDict): x: int."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {"__annotations__": dict(fields), "__module__": _caller_module()}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    """Whether `tp` is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


class NewType:
    """NewType('UserId', int) creates a distinct type for type checkers; an identity at run time."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller_module()
        if module != "typing":
            self.__module__ = module

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    "Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    "`%s = NewType(%r, %s)`" % (subclass_name, subclass_name, superclass_name))

        return (Dummy,)

    def __call__(self, x):
        return x

    def __repr__(self):
        return "%s.%s" % (self.__module__, self.__qualname__)

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]
