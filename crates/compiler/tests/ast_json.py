"""Dump CPython's AST of a source file as JSON, for the compiler's golden tests.

The tests rebuild gilpy's AST from this, so the compiler is checked against the same tree
CPython compiled, independently of gilpy's parser. Usage: python3 ast_json.py FILE.py
"""
import ast
import json
import sys


def const(v):
    if v is None:
        return {"_c": "None"}
    if v is True or v is False:
        return {"_c": "Bool", "v": v}
    if isinstance(v, int):
        return {"_c": "Int", "v": str(v)}
    if isinstance(v, float):
        return {"_c": "Float", "v": repr(v)}
    if isinstance(v, complex):
        return {"_c": "Complex", "r": repr(v.real), "i": repr(v.imag)}
    if isinstance(v, str):
        return {"_c": "Str", "v": v}
    if isinstance(v, bytes):
        return {"_c": "Bytes", "v": list(v)}
    if v is ...:
        return {"_c": "Ellipsis"}
    if isinstance(v, tuple):
        return {"_c": "Tuple", "v": [const(x) for x in v]}
    raise TypeError(type(v))


def conv(node):
    if isinstance(node, ast.AST):
        d = {"_type": type(node).__name__}
        for field in node._fields:
            value = getattr(node, field)
            if isinstance(node, (ast.Constant, ast.MatchSingleton)) and field == "value":
                d[field] = const(value)
            elif field == "kind" and isinstance(node, ast.Constant):
                d[field] = value
            else:
                d[field] = conv(value)
        for attr in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
            if hasattr(node, attr):
                d[attr] = getattr(node, attr)
        return d
    if isinstance(node, list):
        return [conv(x) for x in node]
    return node


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        tree = ast.parse(f.read(), sys.argv[1])
    json.dump(conv(tree), sys.stdout, ensure_ascii=False)
