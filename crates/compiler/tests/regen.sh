#!/bin/sh
# Regenerate the golden files of the compiler tests from the CPython oracles:
#   tests/dis/NAME.dis       CPython 3.10's dis.dis(compile(src, '<dis>', 'exec')),
#                            code object addresses replaced by 0x0
#   tests/dis/NAME.ast.json  CPython 3.11's AST of NAME.py (see ast_json.py)
#   tests/stack_effect.txt   CPython 3.10's dis.stack_effect for every opcode
# Run from anywhere: sh crates/compiler/tests/regen.sh
set -e
here=$(cd "$(dirname "$0")" && pwd)
py310() { PYENV_VERSION=3.10.13 python3 "$@"; }
for src in "$here"/dis/*.py; do
    base=${src%.py}
    py310 -c '
import dis, re, sys
src = open(sys.argv[1], encoding="utf-8").read()
import io
out = io.StringIO()
dis.dis(compile(src, "<dis>", "exec"), file=out)
sys.stdout.write(re.sub(r" at 0x[0-9a-f]+", " at 0x0", out.getvalue()))
' "$src" > "$base.dis"
    python3 "$here/ast_json.py" "$src" > "$base.ast.json"
done
py310 -c '
import dis, opcode
for name, op in sorted(opcode.opmap.items(), key=lambda kv: kv[1]):
    if op < opcode.HAVE_ARGUMENT:
        args = [0]
    else:
        args = [0, 1, 2, 3, 4, 5, 7, 8, 15, 256, 258, 513]
    for arg in args:
        for jump in (False, True):
            try:
                effect = dis.stack_effect(op, arg if op >= opcode.HAVE_ARGUMENT else None, jump=jump)
            except ValueError:
                continue
            print(name, arg, int(jump), effect)
' > "$here/stack_effect.txt"
python3 -c '
import sys
text = open(sys.argv[1], encoding="utf-8").read()
cases = text.split("# ---\n")
for i, case in enumerate(cases):
    try:
        compile(case, "<case>", "exec")
        print("no error")
    except SyntaxError as e:
        print(f"{e.msg}|{e.lineno}|{e.offset}|{e.end_lineno}|{e.end_offset}")
' "$here/errors.py" > "$here/errors.expected"
