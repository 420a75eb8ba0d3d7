"""NamedTuple (class and functional forms) and TypedDict."""
from typing import NamedTuple, TypedDict, List, Optional, Required, NotRequired, is_typeddict
import collections
import typing


class Point(NamedTuple):
    x: int
    y: int = 0
    label: Optional[str] = None

    def norm1(self):
        return abs(self.x) + abs(self.y)

    @property
    def swapped(self):
        return Point(self.y, self.x)


p = Point(3, -4)
print(p, p.norm1(), p.swapped, p._fields, p._field_defaults, Point.__annotations__)
print(p._replace(x=1), p._asdict(), Point._make([1, 2, 'a']), isinstance(p, tuple), p == (3, -4, None))
print(Point.__mro__, Point.__module__, Point.__name__, Point.__doc__)
x, y, label = p
print(x, y, label, p[0], len(p), hash(p) == hash((3, -4, None)))

Employee = NamedTuple('Employee', [('name', str), ('id', int)])
e = Employee('Guido', 1)
print(e, Employee.__annotations__, Employee._fields, e.name)
Kw = NamedTuple('Kw', a=int, b=str)
print(Kw(1, 'x'), Kw.__annotations__)


def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


def bad_order():
    class Bad(NamedTuple):
        a: int = 1
        b: int


def bad_override():
    class Bad(NamedTuple):
        a: int

        def _asdict(self):
            return {}


def bad_base():
    class Bad(NamedTuple, int):
        a: int


err(bad_order)
err(bad_override)
err(bad_base)
err(lambda: NamedTuple('X', [('a', int)], b=str))


class Movie(TypedDict):
    name: str
    year: int


class MovieExtra(Movie, total=False):
    rating: float


class Partial(TypedDict, total=False):
    a: Required[int]
    b: str
    c: NotRequired[List[int]]


m = Movie(name='Blade Runner', year=1982)
print(m, type(m), Movie.__annotations__, sorted(Movie.__required_keys__), Movie.__total__)
print(MovieExtra.__annotations__, sorted(MovieExtra.__required_keys__), sorted(MovieExtra.__optional_keys__))
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)
Alt = TypedDict('Alt', {'x': int, 'y-z': str}, total=False)
print(Alt(x=1), Alt.__annotations__, Alt.__total__, sorted(Alt.__optional_keys__), Alt.__name__)
print(is_typeddict(Movie), is_typeddict(dict), is_typeddict(Alt), Movie.__mro__)
err(lambda: isinstance(m, Movie))


def td_bad_base():
    class Bad(Movie, int):
        pass


err(td_bad_base)
err(lambda: TypedDict('X', {'a': int}, b=str))
