#!/usr/bin/env bash
# Regenerates the golden files beside each input from CPython 3.11:
#   ast/NAME.py    -> ast/NAME.ast    ast.dump(ast.parse(src), include_attributes=True)
#   errors/NAME.py -> errors/NAME.err the SyntaxError's class, msg and location
set -euo pipefail
cd "$(dirname "$0")"
PYTHONHASHSEED=0 python3 - <<'PY'
import ast, glob, sys
assert sys.version_info[:2] == (3, 11), sys.version
for path in sorted(glob.glob("ast/*.py")):
    tree = ast.parse(open(path, "rb").read())
    with open(path[:-3] + ".ast", "w", encoding="utf-8") as f:
        f.write(ast.dump(tree, include_attributes=True) + "\n")
for path in sorted(glob.glob("errors/*.py")):
    src = open(path, "rb").read()
    try:
        compile(src, "<s>", "exec", dont_inherit=True)
        raise SystemExit(f"{path}: compiled without error")
    except SyntaxError as e:
        with open(path[:-3] + ".err", "w", encoding="utf-8") as f:
            f.write(f"{type(e).__name__}: {e.msg}\n{e.lineno} {e.offset} {e.end_lineno} {e.end_offset}\n")
PY
