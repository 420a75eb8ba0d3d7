"""Signal numbers, Python-level handlers, alarms and interval timers (Linux numbering).
Counterpart of CPython's Modules/signalmodule.c and Lib/signal.py: handlers run in the main thread,
at its next eval-breaker check or when a blocking wait there wakes (see _signal). Numbers and
handler constants are plain ints (no Signals/Handlers enums yet)."""

import _signal
import _thread
import os
from _signal import alarm, pause

SIG_DFL = 0
SIG_IGN = 1
NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2

_NUMBERS = {
    "SIGHUP": 1, "SIGINT": 2, "SIGQUIT": 3, "SIGILL": 4, "SIGTRAP": 5, "SIGABRT": 6,
    "SIGBUS": 7, "SIGFPE": 8, "SIGKILL": 9, "SIGUSR1": 10, "SIGSEGV": 11, "SIGUSR2": 12,
    "SIGPIPE": 13, "SIGALRM": 14, "SIGTERM": 15, "SIGSTKFLT": 16, "SIGCHLD": 17, "SIGCONT": 18,
    "SIGSTOP": 19, "SIGTSTP": 20, "SIGTTIN": 21, "SIGTTOU": 22, "SIGURG": 23, "SIGXCPU": 24,
    "SIGXFSZ": 25, "SIGVTALRM": 26, "SIGPROF": 27, "SIGWINCH": 28, "SIGIO": 29, "SIGPWR": 30,
    "SIGSYS": 31, "SIGRTMIN": 34, "SIGRTMAX": 64,
}
globals().update(_NUMBERS)
SIGIOT = SIGABRT
SIGPOLL = SIGIO

_DESCRIPTIONS = {1: "Hangup", 2: "Interrupt", 3: "Quit", 4: "Illegal instruction",
                 5: "Trace/breakpoint trap", 6: "Aborted", 7: "Bus error",
                 8: "Floating point exception", 9: "Killed", 10: "User defined signal 1",
                 11: "Segmentation fault", 12: "User defined signal 2", 13: "Broken pipe",
                 14: "Alarm clock", 15: "Terminated", 16: "Stack fault", 17: "Child exited",
                 18: "Continued", 19: "Stopped (signal)", 20: "Stopped", 21: "Stopped (tty input)",
                 22: "Stopped (tty output)", 23: "Urgent I/O condition",
                 24: "CPU time limit exceeded", 25: "File size limit exceeded",
                 26: "Virtual timer expired", 27: "Profiling timer expired",
                 28: "Window changed", 29: "I/O possible", 30: "Power failure",
                 31: "Bad system call"}


class ItimerError(OSError):
    """Raised by setitimer() and getitimer() for an invalid timer or time."""


ItimerError.__name__ = ItimerError.__qualname__ = "itimer_error"


def _check(signalnum):
    signalnum = signalnum.__index__()
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return signalnum


def strsignal(signalnum):
    """A description of signal `signalnum`, or None."""
    signalnum = _check(signalnum)
    if 34 <= signalnum <= 64:
        return f"Real-time signal {signalnum - 34}"
    return _DESCRIPTIONS.get(signalnum)


def valid_signals():
    """The signal numbers valid on this platform."""
    return {n for n in range(1, NSIG) if n not in (32, 33)}


def raise_signal(signalnum):
    """Send signal `signalnum` to this process; its handler has run when this returns."""
    if not 1 <= signalnum.__index__() < NSIG:
        raise OSError(22, "Invalid argument")
    os.kill(os.getpid(), signalnum)


def default_int_handler(signalnum, frame):
    """The default handler of SIGINT: raise KeyboardInterrupt."""
    raise KeyboardInterrupt


_handlers = {SIGINT: default_int_handler}
_MAIN = 1


def signal(signalnum, handler):
    """Set the handler of `signalnum`; return the previous one."""
    signalnum = _check(signalnum)
    if _thread.get_ident() != _MAIN:
        raise ValueError("signal only works in main thread of the main interpreter")
    if signalnum in (SIGKILL, SIGSTOP):
        raise OSError(22, "Invalid argument")
    if handler not in (SIG_DFL, SIG_IGN) and not callable(handler):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    old = getsignal(signalnum)
    _handlers[signalnum] = handler
    if handler is not SIG_DFL:
        _signal._watch(signalnum)
    return old


def getsignal(signalnum):
    """The current handler of `signalnum`."""
    return _handlers.get(_check(signalnum), SIG_DFL)


def _real_timer(which):
    which = which.__index__()
    if which in (ITIMER_VIRTUAL, ITIMER_PROF):
        raise NotImplementedError("gilpy has only ITIMER_REAL (no CPU-time timers)")
    if which != ITIMER_REAL:
        raise ItimerError(22, "Invalid argument")


def setitimer(which, seconds, interval=0.0):
    """Arm timer `which` to send SIGALRM after `seconds`, then every `interval` seconds
    (0 disarms it); the old (delay, interval)."""
    _real_timer(which)
    if seconds < 0 or interval < 0:
        raise ItimerError(22, "Invalid argument")
    return _signal._setitimer(seconds, interval)


def getitimer(which):
    """The (delay, interval) left on timer `which`."""
    _real_timer(which)
    return _signal._getitimer()
