# Start-up code of the gilpy command, run once before the program: the `sys.flags` struct
# sequence and, unless -S, the `exit`/`quit`/`copyright`/`credits`/`license` builtins that
# CPython's site module adds (Lib/site.py and Lib/_sitebuiltins.py).
import sys


class flags(tuple):
    """Flags set on the command line (a struct sequence, as sys.flags in CPython)."""

    __slots__ = ()

    def __repr__(self):
        text = 'sys.flags('
        for i in range(len(self)):
            text += (', ' if i else '') + _flag_names[i] + '=' + repr(self[i])
        return text + ')'


def _field(i):
    return property(lambda self: self[i])


for _i in range(len(_flag_names)):
    setattr(flags, _flag_names[_i], _field(_i))
flags.__module__ = 'sys'
flags.n_fields = flags.n_sequence_fields = len(_flag_names)
sys.flags = flags(_flag_values)


class Quitter:
    """`exit` and `quit`: calling one raises SystemExit; its repr says how to leave."""

    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return 'Use ' + self.name + '() or ' + self.eof + ' to exit'

    def __call__(self, code=None):
        raise SystemExit(code)


class _Printer:
    """`copyright`, `credits` and `license`: their repr is their text."""

    def __init__(self, name, text):
        self.__name = name
        self.__text = text

    def __repr__(self):
        return self.__text

    def __call__(self):
        print(self.__text)


def _install_builtins():
    import builtins
    builtins.exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
    builtins.quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
    builtins.copyright = _Printer('copyright', 'Copyright (c) the gilpy authors.\nPython is '
                                  'Copyright (c) 2001-2023 Python Software Foundation.')
    builtins.credits = _Printer('credits', 'gilpy: a Python 3.11 interpreter written in Rust.')
    builtins.license = _Printer('license', 'gilpy is distributed under the MIT license.')


if not sys.flags.no_site:
    _install_builtins()
