"""Serialising Python objects to bytes and back: protocols 2 to 5 written, 0 to 5 read.

Counterpart of CPython's Lib/pickle.py and Modules/_pickle.c, written for gilpy from the
documented pickle format. The output equals CPython's C pickler byte for byte (frames, memo
opcodes, batching), so pickles travel between gilpy and CPython both ways.
"""

import sys
import copyreg
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache
from math import frexp as _frexp, ldexp as _ldexp, copysign as _copysign

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump",
           "dumps", "load", "loads", "PickleBuffer", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """An object cannot be pickled."""


class UnpicklingError(PickleError):
    """A pickle is corrupt or cannot be loaded."""


for _cls in (PickleError, PicklingError, UnpicklingError):
    _cls.__module__ = "_pickle"


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """A wrapper around a bytes-like object for out-of-band pickling (protocol 5)."""

    def __init__(self, buffer):
        self._buffer = buffer

    def raw(self):
        return bytes(self._buffer)

    def release(self):
        self._buffer = None


MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024

# Python 3 names that protocol 0-2 pickles spell with their Python 2 names.
_PY2_MODULES = {"builtins": "__builtin__", "copyreg": "copy_reg", "_codecs": "_codecs"}
_PY3_MODULES = {"__builtin__": "builtins", "copy_reg": "copyreg", "exceptions": "builtins"}


def _u16(n):
    return n.to_bytes(2, "little")


def _u32(n):
    return n.to_bytes(4, "little")


def _u64(n):
    return n.to_bytes(8, "little")


def _double_bits(x):
    """The IEEE 754 binary64 bits of `x`."""
    sign = 1 << 63 if _copysign(1.0, x) < 0 else 0
    if x != x:
        return sign | 0x7ff8000000000000
    x = abs(x)
    if x == float("inf"):
        return sign | 0x7ff0000000000000
    if x == 0.0:
        return sign
    m, e = _frexp(x)
    if e - 1 < -1022:
        return sign | int(_ldexp(x, 1074))
    return sign | ((e + 1022) << 52) | int(_ldexp(m * 2.0 - 1.0, 52))


def _pack_double(x):
    return _double_bits(x).to_bytes(8, "big")


def _unpack_double(data):
    bits = int.from_bytes(data, "big")
    sign = -1.0 if bits >> 63 else 1.0
    e = (bits >> 52) & 0x7ff
    mant = bits & ((1 << 52) - 1)
    if e == 0x7ff:
        return sign * float("inf") if mant == 0 else _copysign(float("nan"), sign)
    if e == 0:
        return sign * _ldexp(float(mant), -1074)
    return sign * _ldexp(float(mant | (1 << 52)), e - 1075)


def encode_long(x):
    """The little-endian two's-complement bytes of `x`, as LONG1 and LONG4 carry them."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


class _BytesWriter:
    """An in-memory sink with what pickle needs of io.BytesIO (write, tell, getvalue). pickle
    does not import io, so that a multiprocessing child, which needs pickle, starts sooner."""

    def __init__(self):
        self._chunks = []
        self._size = 0

    def write(self, data):
        self._chunks.append(data)
        n = len(data)
        self._size += n
        return n

    def tell(self):
        return self._size

    def getvalue(self):
        return b''.join(self._chunks)


class _BytesReader:
    """An in-memory source with what pickle needs of io.BytesIO (read, readline)."""

    def __init__(self, data):
        self._data = bytes(data)
        self._pos = 0

    def read(self, n=-1):
        start = self._pos
        end = len(self._data) if n is None or n < 0 else min(start + n, len(self._data))
        self._pos = end
        return self._data[start:end]

    def readline(self):
        start = self._pos
        newline = self._data.find(b'\n', start)
        self._pos = len(self._data) if newline < 0 else newline + 1
        return self._data[start:self._pos]


class _Framer:
    """Groups the opcodes of protocol 4+ pickles into FRAMEs, as the C pickler does."""

    def __init__(self, file_write):
        self.file_write = file_write
        self.current_frame = None

    def start_framing(self):
        self.current_frame = _BytesWriter()

    def end_framing(self):
        if self.current_frame is not None and self.current_frame.tell() > 0:
            self.commit_frame(force=True)
            self.current_frame = None

    def commit_frame(self, force=False):
        f = self.current_frame
        if f is None or not (f.tell() >= _FRAME_SIZE_TARGET or force):
            return
        data = f.getvalue()
        if len(data) >= _FRAME_SIZE_MIN:
            self.file_write(FRAME + _u64(len(data)))
        self.file_write(data)
        self.current_frame = _BytesWriter()

    def write(self, data):
        if self.current_frame is not None:
            return self.current_frame.write(data)
        return self.file_write(data)

    def write_large_bytes(self, header, payload):
        if self.current_frame is not None:
            self.commit_frame(force=True)
        self.file_write(header)
        self.file_write(payload)


def _getattribute(obj, name):
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        parent = obj
        obj = getattr(obj, subpath)
    return obj, parent


# CPython's builtin functions name their module with the builtins module's own `__name__`,
# a different str object from the one builtin types give; the memo (by identity) tells them
# apart, so gilpy keeps a separate object too (built at run time, never a shared constant).
_BUILTIN_FUNCTIONS_MODULE = ''.join(['built', 'ins'])


def whichmodule(obj, name):
    """The name of the module `obj` (called `name`) belongs to."""
    module_name = getattr(obj, '__module__', None)
    if isinstance(obj, type(len)) and module_name in (None, 'builtins'):
        import builtins
        if getattr(builtins, name, None) is obj:
            return _BUILTIN_FUNCTIONS_MODULE
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


_PLAIN_BASES = (int, float, str, bytes, tuple, complex, frozenset)


def _builtin_base(cls):
    """The first builtin type other than object among the bases of `cls`, or None."""
    for c in cls.__mro__:
        if c is not object and getattr(c, '__module__', None) == 'builtins':
            return c
    return None


def _newargs(obj, cls):
    getnewargs_ex = getattr(cls, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex(obj)
        return tuple(args), dict(kwargs)
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        return tuple(getnewargs(obj)), None
    base = _builtin_base(cls)
    if base is complex:
        return (obj.real, obj.imag), None
    if base in _PLAIN_BASES:
        return (base(obj),), None
    return (), None


def _object_state(obj, cls):
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        return getstate(obj)
    state = getattr(obj, '__dict__', None) if _has_dict(cls) else None
    state = dict(state) if state else None
    names = copyreg._slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _has_dict(cls):
    for c in cls.__mro__:
        if c is object or getattr(c, '__module__', None) == 'builtins':
            continue
        slots = c.__dict__.get('__slots__')
        if slots is None or '__dict__' in ((slots,) if isinstance(slots, str) else slots):
            return True
    return False


# Attributes CPython keeps in exception structs, not in their __dict__.
_EXC_NATIVE_ATTRS = {"errno", "strerror", "filename", "filename2", "characters_written", "code",
                     "value", "name", "path", "msg", "lineno", "offset", "text", "end_lineno",
                     "end_offset", "print_file_and_line", "encoding", "object", "start", "end",
                     "reason"}


def _exception_reduce(obj, cls):
    state = getattr(obj, '__dict__', None) or {}
    if _builtin_base(cls) is not BaseException or cls.__module__ == 'builtins':
        state = {k: v for k, v in state.items() if k not in _EXC_NATIVE_ATTRS}
    return (cls, obj.args, dict(state)) if state else (cls, obj.args)


def _is_native(obj, cls):
    """Whether `obj` is an instance of a type implemented natively by a module (a lock, a
    file): it has no `__dict__`, and no class of its MRO declares `__slots__`."""
    if cls is object or isinstance(obj, _PICKLABLE_BUILTINS) or hasattr(obj, '__dict__'):
        return False
    return not any('__slots__' in c.__dict__ for c in cls.__mro__)


_PICKLABLE_BUILTINS = (int, float, str, bytes, bytearray, tuple, list, dict, set, frozenset,
                       complex, BaseException)


def _default_reduce(obj, proto):
    """object.__reduce_ex__(proto) for protocols 2 and up."""
    cls = type(obj)
    base = _builtin_base(cls)
    if (base is not None and not issubclass(base, _PICKLABLE_BUILTINS)) or _is_native(obj, cls):
        name = cls.__qualname__
        if cls.__module__ not in (None, 'builtins'):
            name = cls.__module__ + '.' + name
        raise TypeError(f"cannot pickle {name!r} object")
    if isinstance(obj, BaseException):
        return _exception_reduce(obj, cls)
    args, kwargs = _newargs(obj, cls)
    state = _object_state(obj, cls)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return copyreg.__newobj__, (cls,) + args, state, listitems, dictitems


def _defines(cls, name):
    """Whether `cls` overrides `name` (BaseException's reduction is ours: see
    _exception_reduce)."""
    for c in cls.__mro__:
        if name in c.__dict__:
            return c is not object and c is not BaseException
    return False


def _reduce_value(obj, proto):
    cls = type(obj)
    if cls is slice or cls is range:
        return cls, (obj.start, obj.stop, obj.step)
    if _defines(cls, '__reduce_ex__'):
        return obj.__reduce_ex__(proto)
    if _defines(cls, '__reduce__'):
        return obj.__reduce__()
    return copyreg._object_reduce(obj, proto)


class Pickler:
    """Writes pickles of objects to a binary file."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.framer = _Framer(self._file_write)
        self.write = self.framer.write
        self._write_large_bytes = self.framer.write_large_bytes
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        if not hasattr(self, 'dispatch_table'):
            self.dispatch_table = dispatch_table

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Write a pickle of `obj` to the file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % (self.__class__.__name__,))
        if self.proto >= 2:
            self.write(PROTO + bytes([self.proto]))
        if self.proto >= 4:
            self.framer.start_framing()
        self.save(obj)
        self.write(STOP)
        self.framer.end_framing()

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            return BINPUT + bytes([idx]) if idx < 256 else LONG_BINPUT + _u32(idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            return BINGET + bytes([i]) if i < 256 else LONG_BINGET + _u32(i)
        return GET + repr(i).encode("ascii") + b'\n'

    def save(self, obj, save_persistent_id=True):
        self.framer.commit_frame()
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self.save_pers(pid)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        t = type(obj)
        f = self.dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        reduce = getattr(self, 'reducer_override', None)
        rv = reduce(obj) if reduce is not None else NotImplemented
        if rv is NotImplemented:
            reduce = self.dispatch_table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                rv = _reduce_value(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % reduce)
        if not 2 <= len(rv) <= 6:
            raise PicklingError("Tuple returned by %s must have two to six elements" % reduce)
        self.save_reduce(*rv, obj=obj)

    def persistent_id(self, obj):
        return None

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            self.write(PERSID + str(pid).encode("ascii") + b'\n')

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                # CPython writes a functools.partial of cls.__new__ here; the plain call of
                # copyreg.__newobj_ex__ loads the same in both interpreters.
                save(func)
                save((cls, args, kwargs))
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    dispatch = {}

    def save_none(self, obj):
        self.write(NONE)
    dispatch[type(None)] = save_none

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)
    dispatch[bool] = save_bool

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + bytes([obj]))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + _u16(obj))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + obj.to_bytes(4, "little", signed=True))
                return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + bytes([n]) + encoded)
            else:
                self.write(LONG4 + n.to_bytes(4, "little", signed=True) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')
    dispatch[int] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + _pack_double(obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')
    dispatch[float] = save_float

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import _codecs as codecs
                self.save_reduce(codecs.encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + bytes([n]) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large_bytes(BINBYTES8 + _u64(n), obj)
        elif n >= _FRAME_SIZE_TARGET:
            self._write_large_bytes(BINBYTES + _u32(n), obj)
        else:
            self.write(BINBYTES + _u32(n) + obj)
        self.memoize(obj)
    dispatch[bytes] = save_bytes

    def save_bytearray(self, obj):
        if self.proto < 5:
            if self.proto < 3:
                import _codecs as codecs
                self.save_reduce(bytearray, (codecs.encode(str(bytes(obj), 'latin1'), 'latin1'),),
                                 obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        n = len(obj)
        if n >= _FRAME_SIZE_TARGET:
            self._write_large_bytes(BYTEARRAY8 + _u64(n), bytes(obj))
        else:
            self.write(BYTEARRAY8 + _u64(n) + bytes(obj))
        self.memoize(obj)
    dispatch[bytearray] = save_bytearray

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        if self._buffer_callback is not None and not self._buffer_callback(obj):
            self.write(NEXT_BUFFER)
            return
        data = obj._buffer
        if isinstance(data, bytes):
            self.save_bytes(data)
        else:
            self.save_bytearray(bytearray(data))
    dispatch[PickleBuffer] = save_picklebuffer

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + bytes([n]) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large_bytes(BINUNICODE8 + _u64(n), encoded)
            elif n >= _FRAME_SIZE_TARGET:
                self._write_large_bytes(BINUNICODE + _u32(n), encoded)
            else:
                self.write(BINUNICODE + _u32(n) + encoded)
        else:
            obj = (obj.replace("\\", "\\u005c").replace("\0", "\\u0000")
                   .replace("\n", "\\u000a").replace("\r", "\\u000d").replace("\x1a", "\\u001a"))
            self.write(UNICODE + obj.encode('raw-unicode-escape') + b'\n')
        self.memoize(obj)
    dispatch[str] = save_str

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                self.write(POP * n + self.get(memo[id(obj)][0]))
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            self.write(POP_MARK + get if self.bin else POP * (n + 1) + get)
            return
        self.write(TUPLE)
        self.memoize(obj)
    dispatch[tuple] = save_tuple

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)
    dispatch[list] = save_list

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) == _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for x in tmp:
                    save(x)
                write(APPENDS)
            elif n:
                save(tmp[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())
    dispatch[dict] = save_dict

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) == _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for k, v in tmp:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = tmp[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        it = iter(obj)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            if batch:
                self.write(MARK)
                for item in batch:
                    self.save(item)
                self.write(ADDITEMS)
            if len(batch) < _BATCHSIZE:
                return
    dispatch[set] = save_set

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)
    dispatch[frozenset] = save_frozenset

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        module_name = whichmodule(obj, name)
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + bytes([code]))
                elif code <= 0xffff:
                    write(EXT2 + _u16(code))
                else:
                    write(EXT4 + _u32(code))
                return
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        else:
            if self.fix_imports:
                module_name, name = _py2_name(module_name, name)
            write(GLOBAL + bytes(module_name, "utf-8") + b'\n' + bytes(name, "utf-8") + b'\n')
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)
    dispatch[type] = save_type
    dispatch[type(len)] = save_global
    dispatch[type(_u16)] = save_global


def _py2_name(module_name, name):
    """The Python 2 spelling of a global, as protocols 0-2 write it."""
    obj = getattr(sys.modules["builtins"], name, None)
    if module_name == "builtins" and isinstance(obj, type) and issubclass(obj, BaseException):
        if issubclass(obj, OSError):
            return "exceptions", "OSError"
        if obj is ModuleNotFoundError:
            return "exceptions", "ImportError"
        return "exceptions", name
    if module_name == "builtins" and name == "range":
        return "__builtin__", "xrange"
    return _PY2_MODULES.get(module_name, module_name), name


class _Unframer:
    """Reads a pickle's bytes, honouring protocol 4's FRAMEs."""

    def __init__(self, file_read, file_readline):
        self.file_read = file_read
        self.file_readline = file_readline
        self.current_frame = None

    def read(self, n):
        if self.current_frame:
            data = self.current_frame.read(n)
            if not data and n != 0:
                self.current_frame = None
                return self.file_read(n)
            if len(data) < n:
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        return self.file_read(n)

    def readline(self):
        if self.current_frame:
            data = self.current_frame.readline()
            if not data:
                self.current_frame = None
                return self.file_readline()
            if data[-1] != 0x0a:
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        return self.file_readline()

    def load_frame(self, frame_size):
        if self.current_frame and self.current_frame.read() != b'':
            raise UnpicklingError("beginning of a new frame before end of current frame")
        self.current_frame = _BytesReader(self.file_read(frame_size))


def _py3_name(module, name):
    if module == "__builtin__" and name == "xrange":
        return "builtins", "range"
    return _PY3_MODULES.get(module, module), name


class Unpickler:
    """Reads pickles from a binary file and rebuilds the objects."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_readline = file.readline
        self._file_read = file.read
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Read one pickle from the file and return the object it holds."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % (self.__class__.__name__,))
        self._unframer = _Unframer(self._file_read, self._file_readline)
        self.read = self._unframer.read
        self.readline = self._unframer.readline
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        dispatch = self.dispatch
        try:
            while True:
                key = self.read(1)
                if not key:
                    raise EOFError("Ran out of input")
                f = dispatch.get(key[0])
                if f is None:
                    raise UnpicklingError("invalid load key, %r." % chr(key[0]))
                f(self)
        except _Stop as stopinst:
            return stopinst.value
        except _Truncated:
            raise UnpicklingError("pickle data was truncated") from None
        except IndexError:
            raise UnpicklingError("unpickling stack underflow") from None

    def _exact(self, n):
        data = self.read(n)
        if len(data) != n:
            raise _Truncated()
        return data

    def _line(self):
        data = self.readline()
        if not data.endswith(b'\n'):
            raise _Truncated()
        return data[:-1]

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, "
                              "but no persistent_load function was specified.")

    dispatch = {}

    def load_proto(self):
        proto = self._exact(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto
    dispatch[PROTO[0]] = load_proto

    def load_frame(self):
        frame_size = int.from_bytes(self._exact(8), "little")
        if frame_size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % frame_size)
        self._unframer.load_frame(frame_size)
    dispatch[FRAME[0]] = load_frame

    def load_persid(self):
        try:
            pid = self._line().decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self.append(self.persistent_load(pid))
    dispatch[PERSID[0]] = load_persid

    def load_binpersid(self):
        pid = self.stack.pop()
        self.append(self.persistent_load(pid))
    dispatch[BINPERSID[0]] = load_binpersid

    def load_none(self):
        self.append(None)
    dispatch[NONE[0]] = load_none

    def load_false(self):
        self.append(False)
    dispatch[NEWFALSE[0]] = load_false

    def load_true(self):
        self.append(True)
    dispatch[NEWTRUE[0]] = load_true

    def load_int(self):
        data = self._line()
        if data == b'00':
            val = False
        elif data == b'01':
            val = True
        else:
            val = int(data, 0)
        self.append(val)
    dispatch[INT[0]] = load_int

    def load_binint(self):
        self.append(int.from_bytes(self._exact(4), "little", signed=True))
    dispatch[BININT[0]] = load_binint

    def load_binint1(self):
        self.append(self._exact(1)[0])
    dispatch[BININT1[0]] = load_binint1

    def load_binint2(self):
        self.append(int.from_bytes(self._exact(2), "little"))
    dispatch[BININT2[0]] = load_binint2

    def load_long(self):
        val = self._line()
        if val and val[-1] == b'L'[0]:
            val = val[:-1]
        self.append(int(val, 0))
    dispatch[LONG[0]] = load_long

    def load_long1(self):
        n = self._exact(1)[0]
        self.append(decode_long(self._exact(n)))
    dispatch[LONG1[0]] = load_long1

    def load_long4(self):
        n = int.from_bytes(self._exact(4), "little", signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._exact(n)))
    dispatch[LONG4[0]] = load_long4

    def load_float(self):
        self.append(float(self._line()))
    dispatch[FLOAT[0]] = load_float

    def load_binfloat(self):
        self.append(_unpack_double(self._exact(8)))
    dispatch[BINFLOAT[0]] = load_binfloat

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._line()
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_unescape_string(data)))
    dispatch[STRING[0]] = load_string

    def load_binstring(self):
        n = int.from_bytes(self._exact(4), "little", signed=True)
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._exact(n)))
    dispatch[BINSTRING[0]] = load_binstring

    def load_short_binstring(self):
        n = self._exact(1)[0]
        self.append(self._decode_string(self._exact(n)))
    dispatch[SHORT_BINSTRING[0]] = load_short_binstring

    def load_binbytes(self):
        n = int.from_bytes(self._exact(4), "little")
        self.append(self._exact(n))
    dispatch[BINBYTES[0]] = load_binbytes

    def load_short_binbytes(self):
        n = self._exact(1)[0]
        self.append(self._exact(n))
    dispatch[SHORT_BINBYTES[0]] = load_short_binbytes

    def load_binbytes8(self):
        n = int.from_bytes(self._exact(8), "little")
        self.append(self._exact(n))
    dispatch[BINBYTES8[0]] = load_binbytes8

    def load_bytearray8(self):
        n = int.from_bytes(self._exact(8), "little")
        self.append(bytearray(self._exact(n)))
    dispatch[BYTEARRAY8[0]] = load_bytearray8

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.append(buf)
    dispatch[NEXT_BUFFER[0]] = load_next_buffer

    def load_readonly_buffer(self):
        pass
    dispatch[READONLY_BUFFER[0]] = load_readonly_buffer

    def load_unicode(self):
        self.append(str(self._line(), 'raw-unicode-escape'))
    dispatch[UNICODE[0]] = load_unicode

    def load_binunicode(self):
        n = int.from_bytes(self._exact(4), "little")
        self.append(str(self._exact(n), 'utf-8', 'surrogatepass'))
    dispatch[BINUNICODE[0]] = load_binunicode

    def load_binunicode8(self):
        n = int.from_bytes(self._exact(8), "little")
        self.append(str(self._exact(n), 'utf-8', 'surrogatepass'))
    dispatch[BINUNICODE8[0]] = load_binunicode8

    def load_short_binunicode(self):
        n = self._exact(1)[0]
        self.append(str(self._exact(n), 'utf-8', 'surrogatepass'))
    dispatch[SHORT_BINUNICODE[0]] = load_short_binunicode

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))
    dispatch[TUPLE[0]] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    dispatch[EMPTY_TUPLE[0]] = load_empty_tuple

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)
    dispatch[TUPLE1[0]] = load_tuple1

    def load_tuple2(self):
        if len(self.stack) < 2:
            raise IndexError
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]
    dispatch[TUPLE2[0]] = load_tuple2

    def load_tuple3(self):
        if len(self.stack) < 3:
            raise IndexError
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]
    dispatch[TUPLE3[0]] = load_tuple3

    def load_empty_list(self):
        self.append([])
    dispatch[EMPTY_LIST[0]] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    dispatch[EMPTY_DICT[0]] = load_empty_dictionary

    def load_empty_set(self):
        self.append(set())
    dispatch[EMPTY_SET[0]] = load_empty_set

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))
    dispatch[FROZENSET[0]] = load_frozenset

    def load_list(self):
        items = self.pop_mark()
        self.append(items)
    dispatch[LIST[0]] = load_list

    def load_dict(self):
        items = self.pop_mark()
        self.append({items[i]: items[i + 1] for i in range(0, len(items) - 1, 2)})
    dispatch[DICT[0]] = load_dict

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)),
                                err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._line().decode("ascii")
        name = self._line().decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())
    dispatch[INST[0]] = load_inst

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)
    dispatch[OBJ[0]] = load_obj

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument must be a type, not %s"
                                  % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ args argument must be a tuple, not %s"
                                  % type(args).__name__)
        self.append(cls.__new__(cls, *args))
    dispatch[NEWOBJ[0]] = load_newobj

    def load_newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s"
                                  % type(cls).__name__)
        self.append(cls.__new__(cls, *args, **kwargs))
    dispatch[NEWOBJ_EX[0]] = load_newobj_ex

    def load_global(self):
        module = self._line().decode("utf-8")
        name = self._line().decode("utf-8")
        self.append(self.find_class(module, name))
    dispatch[GLOBAL[0]] = load_global

    def load_stack_global(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))
    dispatch[STACK_GLOBAL[0]] = load_stack_global

    def load_ext1(self):
        self.get_extension(self._exact(1)[0])
    dispatch[EXT1[0]] = load_ext1

    def load_ext2(self):
        self.get_extension(int.from_bytes(self._exact(2), "little"))
    dispatch[EXT2[0]] = load_ext2

    def load_ext4(self):
        self.get_extension(int.from_bytes(self._exact(4), "little", signed=True))
    dispatch[EXT4[0]] = load_ext4

    def get_extension(self, code):
        obj = _extension_cache.get(code, self)
        if obj is not self:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def find_class(self, module, name):
        """Import `module` and return its attribute `name` (dotted for protocol 4+)."""
        if self.proto < 3 and self.fix_imports:
            module, name = _py3_name(module, name)
        __import__(module, level=0)
        mod = sys.modules[module]
        try:
            if self.proto >= 4:
                return _getattribute(mod, name)[0]
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    def load_reduce(self):
        stack = self.stack
        args = stack.pop()
        func = stack[-1]
        if not isinstance(args, tuple):
            raise UnpicklingError("REDUCE expected a tuple of arguments")
        stack[-1] = func(*args)
    dispatch[REDUCE[0]] = load_reduce

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()
        else:
            raise IndexError
    dispatch[POP[0]] = load_pop

    def load_pop_mark(self):
        self.pop_mark()
    dispatch[POP_MARK[0]] = load_pop_mark

    def load_dup(self):
        self.append(self.stack[-1])
    dispatch[DUP[0]] = load_dup

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self._line()))
    dispatch[GET[0]] = load_get

    def load_binget(self):
        self._memo_get(self._exact(1)[0])
    dispatch[BINGET[0]] = load_binget

    def load_long_binget(self):
        self._memo_get(int.from_bytes(self._exact(4), "little"))
    dispatch[LONG_BINGET[0]] = load_long_binget

    def load_put(self):
        i = int(self._line())
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self.stack[-1]
    dispatch[PUT[0]] = load_put

    def load_binput(self):
        self.memo[self._exact(1)[0]] = self.stack[-1]
    dispatch[BINPUT[0]] = load_binput

    def load_long_binput(self):
        self.memo[int.from_bytes(self._exact(4), "little")] = self.stack[-1]
    dispatch[LONG_BINPUT[0]] = load_long_binput

    def load_memoize(self):
        self.memo[len(self.memo)] = self.stack[-1]
    dispatch[MEMOIZE[0]] = load_memoize

    def load_append(self):
        value = self.stack.pop()
        self.stack[-1].append(value)
    dispatch[APPEND[0]] = load_append

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self.stack[-1]
        if isinstance(list_obj, list):
            list_obj.extend(items)
            return
        extend = getattr(list_obj, 'extend', None)
        if extend is not None:
            extend(items)
            return
        for item in items:
            list_obj.append(item)
    dispatch[APPENDS[0]] = load_appends

    def load_setitem(self):
        stack = self.stack
        value = stack.pop()
        key = stack.pop()
        stack[-1][key] = value
    dispatch[SETITEM[0]] = load_setitem

    def load_setitems(self):
        items = self.pop_mark()
        d = self.stack[-1]
        for i in range(0, len(items) - 1, 2):
            d[items[i]] = items[i + 1]
    dispatch[SETITEMS[0]] = load_setitems

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self.stack[-1]
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            for item in items:
                set_obj.add(item)
    dispatch[ADDITEMS[0]] = load_additems

    def load_build(self):
        stack = self.stack
        state = stack.pop()
        inst = stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None and not _default_setstate(inst):
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[sys.intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)
    dispatch[BUILD[0]] = load_build

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append
    dispatch[MARK[0]] = load_mark

    def load_stop(self):
        value = self.stack.pop()
        raise _Stop(value)
    dispatch[STOP[0]] = load_stop


def _default_setstate(inst):
    return not _defines(type(inst), '__setstate__')


class _Truncated(Exception):
    pass


def _unescape_string(data):
    return data.decode("ascii").encode("latin1").decode("unicode_escape").encode("latin1")


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickle of `obj` to the open binary file `file`."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickle of `obj` as a bytes object."""
    f = _BytesWriter()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    res = f.getvalue()
    assert isinstance(res, bytes)
    return res


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read a pickle from the open binary file `file` and return the object."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Rebuild the object pickled in the bytes `data`."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    file = _BytesReader(data)
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()
