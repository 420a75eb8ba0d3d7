"""TypeVar, Generic user classes, substitution, ParamSpec, Protocol and runtime_checkable."""
from typing import (TypeVar, Generic, List, Dict, Callable, Optional, Protocol, Union,
                    runtime_checkable, ParamSpec, Concatenate, TypeVarTuple, Iterable, Tuple,
                    SupportsInt, SupportsAbs, SupportsIndex, get_origin, get_args)
import typing

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
T_co = TypeVar('T_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
N = TypeVar('N', int, float)
B = TypeVar('B', bound=str)
print(T, T_co, T_contra, N, B, N.__constraints__, B.__bound__, T.__name__, T.__module__)
print(T.__covariant__, T_co.__covariant__, T_contra.__contravariant__, T == T, T == K)
print(T | None, Union[T, int], List[T], Dict[K, V], Dict[K, V].__parameters__)
print(List[T][int], Dict[K, V][str, int], Dict[str, V][List[int]], Callable[[T], K][int, str])
print(Dict[K, List[V]][str, bytes], Optional[T][int], list[T][str], dict[K, list[V]][int, str])
print((list[T] | None)[int], tuple[T, ...][int], Union[T, List[T]][int])


class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(3)
print(s.pop(), Stack[int], Stack[int].__origin__, Stack[int].__args__, Stack.__parameters__)
print(Stack.__orig_bases__, Stack.__mro__, s.__orig_class__)
print(Stack[int] == Stack[int], Stack[int] == Stack[str], get_origin(Stack[int]), get_args(Stack[int]))


class Pair(Generic[K, V]):
    pass


class IntPair(Pair[int, V]):
    pass


print(IntPair.__parameters__, IntPair[str], IntPair.__orig_bases__, IntPair.__mro__)


class Mixed(Dict[K, V], Generic[K, V]):
    pass


print(Mixed.__mro__, Mixed.__parameters__)


class Node(Iterable[T]):
    pass


print(Node.__mro__, Node.__parameters__, Node[int])


def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


err(lambda: Stack[int, str])
err(lambda: Stack[int][str])
err(lambda: Generic[int])
err(lambda: Generic[T, T])
err(lambda: Generic[()])
err(lambda: TypeVar('X', int))
err(lambda: TypeVar('X', int, str, bound=int))
err(lambda: TypeVar('X', covariant=True, contravariant=True))
err(lambda: List[T][int, str])
err(lambda: list[T][int, str])
err(lambda: dict[K, V][int])
err(lambda: list[int][int])
err(lambda: isinstance([], List[int]))
err(lambda: type('C', (T,), {}))


def make_plain():
    class C(Generic):
        pass


def make_missing():
    class C(Generic[K], List[V]):
        pass


err(make_plain)
err(make_missing)

P = ParamSpec('P')
print(P, P.args, P.kwargs, Callable[P, int], Callable[Concatenate[int, P], int])
print(Callable[P, T][[int, str], bool], get_args(Callable[[int], str]), get_args(Callable[..., str]))
Ts = TypeVarTuple('Ts')
print(Ts, *Ts, Tuple[int, typing.Unpack[Ts]])


class Closeable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...


@runtime_checkable
class HasName(Protocol):
    name: str


class File:
    def close(self):
        pass


class Named:
    def __init__(self):
        self.name = "n"


print(isinstance([1], Sized2), isinstance(3, Sized2), issubclass(list, Sized2), issubclass(int, Sized2))
print(isinstance(Named(), HasName), isinstance(File(), HasName))
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(3.5, SupportsAbs))
print(isinstance(True, SupportsIndex), Closeable.__mro__[1:], Closeable._is_protocol)
err(lambda: isinstance(File(), Closeable))
err(lambda: issubclass(Named, HasName))
err(lambda: Closeable())
err(lambda: runtime_checkable(File))


class Impl(Closeable):
    pass


print(isinstance(Impl(), Closeable) if False else Impl._is_protocol, type(Impl()).__name__)


class GenProto(Protocol[T]):
    def get(self) -> T: ...


print(GenProto[int], GenProto.__parameters__)
