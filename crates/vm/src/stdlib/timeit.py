"""Timing small pieces of code: gilpy's counterpart of timeit. The statement runs in a loop
inside a function compiled for it, with the collector disabled while it is timed. The
command-line interface (`python -m timeit`) is not provided."""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals


def _reindent(src, indent):
    """`src` with every line after the first indented by `indent` spaces."""
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Times `stmt` after running `setup` (each a string of code or a callable)."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        extra_params = ""
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")
            setup_code = _reindent(setup, 4)
            stmtprefix = setup + "\n"
        elif callable(setup):
            local_ns["_setup"] = setup
            extra_params += ", _setup=_setup"
            setup_code = "_setup()"
            stmtprefix = ""
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(stmtprefix + stmt, dummy_src_name, "exec")
            stmt_code = _reindent(stmt, 8)
        elif callable(stmt):
            local_ns["_stmt"] = stmt
            extra_params += ", _stmt=_stmt"
            stmt_code = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        source = ("def inner(_it, _timer%s):\n"
                  "    %s\n"
                  "    _t0 = _timer()\n"
                  "    for _i in _it:\n"
                  "        %s\n"
                  "        pass\n"
                  "    _t1 = _timer()\n"
                  "    return _t1 - _t0\n") % (extra_params, setup_code, stmt_code)
        self.src = source
        code = compile(source, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled."""
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken by `number` runs of the statement (setup run once before)."""
        it = itertools.repeat(None, number)
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self.inner(it, self.timer)
        finally:
            if was_enabled:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """`timeit(number)` `repeat` times, as a list."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """The first number of runs in 1, 2, 5, 10, 20, 50, ... taking at least 0.2 s, and
        the time they took."""
        scale = 1
        while True:
            for factor in (1, 2, 5):
                number = scale * factor
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return number, taken
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number,
           globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


def main(args=None, *, _wrap_timer=None):
    raise NotImplementedError("timeit.main: the command-line interface is not provided by "
                              "gilpy (use timeit.timeit or timeit.Timer)")


if __name__ == "__main__":
    sys.exit(main())
