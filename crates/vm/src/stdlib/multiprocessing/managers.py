"""Managers: a server process holding shared objects (lists, dicts, values, locks, queues,
namespaces, ...) and proxies that call their methods from any process. Counterpart of
CPython's Lib/multiprocessing/managers.py, written for gilpy.

The server listens on a Unix socket in a private temporary directory (`_posixsubprocess.listen`)
and serves each connection in its own thread, so a call that blocks (a queue's get, a lock's
acquire) blocks only its caller. Each thread of each client process opens its own connection
by the server's address, so proxies pickle anywhere (to a child's arguments, through a queue),
as CPython's do. A request is (object id, method name, args, kwargs); the reply is
('#RETURN', value) or ('#ERROR', exception).

Not provided (as CPython has them): authentication keys (the socket's directory is private to
the user instead), TCP addresses and `connect()` to a remote manager, the serializers other
than pickle, freeing an object when its last proxy goes (objects live until shutdown), and
`Pool` through a manager.
"""

import os
import sys
import threading
import queue
import _posixsubprocess
from . import connection, util
from .context import ProcessError

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token', 'Namespace']

INITIAL, STARTED, SHUTDOWN = 'initial', 'started', 'shutdown'


class Token:
    """The address of a shared object: its type id, its server, and its id there."""

    def __init__(self, typeid, address, id):
        self.typeid, self.address, self.id = typeid, address, id

    def __getstate__(self):
        return (self.typeid, self.address, self.id)

    def __setstate__(self, state):
        self.typeid, self.address, self.id = state

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%r)' % (type(self).__name__, self.typeid,
                                                     self.address, self.id)


class RemoteError(Exception):
    def __str__(self):
        return '\n' + '-' * 75 + '\n' + str(self.args[0]) + '-' * 75


def public_methods(obj):
    """The names of `obj`'s callable attributes that do not start with '_'."""
    return [name for name in dir(obj)
            if name[0] != '_' and callable(getattr(obj, name, None))]


# -- the server --

class Server:
    """The manager's server process: the shared objects and the threads that serve them."""

    def __init__(self, registry, address):
        self.registry = registry
        self.address = address
        self.id_to_obj = {}
        self.id_to_exposed = {}
        self.next_id = 1
        self.mutex = threading.Lock()

    def serve_forever(self, listener):
        while True:
            conn = connection.Connection(_posixsubprocess.accept(listener))
            threading.Thread(target=self.serve_client, args=(conn,), daemon=True).start()

    def serve_client(self, conn):
        while True:
            try:
                ident, method, args, kwds = conn.recv()
            except (EOFError, OSError):
                conn.close()
                return
            try:
                msg = ('#RETURN', self.call(ident, method, args, kwds))
            except Exception as e:
                msg = ('#ERROR', e)
            try:
                conn.send(msg)
            except Exception as e:
                conn.send(('#ERROR', RemoteError('could not send the result of %s(): %r'
                                                 % (method, e))))
            if ident is None and method == 'shutdown':
                self.stop()

    def call(self, ident, method, args, kwds):
        if ident is None:
            if method not in ('create', 'shutdown', 'dummy'):
                raise ValueError('unknown manager request %r' % method)
            return getattr(self, method)(*args, **kwds)
        obj = self.id_to_obj[ident]
        if method == '#GETVALUE':
            return obj
        if method in ('__repr__', '__str__'):
            return repr(obj) if method == '__repr__' else str(obj)
        exposed = self.id_to_exposed[ident]
        if method not in exposed:
            raise AttributeError('method %r of %r object is not in exposed=%r'
                                 % (method, type(obj), exposed))
        result = getattr(obj, method)(*args, **kwds)
        if type(result) in _DICT_VIEWS:
            return list(result)
        return result

    def create(self, typeid, *args, **kwds):
        """Make a new shared object of type `typeid`; its id and exposed methods."""
        callable, exposed = self.registry[typeid][:2]
        obj = callable(*args, **kwds)
        if exposed is None:
            exposed = public_methods(obj)
        with self.mutex:
            ident = self.next_id
            self.next_id += 1
            self.id_to_obj[ident] = obj
            self.id_to_exposed[ident] = tuple(exposed)
        return ident, tuple(exposed)

    def dummy(self):
        pass

    def shutdown(self):
        pass

    def stop(self):
        try:
            os.unlink(self.address)
        except OSError:
            pass
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


_DICT_VIEWS = (type({}.keys()), type({}.values()), type({}.items()))


def _run_server(registry, address, writer, initializer, initargs):
    """The entry point of the server process (which ignores Ctrl-C, as CPython's does: the
    parent decides when it stops)."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer(*initargs)
    server = Server(registry, address)
    listener = _posixsubprocess.listen(address)
    writer.send(address)
    writer.close()
    server.serve_forever(listener)


# -- the client side --

_connections = {}


def _connection(address):
    """This thread's connection to the server at `address`."""
    key = (address, threading.get_ident())
    conn = _connections.get(key)
    if conn is None:
        conn = connection.Connection(_posixsubprocess.connect(address))
        _connections[key] = conn
    return conn


def dispatch(address, ident, method, args=(), kwds={}):
    """Call `method` of object `ident` (None: the server itself) and return its result."""
    conn = _connection(address)
    conn.send((ident, method, args, kwds))
    kind, result = conn.recv()
    if kind == '#RETURN':
        return result
    raise result


class BaseManager:
    """Starts a server process holding objects of the registered types; `manager.<typeid>(...)`
    makes one there and returns a proxy for it."""

    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *,
                 shutdown_timeout=1.0):
        if address is not None:
            raise NotImplementedError("gilpy's managers choose their own address (a Unix "
                                      "socket); remote managers are not provided")
        if serializer != 'pickle':
            raise NotImplementedError("gilpy's managers use the 'pickle' serializer only")
        if ctx is None:
            from .context import _default_context
            ctx = _default_context.get_context()
        self._ctx = ctx
        self._address = None
        self._process = None
        self._dir = None
        self._state = INITIAL
        self._shutdown_timeout = shutdown_timeout

    @property
    def address(self):
        return self._address

    def start(self, initializer=None, initargs=()):
        """Start the server process."""
        if self._state != INITIAL:
            if self._state == STARTED:
                raise ProcessError("Already started server")
            raise ProcessError("Manager has shut down")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._dir = os.path.join(os.environ.get('TMPDIR', '/tmp'),
                                 'gilpy-manager-' + os.urandom(6).hex())
        os.mkdir(self._dir, 0o700)
        address = os.path.join(self._dir, 'listener')
        reader, writer = connection.Pipe(duplex=False)
        self._process = self._ctx.Process(
            target=_run_server, args=({typeid: entry[:2] for typeid, entry in
                                       self._registry.items()},
                                      address, writer, initializer, initargs))
        self._process.name = type(self).__name__ + '-' + self._process.name.split('-', 1)[1]
        self._process.start()
        writer.close()
        try:
            self._address = reader.recv()
        except EOFError:
            self._process.join()
            self._remove_dir()
            raise ProcessError('the manager process exited before it was ready') from None
        finally:
            reader.close()
        self._state = STARTED
        util.register_finalizer(self.shutdown)

    def _create(self, typeid, *args, **kwds):
        if self._state != STARTED:
            raise ProcessError("Manager has not been started" if self._state == INITIAL
                               else "Manager has shut down")
        ident, exposed = dispatch(self._address, None, 'create', (typeid,) + args, kwds)
        return Token(typeid, self._address, ident), exposed

    def join(self, timeout=None):
        if self._process is not None:
            self._process.join(timeout)

    def shutdown(self):
        """Stop the server process (every proxy of its objects stops working)."""
        if self._state != STARTED:
            return
        self._state = SHUTDOWN
        try:
            dispatch(self._address, None, 'shutdown')
        except (OSError, EOFError):
            pass
        self._process.join(self._shutdown_timeout)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()
        self._remove_dir()

    def _remove_dir(self):
        try:
            os.unlink(os.path.join(self._dir, 'listener'))
        except OSError:
            pass
        try:
            os.rmdir(self._dir)
        except OSError:
            pass

    def __enter__(self):
        if self._state == INITIAL:
            self.start()
        if self._state != STARTED:
            raise ProcessError("Unable to start server")
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        """Register a type (made by `callable` in the server) and the proxy type for it."""
        if method_to_typeid:
            raise NotImplementedError("gilpy's managers do not support method_to_typeid")
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is None:
            proxytype = AutoProxy
        exposed = exposed or getattr(proxytype, '_exposed_', None)
        cls._registry[typeid] = (callable, exposed, proxytype)
        if create_method:
            def temp(self, *args, **kwds):
                token, exp = self._create(typeid, *args, **kwds)
                return _make_proxy(proxytype, token, exp)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)


def _make_proxy(proxytype, token, exposed):
    if proxytype is AutoProxy:
        proxytype = _auto_proxy_type(token.typeid, exposed)
    return proxytype(token, exposed=exposed)


class BaseProxy:
    """A stand-in for an object in a manager's server: method calls travel to the server."""

    _auto = False

    def __init__(self, token, serializer='pickle', manager=None, authkey=None, exposed=None,
                 incref=True, manager_owned=False):
        self._token = token
        self._exposed = exposed

    def _callmethod(self, methodname, args=(), kwds={}):
        """Call `methodname` on the referent in the server and return the result."""
        return dispatch(self._token.address, self._token.id, methodname, args, kwds)

    def _getvalue(self):
        """A copy of the referent."""
        return self._callmethod('#GETVALUE')

    def __reduce__(self):
        proxytype = AutoProxy if type(self)._auto else type(self)
        return _rebuild_proxy, (proxytype, self._token, self._exposed)

    def __deepcopy__(self, memo):
        return self._getvalue()

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._token.typeid,
                                                  id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def _rebuild_proxy(proxytype, token, exposed):
    return _make_proxy(proxytype, token, exposed)


def _method(name):
    def call(self, *args, **kwds):
        return self._callmethod(name, args, kwds)
    call.__name__ = name
    return call


def MakeProxyType(name, exposed):
    """A proxy type whose methods `exposed` call the referent's."""
    dic = {'_exposed_': tuple(exposed)}
    for meth in exposed:
        dic[meth] = _method(meth)
    return type(name, (BaseProxy,), dic)


class AutoProxy(BaseProxy):
    """Placeholder proxy type: the real one exposes the referent's public methods."""


_auto_proxy_types = {}


def _auto_proxy_type(typeid, exposed):
    key = (typeid, tuple(exposed))
    if key not in _auto_proxy_types:
        proxytype = MakeProxyType('AutoProxy[%s]' % typeid, exposed)
        proxytype._auto = True
        _auto_proxy_types[key] = proxytype
    return _auto_proxy_types[key]


# -- the types SyncManager serves --

class Namespace:
    """A bag of attributes, shown as Namespace(a=1, b=2)."""

    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = [(name, value) for name, value in self.__dict__.items()
                 if not name.startswith('_')]
        items.sort()
        return '%s(%s)' % (type(self).__name__,
                           ', '.join('%s=%r' % item for item in items))


class Value:
    """The managed object behind manager.Value(typecode, value)."""

    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


class _Array:
    """The managed object behind manager.Array(typecode, sequence): a list shown as
    array.array shows itself."""

    def __init__(self, typecode, sequence, lock=True):
        self._typecode = typecode
        self._items = list(sequence)

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return _Array(self._typecode, self._items[i])
        return self._items[i]

    def __setitem__(self, i, value):
        self._items[i] = value

    def __repr__(self):
        return 'array(%r, %r)' % (self._typecode, self._items)


def Array(typecode, sequence, lock=True):
    return _Array(typecode, sequence, lock)


_LIST_METHODS = ('__add__', '__contains__', '__delitem__', '__getitem__', '__len__',
                 '__mul__', '__reversed__', '__rmul__', '__setitem__', 'append', 'count',
                 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort', '__imul__')


class BaseListProxy(MakeProxyType('BaseListProxy', _LIST_METHODS)):
    def __iter__(self):
        return iter(self._callmethod('__getitem__', (slice(None),)))


class ListProxy(BaseListProxy):
    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self


class DictProxy(MakeProxyType('DictProxy', (
        '__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__', 'clear',
        'copy', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'))):
    def __iter__(self):
        return iter(self._callmethod('keys'))


ArrayProxy = MakeProxyType('ArrayProxy', ('__len__', '__getitem__', '__setitem__'))


class NamespaceProxy(BaseProxy):
    _exposed_ = ('__getattribute__', '__setattr__', '__delattr__')

    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        return object.__getattribute__(self, '_callmethod')('__getattribute__', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        return object.__getattribute__(self, '_callmethod')('__setattr__', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        return object.__getattribute__(self, '_callmethod')('__delattr__', (key,))


class ValueProxy(BaseProxy):
    _exposed_ = ('get', 'set')

    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)


class AcquirerProxy(BaseProxy):
    _exposed_ = ('acquire', 'release')

    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callmethod('acquire', args)

    def release(self):
        return self._callmethod('release')

    def __enter__(self):
        return self._callmethod('acquire')

    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callmethod('release')


class ConditionProxy(AcquirerProxy):
    _exposed_ = ('acquire', 'release', 'wait', 'notify', 'notify_all')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def notify(self, n=1):
        return self._callmethod('notify', (n,))

    def notify_all(self):
        return self._callmethod('notify_all')


class EventProxy(BaseProxy):
    _exposed_ = ('is_set', 'set', 'clear', 'wait')

    def is_set(self):
        return self._callmethod('is_set')

    def set(self):
        return self._callmethod('set')

    def clear(self):
        return self._callmethod('clear')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))


class BarrierProxy(BaseProxy):
    _exposed_ = ('__getattribute__', 'wait', 'abort', 'reset')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def abort(self):
        return self._callmethod('abort')

    def reset(self):
        return self._callmethod('reset')

    @property
    def parties(self):
        return self._callmethod('__getattribute__', ('parties',))

    @property
    def n_waiting(self):
        return self._callmethod('__getattribute__', ('n_waiting',))

    @property
    def broken(self):
        return self._callmethod('__getattribute__', ('broken',))


def _Lock():
    return threading.Lock()


def _RLock():
    return threading.RLock()


def _Semaphore(value=1):
    return threading.Semaphore(value)


def _BoundedSemaphore(value=1):
    return threading.BoundedSemaphore(value)


def _Condition(lock=None):
    return threading.Condition(lock)


def _Event():
    return threading.Event()


def _Barrier(parties, action=None, timeout=None):
    return threading.Barrier(parties, action, timeout)


def _Queue(maxsize=0):
    return queue.Queue(maxsize)


class SyncManager(BaseManager):
    """The manager `multiprocessing.Manager()` starts: list, dict, Value, Array, Namespace,
    Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier, Queue,
    JoinableQueue."""


for _typeid, _callable, _proxytype in [
        ('Queue', _Queue, None), ('JoinableQueue', _Queue, None),
        ('Event', _Event, EventProxy), ('Lock', _Lock, AcquirerProxy),
        ('RLock', _RLock, AcquirerProxy), ('Semaphore', _Semaphore, AcquirerProxy),
        ('BoundedSemaphore', _BoundedSemaphore, AcquirerProxy),
        ('Condition', _Condition, ConditionProxy), ('Barrier', _Barrier, BarrierProxy),
        ('list', list, ListProxy), ('dict', dict, DictProxy), ('Value', Value, ValueProxy),
        ('Array', Array, ArrayProxy), ('Namespace', Namespace, NamespaceProxy)]:
    SyncManager.register(_typeid, _callable, _proxytype)
del _typeid, _callable, _proxytype
