"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, global_enum
(counterpart of CPython 3.11's Lib/enum.py; same behaviour, reprs and messages)."""

import sys

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
           "auto", "unique", "property", "verify", "member", "nonmember", "FlagBoundary",
           "STRICT", "CONFORM", "EJECT", "KEEP", "global_flag_repr", "global_enum_repr",
           "global_str", "global_enum", "EnumCheck", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE",
           "pickle_by_global_name", "pickle_by_enum_name"]

_builtin_property = property
_builtin_bin = bin
_MappingProxy = type(type.__dict__)

# The classes below are None until they are defined, so the metaclass can tell it is
# building the base classes themselves.
Enum = Flag = EJECT = ReprEnum = None

_SUNDER_NAMES = ("_order_", "_generate_next_value_", "_numeric_repr_", "_missing_", "_ignore_",
                 "_iter_member_", "_iter_member_by_value_", "_iter_member_by_def_")


class nonmember:
    """Protects an item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class member:
    """Forces an item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == "__" and name[-2:] == "__"
            and name[2] != "_" and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == "_" and name[-1] == "_"
            and name[1] != "_" and name[-2] != "_")


def _is_private(cls_name, name):
    prefix = "_%s__" % (cls_name.lstrip("_"),)
    return (len(name) > len(prefix) and name.startswith(prefix)
            and not (name.endswith("__") or name.endswith("_")))


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _iter_bits_lsb(num):
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError("%r is not a positive integer" % (original,))
    while num:
        low = num & -num
        yield low
        num ^= low


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    """Like bin(), but negative numbers in two's complement with a leading sign bit."""
    width = num.bit_length()
    sign = "1" if num < 0 else "0"
    digits = format(num % (1 << width), "0%db" % width) if width else ""
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign * max_bits + digits)[-max_bits:]
    return "0b%s %s" % (sign, digits)


def _high_bit(value):
    return value.bit_length() - 1


def _power_of_two(value):
    return value >= 1 and value == 2 ** _high_bit(value)


def _make_class_unpicklable(obj):
    def _break_on_call_reduce(self, proto):
        raise TypeError("%r cannot be pickled" % self)
    if isinstance(obj, dict):
        obj["__reduce_ex__"] = _break_on_call_reduce
        obj["__module__"] = "<unknown>"
    else:
        setattr(obj, "__reduce_ex__", _break_on_call_reduce)
        setattr(obj, "__module__", "<unknown>")


class _auto_null:
    def __repr__(self):
        return "_auto_null"


_auto_null = _auto_null()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class property:
    """An enum attribute: a property on members, a member lookup on the class (so members may
    be named like the property, e.g. `name` or `value`)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, "__doc__", None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))
        self.name = None
        self.clsname = None
        self.member = None

    def _missing_member(self, ownerclass):
        try:
            return ownerclass._member_map_[self.name]
        except KeyError:
            raise AttributeError("%r has no attribute %r" % (ownerclass, self.name)) from None

    def __get__(self, instance, ownerclass=None):
        if instance is None or self.fget is None:
            return self._missing_member(ownerclass)
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r"
                                 % (self.clsname, self.name))
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def getter(self, fget):
        return self._copy_with(fget, self.fset, self.fdel)

    def setter(self, fset):
        return self._copy_with(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._copy_with(self.fget, self.fset, fdel)

    def _copy_with(self, fget, fset, fdel):
        doc = None if self.overwrite_doc else self.__doc__
        result = type(self)(fget, fset, fdel, doc)
        result.overwrite_doc = self.overwrite_doc
        return result


def _property_like(obj):
    return all(hasattr(obj, a) for a in ("fget", "fset", "fdel"))


class _proto_member:
    """A member's value between the class body and the class: `type.__new__` calls
    `__set_name__`, which replaces it with the real member."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        delattr(enum_class, member_name)
        enum_member = _new_member(enum_class, self.value)
        enum_member._name_ = member_name
        enum_member.__objclass__ = enum_class
        enum_member.__init__(*_member_args(enum_class, self.value))
        enum_member._sort_order_ = len(enum_class._member_names_)
        value = enum_member._value_
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            enum_class._flag_mask_ |= value
            if _is_single_bit(value):
                enum_class._singles_mask_ |= value
            enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1
        canonical = _find_by_value(enum_class, value)
        if canonical is not None:
            enum_member = canonical
        elif not is_flag or _is_single_bit(value):
            enum_class._member_names_.append(member_name)
        _install_member(enum_class, member_name, enum_member)
        enum_class._member_map_[member_name] = enum_member
        try:
            enum_class._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)


def _member_args(enum_class, value):
    args = value if isinstance(value, tuple) else (value,)
    if enum_class._member_type_ is tuple:
        args = (args,)
    return args


def _new_member(enum_class, value):
    """Make the member object for `value` with the class's member constructor and set `_value_`."""
    args = _member_args(enum_class, value)
    if enum_class._use_args_:
        enum_member = enum_class._new_member_(enum_class, *args)
    else:
        enum_member = enum_class._new_member_(enum_class)
    if not hasattr(enum_member, "_value_"):
        if enum_class._member_type_ is object:
            enum_member._value_ = value
        else:
            try:
                enum_member._value_ = enum_class._member_type_(*args)
            except Exception as exc:
                new_exc = TypeError("_value_ not set in __new__, unable to create it")
                new_exc.__cause__ = exc
                raise new_exc
    return enum_member


def _find_by_value(enum_class, value):
    """The member already defined with `value` (this one is then an alias), or None."""
    try:
        return enum_class._value2member_map_.get(value)
    except TypeError:
        for canonical in enum_class._member_map_.values():
            if canonical._value_ == value:
                return canonical
    return None


def _install_member(enum_class, member_name, enum_member):
    """Put the member in the class; behind an enum.property when a base defines a property
    of that name (so `member.name` still works when a member is called `name`)."""
    found = None
    for base in enum_class.__mro__[1:]:
        descriptor = base.__dict__.get(member_name)
        if descriptor is None:
            continue
        if isinstance(descriptor, (property, _builtin_property)):
            found = descriptor
            break
        if _property_like(descriptor):
            found = descriptor
    if found is None:
        setattr(enum_class, member_name, enum_member)
        return
    redirect = property()
    redirect.member = enum_member
    redirect.__set_name__(enum_class, member_name)
    redirect.fget = found.fget
    redirect.fset = found.fset
    redirect.fdel = found.fdel
    setattr(enum_class, member_name, redirect)


class _EnumDict(dict):
    """The namespace of an enum class body: tracks member names in order, resolves auto(),
    and rejects reused names."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = ""

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            self._set_sunder(key, value)
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            value = self._new_member_value(key, value)
        super().__setitem__(key, value)

    def _set_sunder(self, key, value):
        if key not in _SUNDER_NAMES:
            raise ValueError("_sunder_ names, such as %r, are reserved for future Enum use"
                             % (key,))
        if key == "_generate_next_value_":
            if self._auto_called:
                raise TypeError("_generate_next_value_ must be defined before members")
            self._generate_next_value = (value.__func__ if isinstance(value, staticmethod)
                                         else value)
        elif key == "_ignore_":
            value = value.replace(",", " ").split() if isinstance(value, str) else list(value)
            self._ignore = value
            already = set(value) & set(self._member_names)
            if already:
                raise ValueError("_ignore_ cannot specify already set names: %r" % (already,))

    def _new_member_value(self, key, value):
        if key in self:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        if isinstance(value, member):
            value = value.value
        store_last = True
        single = isinstance(value, auto)
        if single:
            value = (value,)
        if type(value) is tuple and any(isinstance(v, auto) for v in value):
            resolved = []
            for v in value:
                if isinstance(v, auto):
                    store_last = False
                    if v.value is _auto_null:
                        v.value = self._generate_next_value(key, 1, len(self._member_names),
                                                            self._last_values[:])
                        self._auto_called = True
                    v = v.value
                    self._last_values.append(v)
                resolved.append(v)
            value = resolved[0] if single else tuple(resolved)
        self._member_names[key] = None
        if store_last:
            self._last_values.append(value)
        return value

    def update(self, members, **more_members):
        try:
            for name in members.keys():
                self[name] = members[name]
        except AttributeError:
            for name, value in members:
                self[name] = value
        for name, value in more_members.items():
            self[name] = value


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict["_generate_next_value_"] = getattr(first_enum, "_generate_next_value_",
                                                         None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        classdict.setdefault("_ignore_", []).append("_ignore_")
        for key in classdict["_ignore_"]:
            classdict.pop(key, None)
        member_names = classdict._member_names
        invalid = set(member_names) & {"mro", ""}
        if invalid:
            raise ValueError("invalid enum member name(s) %s"
                             % (",".join(repr(n) for n in invalid),))
        order = classdict.pop("_order_", None)
        classdict = dict(classdict.items())
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
        classdict["_new_member_"] = new
        classdict["_use_args_"] = use_args
        for name in member_names:
            classdict[name] = _proto_member(classdict[name])
        classdict["_member_names_"] = []
        classdict["_member_map_"] = {}
        classdict["_value2member_map_"] = {}
        classdict["_unhashable_values_"] = []
        classdict["_member_type_"] = member_type
        classdict["_value_repr_"] = metacls._find_data_repr_(cls, bases)
        classdict["_boundary_"] = boundary or getattr(first_enum, "_boundary_", None)
        classdict["_flag_mask_"] = 0
        classdict["_singles_mask_"] = 0
        classdict["_all_bits_"] = 0
        classdict["_inverted_"] = None
        try:
            exc = None
            enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        except RuntimeError as e:
            exc = e.__cause__ or e
        if exc is not None:
            raise exc
        classdict.update(enum_class.__dict__)
        _fix_mixin_methods(enum_class, classdict, member_type, first_enum, bases)
        if Enum is not None:
            if save_new:
                enum_class.__new_member__ = new
            enum_class.__new__ = Enum.__new__
        _finish_flag_and_order(enum_class, cls, order)
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = set(["__class__", "__contains__", "__doc__", "__getitem__", "__iter__",
                           "__len__", "__members__", "__module__", "__name__", "__qualname__"]
                          + cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add("__new__")
        if cls.__init_subclass__ is not object.__init_subclass__:
            interesting.add("__init_subclass__")
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API: `Enum('Color', 'RED GREEN')` and its variants."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs = []
            last_values = []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                pairs.append((name, value))
            names = pairs
        if names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError):
                pass
        if module is None:
            _make_class_unpicklable(classdict)
        else:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """Make an enum of the constants of `module` (or `source`) whose names pass `filter`,
        and put it and its members back into the module."""
        module_globals = sys.modules[module].__dict__
        source = source.__dict__ if source else module_globals
        members = [(n, v) for n, v in source.items() if filter(n)]
        try:
            members.sort(key=lambda t: (t[1], t[0]))
        except TypeError:
            members.sort(key=lambda t: t[0])
        classdict = cls.__prepare__(name, (cls,))
        classdict.update(dict(members))
        classdict["__module__"] = module
        new_cls = cls.__class__(name, (cls,), classdict, boundary=boundary or KEEP)
        if as_global:
            global_enum(new_cls)
        else:
            sys.modules[new_cls.__module__].__dict__.update(new_cls.__members__)
        module_globals[name] = new_cls
        return new_cls

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """The data type of the members and the enum class the new one derives from."""
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if "__repr__" in base.__dict__:
                    return base.__dict__["__repr__"]
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif "__new__" in base.__dict__ or "__dataclass_fields__" in base.__dict__:
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError("too many data types for %r: %r" % (class_name, data_types))
        return data_types.pop() if data_types else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """The constructor of the members, whether to save it as `__new_member__`, and whether
        it takes the member's value as arguments."""
        new = classdict.get("__new__", None)
        save_new = first_enum is not None and new is not None
        enum_new = getattr(Enum, "__new__", None)
        if new is None:
            skip = (None, getattr(None, "__new__", None), object.__new__, enum_new)
            for method in ("__new_member__", "__new__"):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if not any(target is s or target == s for s in skip):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = not (first_enum is None or new is enum_new or new is object.__new__)
        return new, save_new, use_args


EnumMeta = EnumType


def _fix_mixin_methods(enum_class, classdict, member_type, first_enum, bases):
    """Keep the enum's repr/str/format/pickling unless the class body overrides them: a data
    type mixed in must not take them over (ReprEnum keeps the data type's str and format)."""
    if ReprEnum is not None and ReprEnum in bases:
        if member_type is object:
            raise TypeError("ReprEnum subclasses must be mixed with a data type (i.e. "
                            "int, str, float, etc.)")
        if "__format__" not in classdict:
            enum_class.__format__ = member_type.__format__
            classdict["__format__"] = enum_class.__format__
        if "__str__" not in classdict:
            method = member_type.__str__
            if method is object.__str__:
                method = member_type.__repr__
            enum_class.__str__ = method
            classdict["__str__"] = enum_class.__str__
    for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
        if name not in classdict:
            found = getattr(enum_class, name, None)
            if found in (getattr(member_type, name, None), getattr(object, name, None)):
                setattr(enum_class, name, getattr(first_enum, name))
    if Flag is not None and issubclass(enum_class, Flag):
        for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__",
                     "__invert__"):
            if name not in classdict:
                setattr(enum_class, name, Flag.__dict__[name])
                classdict[name] = Flag.__dict__[name]


def _finish_flag_and_order(enum_class, cls_name, order):
    """Drop the Flag bookkeeping from plain enums, pick a Flag's member iteration order, and
    check `_order_` (it must list the canonical members in definition order)."""
    if isinstance(order, str):
        order = order.replace(",", " ").split()
    is_flag = Flag is not None and issubclass(enum_class, Flag)
    if not is_flag and (Flag is not None or cls_name != "Flag"):
        for name in ("_boundary_", "_flag_mask_", "_singles_mask_", "_all_bits_", "_inverted_"):
            delattr(enum_class, name)
    elif is_flag:
        values = [m._value_ for m in enum_class]
        if values != sorted(values):
            enum_class._iter_member_ = enum_class._iter_member_by_def_
        if order:
            order = [o for o in order if o not in enum_class._member_map_
                     or _is_single_bit(enum_class[o]._value_)]
    if not order:
        return
    order = [o for o in order
             if o not in enum_class._member_map_ or o in enum_class._member_names_]
    if order != enum_class._member_names_:
        raise TypeError("member order does not match _order_:\n  %r\n  %r"
                        % (enum_class._member_names_, order))


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        if not cls._member_map_:
            raise TypeError("%r has no members defined" % cls)
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        try:
            if isinstance(result, cls):
                return result
            if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                    and isinstance(result, int)):
                return result
            ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
            if result is None and exc is None:
                raise ve_exc
            if exc is None:
                exc = TypeError("error in %s._missing_: returned %r instead of None or a "
                                "valid member" % (cls.__name__, result))
            if not isinstance(exc, ValueError):
                exc.__context__ = ve_exc
            raise exc
        finally:
            exc = None
            ve_exc = None

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """One more than the last value (the highest), or `start` for the first member."""
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            raise TypeError
        except TypeError:
            for v in reversed(last_values):
                try:
                    return v + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        interesting = set()
        if self.__class__._member_type_ is not object:
            interesting = set(object.__dir__(self))
        for name in getattr(self, "__dict__", []):
            if name[0] != "_" and name not in self._member_map_:
                interesting.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == "_":
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                elif name not in self._member_map_:
                    interesting.add(name)
        return sorted({"__class__", "__doc__", "__eq__", "__hash__", "__module__"}
                      | interesting)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError("encoding must be a string, not %r" % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError("errors must be a string, not %r" % (values[2],))
        value = str(*values)
        new_member = str.__new__(cls, value)
        new_member._value_ = value
        return new_member

    def _generate_next_value_(name, start, count, last_values):
        """The member's name in lower case."""
        return name.lower()


def pickle_by_global_name(self, proto):
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """What a Flag does with values outside its members: "strict" raises (Flag's default),
    "conform" drops the extra bits, "eject" returns a plain int, "keep" keeps them
    (IntFlag's default)."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with | & ^ ~."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the highest value so far."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError("invalid flag value %r" % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """A pseudo-member for a combination of members (named `A|B`), subject to the
        class's boundary for bits no member has."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ cls._flag_mask_):
            value = _apply_boundary(cls, value)
            if cls._boundary_ is EJECT:
                return value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~cls._flag_mask_
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError("%s(%r) -->  unknown values %r [%s]"
                             % (cls.__name__, value, unknown, bin(unknown)))
        pseudo_member = cls._value2member_map_.setdefault(value, _pseudo_member(cls, value))
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        other = _flag_operand(self, other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = _flag_operand(self, other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = _flag_operand(self, other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


def _flag_operand(flag, other):
    """The int value of the other operand of a Flag operator, or NotImplemented."""
    if isinstance(other, flag.__class__):
        return other._value_
    if flag._member_type_ is not object and isinstance(other, flag._member_type_):
        return other
    return NotImplemented


def _apply_boundary(cls, value):
    """What the class's boundary makes of a value with bits outside its members."""
    boundary = cls._boundary_
    if boundary is STRICT:
        max_bits = max(value.bit_length(), cls._flag_mask_.bit_length())
        raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                         % (cls, value, bin(value, max_bits), bin(cls._flag_mask_, max_bits)))
    if boundary is CONFORM:
        return value & cls._flag_mask_
    if boundary is EJECT:
        return value
    if boundary is KEEP:
        if value < 0:
            value = max(cls._all_bits_ + 1, 2 ** value.bit_length()) + value
        return value
    raise ValueError("%r unknown flag boundary %r" % (cls, boundary))


def _pseudo_member(cls, value):
    """A new member for a combination of flags, named after its members (`A|B`, plus the
    unknown bits under KEEP), or nameless for 0."""
    if cls._member_type_ is object:
        pseudo_member = object.__new__(cls)
    else:
        pseudo_member = cls._member_type_.__new__(cls, value)
    if not hasattr(pseudo_member, "_value_"):
        pseudo_member._value_ = value
    member_value = value & cls._singles_mask_
    aliases = value & ~cls._singles_mask_
    if not (member_value or aliases):
        pseudo_member._name_ = None
        return pseudo_member
    members = list(cls._iter_member_(member_value))
    combined = 0
    for m in members:
        combined |= m._value_
    if aliases:
        value = member_value | aliases
        for pm in cls._member_map_.values():
            if pm not in members and pm._value_ and pm._value_ & value == pm._value_:
                members.append(pm)
                combined |= pm._value_
    unknown = value ^ combined
    pseudo_member._name_ = "|".join([m._name_ for m in members])
    if not combined:
        pseudo_member._name_ = None
    elif unknown and cls._boundary_ is STRICT:
        raise ValueError("%r: no members with value %r" % (cls, unknown))
    elif unknown:
        pseudo_member._name_ += "|%s" % cls._numeric_repr_(unknown)
    return pseudo_member


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""


def unique(enumeration):
    """Class decorator: no two members may share a value."""
    duplicates = []
    for name, enum_member in enumeration.__members__.items():
        if name != enum_member.name:
            duplicates.append((name, enum_member.name))
    if duplicates:
        alias_details = ", ".join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


def global_enum_repr(self):
    """`module.NAME` instead of `<Class.NAME: value>`."""
    module = self.__class__.__module__.split(".")[-1]
    return "%s.%s" % (module, self._name_)


def global_flag_repr(self):
    """`module.A|module.B` instead of `<Class.A|B: value>`."""
    module = self.__class__.__module__.split(".")[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return "%s.%s(%r)" % (module, cls_name, self._value_)
    if _is_single_bit(self):
        return "%s.%s" % (module, self._name_)
    if self._boundary_ is not FlagBoundary.KEEP:
        return "|".join(["%s.%s" % (module, name) for name in self.name.split("|")])
    parts = [n if n[0].isdigit() else "%s.%s" % (module, n) for n in self._name_.split("|")]
    return "|".join(parts)


def global_str(self):
    """`NAME` instead of `Class.NAME`."""
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: members repr as `module.NAME` and are exported to the module."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


class EnumCheck(StrEnum):
    """Various conditions to check an enumeration for."""

    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator: check an enumeration for the given EnumCheck conditions."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        if Flag is not None and issubclass(enumeration, Flag):
            enum_type = "flag"
        elif issubclass(enumeration, Enum):
            enum_type = "enum"
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                _verify_unique(enumeration)
            elif check is CONTINUOUS:
                _verify_continuous(enumeration, cls_name, enum_type)
            elif check is NAMED_FLAGS:
                _verify_named_flags(enumeration, cls_name)
        return enumeration


def _verify_unique(enumeration):
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items()
                  if name != m.name]
    if duplicates:
        alias_details = ", ".join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("aliases found in %r: %s" % (enumeration, alias_details))


def _verify_continuous(enumeration, cls_name, enum_type):
    values = set(e.value for e in enumeration)
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    missing = []
    if enum_type == "flag":
        for i in range(_high_bit(low) + 1, _high_bit(high)):
            if 2 ** i not in values:
                missing.append(2 ** i)
    else:
        for i in range(low + 1, high):
            if i not in values:
                missing.append(i)
    if missing:
        raise ValueError(("invalid %s %r: missing values %s"
                          % (enum_type, cls_name, ", ".join(str(m) for m in missing)))[:256])


def _verify_named_flags(enumeration, cls_name):
    member_values = [m.value for m in enumeration]
    missing_names = []
    missing_value = 0
    for name, alias in enumeration._member_map_.items():
        if name in enumeration._member_names_ or alias.value < 0:
            continue
        missed = [v for v in _iter_bits_lsb(alias.value) if v not in member_values]
        if missed:
            missing_names.append(name)
            missing_value |= sum(missed)
    if not missing_names:
        return
    if len(missing_names) == 1:
        alias = "alias %s is missing" % missing_names[0]
    else:
        alias = "aliases %s and %s are missing" % (", ".join(missing_names[:-1]),
                                                   missing_names[-1])
    if _is_single_bit(missing_value):
        value = "value 0x%x" % missing_value
    else:
        value = "combined values of 0x%x" % missing_value
    raise ValueError("invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]"
                     % (cls_name, alias, value))
