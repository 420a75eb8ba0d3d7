"""Disassembler of gilpy's bytecode, which follows CPython 3.10's wordcode: listings (from the
native _dis), code_info/show_code, and instructions as objects (get_instructions, Bytecode)."""

import sys
import collections
from _dis import (opname, opmap, cmp_op, HAVE_ARGUMENT, hasconst, hasname,
                  haslocal, hasfree, hasjrel, hasjabs, hascompare)
import _dis

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode",
           "opname", "opmap", "cmp_op", "HAVE_ARGUMENT", "hasconst", "hasname",
           "haslocal", "hasfree", "hasjrel", "hasjabs", "hascompare"]

EXTENDED_ARG = opmap["EXTENDED_ARG"]
FORMAT_VALUE = opmap.get("FORMAT_VALUE")
MAKE_FUNCTION = opmap.get("MAKE_FUNCTION")
FORMAT_VALUE_CONVERTERS = (
    (None, ''),
    (str, 'str'),
    (repr, 'repr'),
    (ascii, 'ascii'),
)
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}


def dis(x=None, *, file=None, depth=None):
    """Print the listing of a function, method, class, module, code object or source."""
    if x is None:
        distb(file=file)
        return
    _dis.dis(x, file=file)


def disassemble(co, lasti=-1, *, file=None):
    _dis.dis(co, file=file)


disco = disassemble


def distb(tb=None, *, file=None):
    """The listing of the code where the last traceback (or tb) ended."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


def pretty_flags(flags):
    """The names of the flags set in a code object's co_flags."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def _get_code_object(x):
    """The code object of a method, function, generator, code object or source string."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    if isinstance(x, str):
        x = compile(x, "<disassembly>", "exec")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def code_info(x):
    """A formatted multi-line description of the code object behind x."""
    co = _get_code_object(x)
    lines = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    sections = (
        ("Constants:", co.co_consts, "%4d: %r"),
        ("Names:", co.co_names, "%4d: %s"),
        ("Variable names:", co.co_varnames, "%4d: %s"),
        ("Free variables:", co.co_freevars, "%4d: %s"),
        ("Cell variables:", co.co_cellvars, "%4d: %s"),
    )
    for title, items, fmt in sections:
        if items:
            lines.append(title)
            for pair in enumerate(items):
                lines.append(fmt % pair)
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print code_info(co)."""
    print(code_info(co), file=file)


Instruction = collections.namedtuple(
    "Instruction",
    "opname opcode arg argval argrepr offset starts_line is_jump_target")


def _unpack_opargs(code):
    extended_arg = 0
    for i in range(0, len(code), 2):
        op = code[i]
        if op >= HAVE_ARGUMENT:
            arg = code[i + 1] | extended_arg
            extended_arg = (arg << 8) if op == EXTENDED_ARG else 0
        else:
            arg = None
            extended_arg = 0
        yield (i, op, arg)


def findlabels(code):
    """The offsets that are jump targets in the raw bytecode."""
    labels = []
    for offset, op, arg in _unpack_opargs(code):
        if arg is None:
            continue
        if op in hasjrel:
            label = offset + 2 + arg * 2
        elif op in hasjabs:
            label = arg * 2
        else:
            continue
        if label not in labels:
            labels.append(label)
    return labels


def findlinestarts(code):
    """(offset, lineno) for each offset where a new source line starts."""
    lastline = None
    for start, end, line in code.co_lines():
        if line is not None and line != lastline:
            lastline = line
            yield start, line


def _arg_info(co, op, arg, offset):
    cells = co.co_cellvars + co.co_freevars
    if op in hasconst:
        argval = co.co_consts[arg]
        return argval, repr(argval)
    if op in hasname:
        argval = co.co_names[arg]
        return argval, argval
    if op in hasjrel:
        argval = offset + 2 + arg * 2
        return argval, "to " + repr(argval)
    if op in hasjabs:
        argval = arg * 2
        return argval, "to " + repr(argval)
    if op in haslocal:
        argval = co.co_varnames[arg]
        return argval, argval
    if op in hascompare:
        argval = cmp_op[arg]
        return argval, argval
    if op in hasfree:
        argval = cells[arg]
        return argval, argval
    if op == FORMAT_VALUE:
        argval = (FORMAT_VALUE_CONVERTERS[arg & 0x3][0], bool(arg & 0x4))
        argrepr = FORMAT_VALUE_CONVERTERS[arg & 0x3][1]
        if argval[1]:
            argrepr = argrepr + ', with format' if argrepr else 'with format'
        return argval, argrepr
    if op == MAKE_FUNCTION:
        argrepr = ', '.join(s for i, s in enumerate(MAKE_FUNCTION_FLAGS) if arg & (1 << i))
        return arg, argrepr
    return arg, ''


def _get_instructions(co, first_line=None):
    labels = findlabels(co.co_code)
    starts = dict(findlinestarts(co))
    line_offset = 0 if first_line is None else first_line - co.co_firstlineno
    for offset, op, arg in _unpack_opargs(co.co_code):
        starts_line = starts.get(offset)
        if starts_line is not None:
            starts_line += line_offset
        if arg is None:
            argval, argrepr = None, ''
        else:
            argval, argrepr = _arg_info(co, op, arg, offset)
        yield Instruction(opname[op], op, arg, argval, argrepr, offset,
                          starts_line, offset in labels)


def get_instructions(x, *, first_line=None):
    """An iterator of the Instructions of a function, method, code object or source."""
    return _get_instructions(_get_code_object(x), first_line)


class Bytecode:
    """The instructions of a piece of code, iterable, with info() and dis()."""

    def __init__(self, x, *, first_line=None, current_offset=None):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset

    def __iter__(self):
        return _get_instructions(self.codeobj, self.first_line)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        return code_info(self.codeobj)

    def dis(self):
        import io
        out = io.StringIO()
        _dis.dis(self.codeobj, file=out)
        return out.getvalue()
