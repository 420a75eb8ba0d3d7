"""Signal numbers (plain ints; no Signals enum yet), sending signals, and Python-level handlers
(Linux numbering). Counterpart of CPython's Modules/signalmodule.c: handlers run in the main
thread at its next eval-breaker check; `alarm` is emulated by a timer thread (see _signal)."""

import os
import _signal
import _thread

SIG_DFL = 0
SIG_IGN = 1
NSIG = 65

_NUMBERS = {
    "SIGHUP": 1, "SIGINT": 2, "SIGQUIT": 3, "SIGILL": 4, "SIGTRAP": 5, "SIGABRT": 6,
    "SIGBUS": 7, "SIGFPE": 8, "SIGKILL": 9, "SIGUSR1": 10, "SIGSEGV": 11, "SIGUSR2": 12,
    "SIGPIPE": 13, "SIGALRM": 14, "SIGTERM": 15, "SIGCHLD": 17, "SIGCONT": 18, "SIGSTOP": 19,
    "SIGTSTP": 20, "SIGTTIN": 21, "SIGTTOU": 22, "SIGURG": 23, "SIGXCPU": 24, "SIGXFSZ": 25,
    "SIGVTALRM": 26, "SIGPROF": 27, "SIGWINCH": 28, "SIGIO": 29, "SIGPWR": 30, "SIGSYS": 31,
}
globals().update(_NUMBERS)
SIGIOT = SIGABRT
SIGPOLL = SIGIO

_DESCRIPTIONS = {1: "Hangup", 2: "Interrupt", 3: "Quit", 4: "Illegal instruction",
                 5: "Trace/breakpoint trap", 6: "Aborted", 7: "Bus error",
                 8: "Floating point exception", 9: "Killed", 10: "User defined signal 1",
                 11: "Segmentation fault", 12: "User defined signal 2", 13: "Broken pipe",
                 14: "Alarm clock", 15: "Terminated"}


def strsignal(signalnum):
    """A description of signal `signalnum`, or None."""
    return _DESCRIPTIONS.get(int(signalnum))


def valid_signals():
    return set(_NUMBERS.values())


def raise_signal(signalnum):
    """Send signal `signalnum` to this process."""
    os.kill(os.getpid(), signalnum)


def default_int_handler(signalnum, frame):
    raise KeyboardInterrupt


def getsignal(signalnum):
    return default_int_handler if signalnum == SIGINT else SIG_DFL


def signal(signalnum, handler):
    raise NotImplementedError("gilpy does not install Python signal handlers yet")


_handlers = {}
_MAIN = _thread.get_ident() if _thread.get_ident() == 1 else 1


def default_int_handler(signalnum, frame):
    """The default SIGINT handler: raise KeyboardInterrupt."""
    raise KeyboardInterrupt


_handlers[SIGINT] = default_int_handler


def _check(signalnum):
    signalnum = int(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return signalnum


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


def alarm(seconds):
    """Deliver SIGALRM after `seconds` seconds (0 cancels); the seconds left on the previous alarm."""
    return _signal._alarm(seconds)
