"""get_type_hints, get_origin/get_args, ForwardRef and the helper functions of typing."""
import sys
import typing
from typing import (Annotated, Any, ClassVar, Dict, Final, ForwardRef, List, Literal, NewType,
                    Optional, Union, Callable, Tuple, cast, get_args, get_origin, get_type_hints,
                    overload, final, no_type_check, assert_never, assert_type, reveal_type,
                    dataclass_transform, get_overloads)
import collections.abc
import dataclasses


class Node:
    value: int
    next: 'Optional[Node]'
    tags: List['str']
    meta: Annotated[Dict[str, int], 'm']
    count: ClassVar[int] = 0
    limit: Final = 3


def f(a: int, b: 'List[Node]', c: Annotated[str, 'doc'] = 'x', *args: 'int', **kw: None) -> 'Node':
    pass


def g(x: list['Node'], y: 'int | None', z: dict[str, 'Node']) -> None:
    pass


print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True))
print(get_type_hints(f))
print(get_type_hints(f, include_extras=True)['c'])
print(get_type_hints(g))
print(get_type_hints(Node.__init__), get_type_hints(len) if False else '')


class Child(Node):
    extra: 'Tuple[int, ...]'


print(get_type_hints(Child))

print(get_origin(List[int]), get_origin(list[int]), get_origin(Union[int, str]), get_origin(int | str))
print(get_origin(Annotated[int, 1]), get_origin(int), get_origin(Literal[1]), get_origin(ClassVar[int]))
print(get_origin(typing.Generic), get_origin(Callable[[int], str]), get_origin(collections.abc.Callable[[int], str]))
print(get_args(List[int]), get_args(Dict[str, int]), get_args(Union[int, str]), get_args(int | str))
print(get_args(Annotated[int, 1, 2]), get_args(Callable[[int, str], bool]), get_args(int), get_args(Literal[1, 2]))
print(get_args(collections.abc.Callable[[int], str]), get_args(Optional[int]), get_args(Tuple[()]))

r = ForwardRef('List[int]')
print(r, r == ForwardRef('List[int]'), List['int'], Optional['X'])


def err(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)


err(lambda: ForwardRef(1))
err(lambda: ForwardRef('1 +'))
err(lambda: get_type_hints(3))
err(lambda: get_type_hints(type('Q', (), {'__annotations__': {'a': 'Missing'}})))

UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, UserId | None)


def sub_newtype():
    class Sub(UserId):
        pass


err(sub_newtype)
print(cast(int, 'x'), cast('List[int]', 3), assert_type(3, int))
err(lambda: assert_never(3))
print(reveal_type(4))


@overload
def h(x: int) -> int: ...
@overload
def h(x: str) -> str: ...
def h(x):
    return x


print(h(2), len(get_overloads(h)))
err(lambda: overload(lambda x: x)(1))


@final
class Leaf:
    @final
    def m(self):
        pass


print(Leaf.__final__, Leaf.m.__final__)


@no_type_check
def nt(a: 'not a type'):
    pass


print(get_type_hints(nt), nt.__no_type_check__)


@dataclass_transform(kw_only_default=True)
def model(cls):
    return cls


print(model.__dataclass_transform__)


@dataclasses.dataclass
class DC:
    x: int
    y: ClassVar[int] = 5
    z: dataclasses.InitVar[int] = 0
    w: List[int] = dataclasses.field(default_factory=list)

    def __post_init__(self, z):
        self.x += z


d = DC(1, 2)
print(d, [fl.name for fl in dataclasses.fields(DC)], DC.y)
