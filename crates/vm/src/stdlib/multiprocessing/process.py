"""Process objects: BaseProcess (start, join, is_alive, terminate, ...), current_process and
parent_process. Counterpart of CPython's Lib/multiprocessing/process.py, written for gilpy."""

import os
import sys
from . import util

__all__ = ['BaseProcess', 'current_process', 'active_children', 'parent_process']


def current_process():
    """The Process object of this process."""
    return _current_process


def active_children():
    """The children of this process that are still running."""
    _cleanup()
    return list(_children)


def parent_process():
    """The Process object of the parent, or None in the main process."""
    return _parent_process


def _cleanup():
    for p in list(_children):
        if p._popen.poll() is not None:
            _children.discard(p)


class BaseProcess:
    """A unit of work run in a separate process."""

    def _Popen(self):
        raise NotImplementedError

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_process_counter)
        self._identity = _current_process._identity + (count,)
        self._config = _current_process._config.copy()
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        """The work of the process: call the target with the arguments."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        """Start the child process."""
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), 'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), 'daemonic processes are not allowed to have children'
        _cleanup()
        self._popen = self._Popen(self)
        self._sentinel = self._popen.sentinel
        del self._target, self._args, self._kwargs
        _children.add(self)

    def terminate(self):
        """Send SIGTERM to the child."""
        self._check_closed()
        self._popen.terminate()

    def kill(self):
        """Send SIGKILL to the child."""
        self._check_closed()
        self._popen.kill()

    def join(self, timeout=None):
        """Wait until the child ends (at most `timeout` seconds)."""
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        res = self._popen.wait(timeout)
        if res is not None:
            _children.discard(self)

    def is_alive(self):
        """Whether the child is running."""
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._popen is None:
            return False
        returncode = self._popen.poll()
        if returncode is None:
            return True
        _children.discard(self)
        return False

    def close(self):
        """Release the resources of a finished process."""
        if self._popen is not None:
            if self._popen.poll() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._popen.close()
            self._popen = None
            del self._sentinel
            _children.discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def authkey(self):
        return self._config['authkey']

    @authkey.setter
    def authkey(self, authkey):
        self._config['authkey'] = AuthenticationString(authkey)

    @property
    def exitcode(self):
        """The exit code, or -N for a child ended by signal N; None while it runs."""
        self._check_closed()
        if self._popen is None:
            return self._popen
        return self._popen.poll()

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._popen and self._popen.pid

    pid = ident

    @property
    def sentinel(self):
        self._check_closed()
        try:
            return self._sentinel
        except AttributeError:
            raise ValueError("process not started") from None

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._popen.poll()
            status = 'started' if exitcode is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen.pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            exitcode = _exitcode_to_name.get(exitcode, exitcode)
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self, parent_sentinel=None):
        """Run in the child: become the current process, run, and return the exit code."""
        global _current_process, _parent_process, _process_counter, _children
        try:
            _children = set()
            _process_counter = _count(1)
            _current_process = self
            _parent_process = _ParentProcess(self._parent_name, self._parent_pid, parent_sentinel)
            try:
                self.run()
                exitcode = 0
            finally:
                util._exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except BaseException as exc:
            exitcode = 1
            import _thread
            sys.stderr.write('Process %s:\n' % self.name)
            sys.stderr.write(_thread._format_exception(exc))
        finally:
            _flush_std_streams()
        return exitcode


def _flush_std_streams():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, ValueError):
            pass


class AuthenticationString(bytes):
    def __reduce__(self):
        return AuthenticationString, (bytes(self),)


class _ParentProcess(BaseProcess):
    """The parent, as seen from a child."""

    def __init__(self, name, pid, sentinel):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._sentinel = sentinel
        self._config = {}

    def is_alive(self):
        from .connection import wait
        return not wait([self._sentinel], timeout=0)

    @property
    def ident(self):
        return self._pid

    def join(self, timeout=None):
        from .connection import wait
        wait([self._sentinel], timeout=timeout)

    pid = ident


class _MainProcess(BaseProcess):
    """The process the program started in."""

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {'authkey': AuthenticationString(os.urandom(32)),
                        'semprefix': '/mp'}


def _count(n):
    """itertools.count without importing itertools (a child starts faster without it)."""
    while True:
        yield n
        n += 1


_parent_process = None
_current_process = _MainProcess()
_process_counter = _count(1)
_children = set()
del _MainProcess

_exitcode_to_name = {-15: '-SIGTERM', -9: '-SIGKILL', -2: '-SIGINT', -6: '-SIGABRT', -11: '-SIGSEGV',
                     -1: '-SIGHUP'}
