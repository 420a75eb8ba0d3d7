"""Struct sequences: the named-tuple-like types of sys.version_info, sys.float_info and
time.struct_time. Counterpart of CPython's Objects/structseq.c."""


def _field(index):
    return property(lambda self: tuple.__getitem__(self, index))


def _extra_field(name):
    return property(lambda self: self.__dict__.get(name))


def structseq(qualname, fields, n_sequence=None):
    """A tuple subclass named qualname whose first n_sequence fields are its items and whose
    remaining fields are attributes only."""
    module, _, name = qualname.rpartition(".")
    n_fields = len(fields)
    n_seq = n_fields if n_sequence is None else n_sequence
    seq_fields = fields[:n_seq]

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        n = len(seq)
        if n < n_seq:
            if n_seq == n_fields:
                raise TypeError(f"{qualname}() takes a {n_seq}-sequence ({n}-sequence given)")
            raise TypeError(f"{qualname}() takes an at least {n_seq}-sequence "
                            f"({n}-sequence given)")
        if n > n_fields:
            if n_seq == n_fields:
                raise TypeError(f"{qualname}() takes a {n_seq}-sequence ({n}-sequence given)")
            raise TypeError(f"{qualname}() takes an at most {n_fields}-sequence "
                            f"({n}-sequence given)")
        self = tuple.__new__(cls, seq[:n_seq])
        for i in range(n_seq, n_fields):
            value = seq[i] if i < n else None
            if value is None and dict is not None:
                value = dict.get(fields[i])
            self.__dict__[fields[i]] = value
        return self

    def __repr__(self):
        items = ", ".join(f"{f}={v!r}" for f, v in zip(seq_fields, self))
        return f"{qualname}({items})"

    def __reduce__(self):
        extras = {f: self.__dict__.get(f) for f in fields[n_seq:]}
        return (type(self), (tuple(self), extras))

    namespace = {
        "__new__": __new__,
        "__repr__": __repr__,
        "__reduce__": __reduce__,
        "__module__": module or "builtins",
        "__qualname__": name,
        "n_sequence_fields": n_seq,
        "n_fields": n_fields,
        "n_unnamed_fields": 0,
        "__match_args__": tuple(seq_fields),
    }
    for i, f in enumerate(seq_fields):
        namespace[f] = _field(i)
    for f in fields[n_seq:]:
        namespace[f] = _extra_field(f)
    return type(name, (tuple,), namespace)
