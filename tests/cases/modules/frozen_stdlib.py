"""Modules gilpy compiles at build time behave as freshly compiled ones: names, packages,
nested code (closures, generators, coroutines, classes), and constants of every kind."""
import asyncio
import collections
import contextlib
import dataclasses
import enum
import fractions
import functools
import heapq
import json
import json.decoder
import keyword
import re
import string
import textwrap
import types

for m in (asyncio, json, json.decoder, textwrap):
    print(m.__name__, m.__package__, hasattr(m, "__path__"))

print(asyncio.sleep.__qualname__, asyncio.iscoroutinefunction(asyncio.sleep))
print(contextlib.contextmanager.__module__, contextlib.AbstractContextManager.__qualname__)
print(heapq.nsmallest(3, [5, 1, 4, 2, 3]), list(heapq.merge([1, 3], [2, 4])))
print(textwrap.dedent("    a\n      b\n"), end="")
print(textwrap.shorten("The quick brown fox jumps", width=15))
print(json.dumps({"a": [1, 2.5, None, True, "é"]}), json.loads('{"x": [1e3, -0.0]}'))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"))
print(keyword.iskeyword("lambda"), keyword.iskeyword("print"))
print(string.ascii_letters[:5], string.punctuation[:4], string.capwords("hello world"))
print(fractions.Fraction(3, 9) + fractions.Fraction(1, 3))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.partial(max, 3)(7))
print(collections.Counter("abracadabra").most_common(2))
print(collections.namedtuple("P", "x y")(1, 2))


class Colour(enum.Enum):
    RED = 1
    GREEN = 2


print(Colour.GREEN, Colour(1), list(Colour))


@dataclasses.dataclass(frozen=True)
class Point:
    x: int
    y: int = 0


print(Point(1), Point(1, 2) == Point(1, 2), hash(Point(3)) == hash(Point(3)))
print(type(types.SimpleNamespace(a=1)).__name__, types.SimpleNamespace(a=1))


async def main():
    await asyncio.sleep(0)
    return 42


print(asyncio.run(main()))
try:
    json.loads("{")
except json.JSONDecodeError as e:
    print(type(e).__name__, e.msg, e.pos)
