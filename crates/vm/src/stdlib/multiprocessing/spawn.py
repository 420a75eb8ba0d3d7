"""The spawn start method: the parent runs the gilpy binary again, and the child rebuilds the
main module as `__mp_main__` and its Process object from pickles sent over its stdin socket.
Counterpart of CPython's Lib/multiprocessing/spawn.py and popen_spawn_posix.py, written for
gilpy.

The child's stdin is one end of a Unix socket pair (see `_posixsubprocess`): the parent
sends an 8-byte length with the descriptors the pickles refer to, then the pickles. The
parent's end stays open as the process's sentinel: it reads as closed when the child ends.
"""

import os
import sys
import _posixsubprocess
from . import process, reduction

__all__ = ['spawn_main', 'get_command_line', 'get_preparation_data', 'prepare', 'Popen']

_SIGTERM = 15
_SIGKILL = 9
_current_popen = None
_inherited_fds = []


def current_popen():
    """The Popen whose process object is being pickled, or None."""
    return _current_popen


def inherited_fd(index):
    """In a child: its copy of the `index`-th descriptor the parent sent."""
    return _inherited_fds[index]


def get_executable():
    return sys.executable


def get_command_line():
    """The child's command line: the interpreter running spawn_main."""
    return [get_executable(), '-c',
            'from multiprocessing.spawn import spawn_main; spawn_main()']


def get_preparation_data(name):
    """What the child needs before unpickling the process object."""
    d = dict(log_to_stderr=False, authkey=bytes(process.current_process().authkey))
    d['name'] = name
    d['sys_path'] = list(sys.path)
    d['sys_argv'] = list(sys.argv)
    d['orig_dir'] = os.getcwd()
    main_module = sys.modules.get('__main__')
    main_path = getattr(main_module, '__file__', None)
    if main_path is not None and not main_path.startswith('<'):
        if not os.path.isabs(main_path):
            main_path = os.path.join(os.getcwd(), main_path)
        d['init_main_from_path'] = os.path.normpath(main_path)
    return d


def prepare(data):
    """In the child: apply the preparation data from the parent."""
    if 'name' in data:
        process.current_process().name = data['name']
    if 'authkey' in data:
        process.current_process().authkey = data['authkey']
    if 'sys_path' in data:
        sys.path[:] = data['sys_path']
    if 'sys_argv' in data:
        sys.argv[:] = data['sys_argv']
    if 'orig_dir' in data:
        os.chdir(data['orig_dir'])
    if 'init_main_from_path' in data:
        _fixup_main_from_path(data['init_main_from_path'])


def _fixup_main_from_path(main_path):
    """Run the parent's main script as `__mp_main__` (its `if __name__ == '__main__'` block
    does not run) and make it `__main__` too, so pickled `__main__.f` names resolve."""
    current_main = sys.modules['__main__']
    if getattr(current_main, '__file__', None) == main_path:
        return
    main_module = type(sys).__new__(type(sys))
    main_module.__name__ = '__mp_main__'
    main_module.__file__ = main_path
    main_module.__builtins__ = __builtins__
    sys.modules['__main__'] = sys.modules['__mp_main__'] = main_module
    exec(compile(_read_file(main_path), main_path, 'exec'), main_module.__dict__)


def _read_file(path):
    """The bytes of file `path`, read without `open` (which would import io in a child that
    otherwise does not need it)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        chunks = []
        while chunk := os.read(fd, 1 << 16):
            chunks.append(chunk)
        return b''.join(chunks)
    finally:
        os.close(fd)


def _read_exact(fd, n):
    chunks = []
    while n > 0:
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            raise EOFError("the parent closed the connection")
        chunks.append(chunk)
        n -= len(chunk)
    return b''.join(chunks)


def spawn_main():
    """The child's entry point (run by `gilpy -c`)."""
    global _inherited_fds
    sock = _posixsubprocess.adopt_stdin()
    header, fds = _posixsubprocess.recvfds(sock, 8)
    if len(header) < 8:
        header += _read_exact(sock, 8 - len(header))
    _inherited_fds = fds
    data = _read_exact(sock, int.from_bytes(header, 'big'))
    exitcode = _main(reduction.pickle._BytesReader(data), sock)
    sys.exit(exitcode)


def _main(fd, parent_sentinel):
    preparation_data = reduction.pickle.load(fd)
    prepare(preparation_data)
    self = reduction.pickle.load(fd)
    return self._bootstrap(parent_sentinel)


class Popen:
    """A child started by the spawn method (CPython's popen_spawn_posix.Popen)."""

    method = 'spawn'

    def __init__(self, process_obj):
        sys.stdout.flush()
        sys.stderr.flush()
        self.returncode = None
        self.finalizer = None
        self._fds = []
        self._launch(process_obj)

    def duplicate_for_child(self, fd):
        self._fds.append(fd)
        return len(self._fds) - 1

    def _launch(self, process_obj):
        global _current_popen
        prep_data = get_preparation_data(process_obj._name)
        fp = reduction.pickle._BytesWriter()
        _current_popen = self
        try:
            reduction.dump(prep_data, fp)
            reduction.dump(process_obj, fp)
        finally:
            _current_popen = None
        parent_sock, child_sock = _posixsubprocess.socketpair()
        try:
            self.pid = _posixsubprocess.spawn(get_command_line(), child_sock, -1, -1, None, None)
        except BaseException:
            os.close(parent_sock)
            raise
        finally:
            os.close(child_sock)
        self.sentinel = parent_sock
        data = fp.getvalue()
        try:
            _posixsubprocess.sendfds(parent_sock, len(data).to_bytes(8, 'big'), self._fds)
            view = data
            while view:
                view = view[os.write(parent_sock, view):]
        except OSError:
            pass
        self._fds = []

    def poll(self, flag=os.WNOHANG):
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, flag)
            except OSError:
                return None
            if pid == self.pid:
                self.returncode = os.waitstatus_to_exitcode(sts)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            from .connection import wait
            if timeout is None:
                while not wait([self.sentinel], 0.1):
                    pass
            elif not wait([self.sentinel], timeout):
                return None
            return self.poll(0)
        return self.returncode

    def _send_signal(self, sig):
        if self.returncode is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass
            except OSError:
                if self.wait(timeout=0.1) is None:
                    raise

    def terminate(self):
        self._send_signal(_SIGTERM)

    def kill(self):
        self._send_signal(_SIGKILL)

    def close(self):
        if self.sentinel is not None:
            os.close(self.sentinel)
            self.sentinel = None
