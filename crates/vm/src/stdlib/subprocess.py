"""Running child processes: Popen, run, call, check_call, check_output.

Counterpart of CPython's Lib/subprocess.py (the POSIX half, without fork-only options),
written for gilpy over the native `_posixsubprocess.spawn`. Waits release the GIL.
"""

import os
import sys
import time
import threading
import _posixsubprocess

__all__ = ["Popen", "PIPE", "STDOUT", "DEVNULL", "call", "check_call", "check_output", "run",
           "getstatusoutput", "getoutput", "CalledProcessError", "TimeoutExpired",
           "SubprocessError", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

# The codes _posixsubprocess.spawn takes for a child's standard stream.
_INHERIT = -1
_NULL = -2


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when a process run by check_call(), check_output() or run(check=True) returns a
    non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            return "Command '%s' died with signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """The timeout expired while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return ("Command '%s' timed out after %s seconds" % (self.cmd, self.timeout))

    @property
    def stdout(self):
        return self.output


class CompletedProcess:
    """The result of run(): args, returncode, stdout, stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


class _PipeFile:
    """The parent's end of a pipe to or from the child, as a file object."""

    def __init__(self, fd, mode, encoding=None, errors=None):
        self._fd = fd
        self.mode = mode
        self._text = encoding is not None
        self.encoding = encoding
        self.errors = errors or "strict"
        self.closed = False
        self._pending = b""

    def fileno(self):
        return self._fd

    def _raw_read_all(self):
        chunks = [self._pending]
        self._pending = b""
        while True:
            chunk = os.read(self._fd, 65536)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)

    def _decode(self, data):
        if not self._text:
            return data
        return data.decode(self.encoding, self.errors).replace("\r\n", "\n")

    def read(self, size=-1):
        if size is None or size < 0:
            return self._decode(self._raw_read_all())
        if not self._pending:
            self._pending = os.read(self._fd, max(size, 1))
        data, self._pending = self._pending[:size], self._pending[size:]
        return self._decode(data)

    def readline(self):
        while b"\n" not in self._pending:
            chunk = os.read(self._fd, 65536)
            if not chunk:
                break
            self._pending += chunk
        i = self._pending.find(b"\n")
        end = len(self._pending) if i < 0 else i + 1
        line, self._pending = self._pending[:end], self._pending[end:]
        return self._decode(line)

    def readlines(self):
        return list(self)

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def write(self, data):
        if self._text:
            data = data.encode(self.encoding, self.errors)
        view = bytes(data)
        while view:
            view = view[os.write(self._fd, view):]
        return len(data)

    def flush(self):
        pass

    def close(self):
        if not self.closed:
            self.closed = True
            os.close(self._fd)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def _text_encoding(text, universal_newlines, encoding, errors):
    if encoding or errors or text or universal_newlines:
        return encoding or "utf-8"
    return None


class Popen:
    """Run a child program in a new process."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        if preexec_fn is not None:
            raise NotImplementedError("gilpy's subprocess does not run preexec_fn")
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self._encoding = _text_encoding(text, universal_newlines, encoding, errors)
        self._errors = errors
        self.text_mode = self._encoding is not None
        if isinstance(args, (str, bytes)) or hasattr(args, "__fspath__"):
            args = [os.fsdecode(args)]
        else:
            args = [os.fsdecode(a) for a in args]
        if shell:
            args = ["/bin/sh", "-c"] + args
        if executable is not None:
            args[0] = os.fsdecode(executable)
        if env is not None:
            env = {os.fsdecode(k): os.fsdecode(v) for k, v in env.items()}
        to_close = []
        child_in = self._child_fd(stdin, to_close, "stdin", read=True)
        child_out = self._child_fd(stdout, to_close, "stdout", read=False)
        if stderr == STDOUT:
            child_err = child_out if child_out >= 0 else _INHERIT
        else:
            child_err = self._child_fd(stderr, to_close, "stderr", read=False)
        try:
            self.pid = _posixsubprocess.spawn(args, child_in, child_out, child_err, cwd, env)
        except OSError as e:
            for f in (self.stdin, self.stdout, self.stderr):
                if f is not None:
                    f.close()
            if e.errno is not None and e.filename is None:
                name = cwd if e.errno == 2 and cwd is not None and not os.path.isdir(cwd) \
                    else args[0]
                raise type(e)(e.errno, e.strerror, name) from None
            raise
        finally:
            for fd in to_close:
                os.close(fd)

    def _child_fd(self, spec, to_close, which, read):
        """The child's descriptor for stream `which`; makes the parent's end of a PIPE."""
        if spec is None:
            return _INHERIT
        if spec == DEVNULL:
            return _NULL
        if spec == PIPE:
            r, w = os.pipe()
            mine, theirs = (w, r) if read else (r, w)
            to_close.append(theirs)
            f = _PipeFile(mine, "wb" if read else "rb", self._encoding, self._errors)
            setattr(self, which, f)
            return theirs
        if isinstance(spec, int):
            return spec
        return spec.fileno()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr):
            if f is not None:
                f.close()
        try:
            if self.stdin is not None:
                self.stdin.close()
        finally:
            self.wait()

    def __repr__(self):
        return "<Popen: returncode: {} args: {!r}>".format(self.returncode, self.args)

    def _handle_status(self, sts):
        self.returncode = os.waitstatus_to_exitcode(sts)

    def poll(self):
        """The return code, or None while the child runs."""
        if self.returncode is None:
            pid, sts = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                self._handle_status(sts)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the child to end; returns the return code."""
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            pid, sts = os.waitpid(self.pid, 0)
            self._handle_status(sts)
            return self.returncode
        end = time.monotonic() + timeout
        delay = 0.0005
        while self.poll() is None:
            left = end - time.monotonic()
            if left <= 0:
                raise TimeoutExpired(self.args, timeout)
            delay = min(delay * 2, left, 0.05)
            time.sleep(delay)
        return self.returncode

    def communicate(self, input=None, timeout=None):
        """Send `input` to stdin, read stdout and stderr to the end, wait; returns
        (stdout_data, stderr_data)."""
        writer = None
        if self.stdin is not None:
            if input:
                writer = threading.Thread(target=self._feed_stdin, args=(input,), daemon=True)
                writer.start()
            else:
                self.stdin.close()
        end = None if timeout is None else time.monotonic() + timeout
        out, err = self._read_outputs(end, timeout)
        if writer is not None:
            writer.join()
        self.wait(None if end is None else max(0.0, end - time.monotonic()))
        return out, err

    def _feed_stdin(self, data):
        try:
            self.stdin.write(data)
        except BrokenPipeError:
            pass
        finally:
            try:
                self.stdin.close()
            except OSError:
                pass

    def _read_outputs(self, end, timeout):
        files = {f.fileno(): f for f in (self.stdout, self.stderr) if f is not None}
        chunks = {fd: [] for fd in files}
        while files:
            wait = None if end is None else end - time.monotonic()
            if wait is not None and wait <= 0:
                raise TimeoutExpired(self.args, timeout)
            for fd in _posixsubprocess.poll(list(files), wait):
                data = os.read(fd, 65536)
                if data:
                    chunks[fd].append(data)
                else:
                    files.pop(fd).close()
        results = []
        for f in (self.stdout, self.stderr):
            if f is None:
                results.append(None)
            else:
                results.append(f._decode(b"".join(chunks[f.fileno()])))
        return tuple(results)

    def send_signal(self, sig):
        if self.returncode is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


def call(*popenargs, timeout=None, **kwargs):
    """Run the command and return its return code."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run the command; CalledProcessError if it fails."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run the command and return its output; CalledProcessError if it fails."""
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        kwargs['input'] = '' if kwargs.get('universal_newlines') or kwargs.get('text') \
            or kwargs.get('encoding') or kwargs.get('errors') else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it, and return a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exitcode, output) of running `cmd` in the shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of running `cmd` in the shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
