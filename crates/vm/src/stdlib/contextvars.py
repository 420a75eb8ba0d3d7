"""Context variables: ContextVar, Token, Context and copy_context (counterpart of CPython's
Lib/contextvars.py and Python/context.c). Each thread has its current Context; a Context maps
variables to values in a dict that `copy()` duplicates (CPython shares a HAMT instead)."""

import _thread

__all__ = ("Context", "ContextVar", "Token", "copy_context")

_STATE_KEY = _thread._local_key()
_NO_DEFAULT = object()


def _thread_state():
    state, _ = _thread._local_dict(_STATE_KEY)
    return state


def _current_context():
    state = _thread_state()
    ctx = state.get("context")
    if ctx is None:
        ctx = state["context"] = Context()
    return ctx


def copy_context():
    """A copy of the current thread's context."""
    return _current_context().copy()


class Context:
    """A mapping of context variables to their values; `run` makes it current."""

    __slots__ = ("_vars", "_entered")
    __hash__ = None

    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError("Context() does not accept any arguments")
        self = object.__new__(cls)
        self._vars = {}
        self._entered = False
        return self

    def run(self, callable, /, *args, **kwargs):
        """Call `callable(*args, **kwargs)` with this context current."""
        if self._entered:
            raise RuntimeError("cannot enter context: %r is already entered" % (self,))
        state = _thread_state()
        previous = state.get("context")
        state["context"] = self
        self._entered = True
        try:
            return callable(*args, **kwargs)
        finally:
            self._entered = False
            state["context"] = previous

    def copy(self):
        new = Context()
        new._vars = dict(self._vars)
        return new

    def _check_key(self, key):
        if not isinstance(key, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (key,))

    def __getitem__(self, var):
        self._check_key(var)
        return self._vars[var]

    def __contains__(self, var):
        self._check_key(var)
        return var in self._vars

    def get(self, var, default=None):
        self._check_key(var)
        return self._vars.get(var, default)

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(self._vars)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars


class _TokenMissing:
    def __repr__(self):
        return "<Token.MISSING>"


class Token:
    """What `ContextVar.set` returns: `reset` restores the value it replaced."""

    __slots__ = ("_context", "_var", "_old_value", "_used")
    MISSING = _TokenMissing()

    def __new__(cls, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = " used" if self._used else ""
        return "<Token%s var=%r at 0x%x>" % (used, self._var, id(self))

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


class ContextVar:
    """A variable whose value depends on the current context."""

    __slots__ = ("_name", "_default")

    def __new__(cls, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self = object.__new__(cls)
        self._name = name
        self._default = default
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, default=_NO_DEFAULT):
        """The value in the current context, else `default`, else the variable's default;
        LookupError when there is none."""
        vars = _current_context()._vars
        if self in vars:
            return vars[self]
        if default is not _NO_DEFAULT:
            return default
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Set the value in the current context; a Token to undo it."""
        ctx = _current_context()
        token = object.__new__(Token)
        token._context = ctx
        token._var = self
        token._old_value = ctx._vars.get(self, Token.MISSING)
        token._used = False
        ctx._vars[self] = value
        return token

    def reset(self, token):
        """Restore the value `token` recorded (removing the variable if it had none)."""
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        ctx = _current_context()
        if token._context is not ctx:
            raise ValueError("%r was created in a different Context" % (token,))
        token._used = True
        if token._old_value is Token.MISSING:
            ctx._vars.pop(self, None)
        else:
            ctx._vars[self] = token._old_value

    def __repr__(self):
        default = "" if self._default is _NO_DEFAULT else " default=%r" % (self._default,)
        return "<ContextVar name=%r%s at 0x%x>" % (self._name, default, id(self))

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


def _generic_alias(cls, item):
    return type(list[int])(cls, item)


for _cls in (Context, ContextVar, Token):
    _cls.__module__ = "_contextvars"
del _cls
