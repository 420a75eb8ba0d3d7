"""Values and arrays of simple C types in memory shared between processes, optionally behind
a lock: RawValue, RawArray, Value, Array, synchronized, copy. Counterpart of CPython's
Lib/multiprocessing/sharedctypes.py, written for gilpy.

gilpy has no ctypes; this module defines the simple C types the typecodes name (c_int,
c_double, ..., with `c_int * 3` giving an array type) over shared blocks (`heap.BufferWrapper`)
read and written by `_posixshmem`. A shared object pickles only while a child is being
spawned: the child receives the block's descriptor and sees the same memory.
"""

import _posixshmem
from . import heap
from .context import assert_spawning

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']


class _CDataType(type):
    """Metaclass of the simple C types: `c_int * 3` is the type of an array of three."""

    def __mul__(cls, length):
        return _array_type(cls, length)

    __rmul__ = __mul__


class _SimpleCData(metaclass=_CDataType):
    """One value of a C type, in its own shared block."""

    _type_ = None

    def __new__(cls, *args):
        self = object.__new__(cls)
        self._wrapper = heap.BufferWrapper(_posixshmem.sizeof(cls._type_))
        return self

    def __init__(self, *args):
        if len(args) > 1:
            raise TypeError('__init__ expected at most 1 argument, got %d' % len(args))
        if args:
            self.value = args[0]

    @property
    def value(self):
        return _posixshmem.load(self._wrapper.fd, 0, self._type_)

    @value.setter
    def value(self, value):
        _posixshmem.store(self._wrapper.fd, 0, self._type_, value)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.value)

    def __reduce__(self):
        assert_spawning(self)
        return _rebuild_ctype, (type(self), self._wrapper, None)


class c_byte(_SimpleCData):
    _type_ = 'b'


class c_ubyte(_SimpleCData):
    _type_ = 'B'


class c_short(_SimpleCData):
    _type_ = 'h'


class c_ushort(_SimpleCData):
    _type_ = 'H'


class c_int(_SimpleCData):
    _type_ = 'i'


class c_uint(_SimpleCData):
    _type_ = 'I'


class c_long(_SimpleCData):
    _type_ = 'l'


class c_ulong(_SimpleCData):
    _type_ = 'L'


class c_float(_SimpleCData):
    _type_ = 'f'


class c_double(_SimpleCData):
    _type_ = 'd'


class c_char(_SimpleCData):
    _type_ = 'c'


class c_wchar(_SimpleCData):
    _type_ = 'u'


c_longlong = c_long
c_ulonglong = c_ulong

typecode_to_type = {
    'c': c_char, 'u': c_wchar,
    'b': c_byte, 'B': c_ubyte,
    'h': c_short, 'H': c_ushort,
    'i': c_int, 'I': c_uint,
    'l': c_long, 'L': c_ulong,
    'q': c_longlong, 'Q': c_ulonglong,
    'f': c_float, 'd': c_double,
}


class _Array:
    """A fixed-length array of one simple C type, in its own shared block."""

    _type_ = None
    _length_ = 0

    def __new__(cls, *args):
        self = object.__new__(cls)
        size = cls._length_ * _posixshmem.sizeof(cls._type_._type_)
        self._wrapper = heap.BufferWrapper(size)
        return self

    def __init__(self, *args):
        if len(args) > self._length_:
            raise IndexError('invalid index')
        if args:
            _posixshmem.store_array(self._wrapper.fd, 0, self._type_._type_, args)

    def __len__(self):
        return self._length_

    def _item(self, index):
        if not isinstance(index, int):
            raise TypeError('indices must be integers')
        if index < 0:
            index += self._length_
        if not 0 <= index < self._length_:
            raise IndexError('invalid index')
        return index * _posixshmem.sizeof(self._type_._type_)

    def _load(self, start, stop, step):
        code = self._type_._type_
        if stop <= start:
            return []
        size = _posixshmem.sizeof(code)
        items = _posixshmem.load_array(self._wrapper.fd, start * size, code, stop - start)
        return items if step == 1 else items[::step]

    def __getitem__(self, index):
        code = self._type_._type_
        if not isinstance(index, slice):
            return _posixshmem.load(self._wrapper.fd, self._item(index), code)
        start, stop, step = index.indices(self._length_)
        if step > 0:
            items = self._load(start, stop, step)
        else:
            items = self._load(stop + 1, start + 1, 1)[::-1][::-step]
        if code == 'c':
            return b''.join(items)
        if code == 'u':
            return ''.join(items)
        return items

    def __setitem__(self, index, value):
        code = self._type_._type_
        if not isinstance(index, slice):
            _posixshmem.store(self._wrapper.fd, self._item(index), code, value)
            return
        indices = range(*index.indices(self._length_))
        if len(value) != len(indices):
            raise ValueError('Can only assign sequence of same size')
        if index.step in (None, 1):
            if indices:
                size = _posixshmem.sizeof(code)
                _posixshmem.store_array(self._wrapper.fd, indices.start * size, code, value)
            return
        for i, v in zip(indices, value):
            self[i] = v

    def __iter__(self):
        return iter(self[:])

    def __reduce__(self):
        assert_spawning(self)
        return _rebuild_ctype, (self._type_, self._wrapper, self._length_)


class _CharArray(_Array):
    """An array of c_char: also readable as a NUL-terminated byte string (`value`) and as raw
    bytes (`raw`)."""

    @property
    def value(self):
        return self.raw.split(b'\0', 1)[0]

    @value.setter
    def value(self, value):
        if not isinstance(value, bytes):
            raise TypeError('bytes expected instead of %s instance' % type(value).__name__)
        if len(value) > self._length_:
            raise ValueError('byte string too long')
        if len(value) < self._length_:
            value += b'\0'
        _posixshmem.write(self._wrapper.fd, 0, value)

    @property
    def raw(self):
        return _posixshmem.read(self._wrapper.fd, 0, self._length_)

    @raw.setter
    def raw(self, value):
        if len(value) > self._length_:
            raise ValueError('byte string too long')
        _posixshmem.write(self._wrapper.fd, 0, bytes(value))


class _WCharArray(_Array):
    """An array of c_wchar: also readable as a NUL-terminated string (`value`)."""

    @property
    def value(self):
        return self[:].split('\0', 1)[0]

    @value.setter
    def value(self, value):
        if not isinstance(value, str):
            raise TypeError('unicode string expected instead of %s instance'
                            % type(value).__name__)
        if len(value) > self._length_:
            raise ValueError('string too long')
        if len(value) < self._length_:
            value += '\0'
        _posixshmem.store_array(self._wrapper.fd, 0, 'u', value)


_array_types = {}


def _array_type(type_, length):
    if not isinstance(length, int):
        raise TypeError("can't multiply sequence by non-int of type '%s'"
                        % type(length).__name__)
    if length < 0:
        raise ValueError('Array length must be >= 0, not %d' % length)
    key = (type_, length)
    if key not in _array_types:
        base = {c_char: _CharArray, c_wchar: _WCharArray}.get(type_, _Array)
        name = '%s_Array_%d' % (type_.__name__, length)
        _array_types[key] = type(base)(name, (base,), {
            '_type_': type_, '_length_': length, '__module__': __name__})
    return _array_types[key]


def _rebuild_ctype(type_, wrapper, length):
    if length is not None:
        type_ = type_ * length
    obj = object.__new__(type_)
    obj._wrapper = wrapper
    return obj


def _lookup(typecode_or_type):
    type_ = typecode_to_type.get(typecode_or_type, typecode_or_type)
    if not (isinstance(type_, type) and issubclass(type_, _SimpleCData)
            and type_._type_ is not None):
        raise TypeError('this type has no size')
    return type_


def RawValue(typecode_or_type, *args):
    """A shared value of a C type (a typecode or a c_* type), without a lock."""
    return _lookup(typecode_or_type)(*args)


def RawArray(typecode_or_type, size_or_initializer):
    """A shared array of a C type, zero-filled or initialised from a sequence, without a
    lock."""
    type_ = _lookup(typecode_or_type)
    if isinstance(size_or_initializer, int):
        return (type_ * size_or_initializer)()
    result = (type_ * len(size_or_initializer))()
    result.__init__(*size_or_initializer)
    return result


def _with_lock(obj, lock, ctx):
    if lock is False:
        return obj
    if lock in (True, None):
        ctx = ctx or _default_context()
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return synchronized(obj, lock, ctx=ctx)


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A shared value behind a lock (a new RLock, `lock`, or none if `lock` is False)."""
    return _with_lock(RawValue(typecode_or_type, *args), lock, ctx)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A shared array behind a lock (a new RLock, `lock`, or none if `lock` is False)."""
    return _with_lock(RawArray(typecode_or_type, size_or_initializer), lock, ctx)


def copy(obj):
    """A new shared object of the same type holding the same contents."""
    new_obj = type(obj)()
    _posixshmem.write(new_obj._wrapper.fd, 0,
                      _posixshmem.read(obj._wrapper.fd, 0, obj._wrapper.size))
    return new_obj


def synchronized(obj, lock=None, ctx=None):
    """`obj` wrapped so that each access holds `lock` (a new RLock by default)."""
    assert not isinstance(obj, SynchronizedBase), 'object already synchronized'
    if isinstance(obj, _CharArray):
        return SynchronizedString(obj, lock, ctx)
    if isinstance(obj, _Array):
        return SynchronizedArray(obj, lock, ctx)
    return Synchronized(obj, lock, ctx)


def _default_context():
    from . import context
    return context._default_context.get_context()


class SynchronizedBase:
    """A shared object with the lock that guards it."""

    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        if lock:
            self._lock = lock
        else:
            self._lock = (ctx or _default_context()).RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        assert_spawning(self)
        return synchronized, (self._obj, self._lock)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):
    """A shared value whose `value` is read and written under its lock."""

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, value):
        with self._lock:
            self._obj.value = value


class SynchronizedArray(SynchronizedBase):
    """A shared array whose items and slices are read and written under its lock."""

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value


class SynchronizedString(SynchronizedArray):
    """A shared c_char array with `value` and `raw` read and written under its lock."""

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, value):
        with self._lock:
            self._obj.value = value

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw

    @raw.setter
    def raw(self, value):
        with self._lock:
            self._obj.raw = value
