"""Reprs, equality and errors of typing's special forms and aliases."""
import typing
from typing import (Any, Union, Optional, List, Dict, Set, FrozenSet, Tuple, Type, Callable,
                    Iterable, Iterator, Generator, Mapping, Sequence, Literal, Final, ClassVar,
                    Annotated, NoReturn, Never, Self, LiteralString, TypeAlias, DefaultDict,
                    Deque, Counter, AbstractSet, Hashable, Sized)
import collections
import collections.abc

forms = [Any, Union, Optional, List, Dict, Set, FrozenSet, Tuple, Type, Callable, Iterable,
         Iterator, Generator, Mapping, Sequence, Literal, Final, ClassVar, Annotated, NoReturn,
         Never, Self, LiteralString, TypeAlias, DefaultDict, Deque, Counter, AbstractSet,
         Hashable, Sized]
for f in forms:
    print(repr(f))

print(List[int], Dict[str, List[int]], Set[bytes], FrozenSet[int], Type[int])
print(Tuple[int, str], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., int])
print(Callable[[], None], Iterable[int], Iterator[str], Generator[int, None, None])
print(Mapping[str, Any], Sequence['Node'], DefaultDict[str, int], Deque[int])
print(Union[int, str], Union[int, None], Optional[str], Union[int, None, str], Union[int])
print(Union[int, Union[str, bytes]], Union[int, str, int], Optional[Union[int, str]])
print(Literal[1, 'a', True, None], Literal[Literal[1, 2], 3], Final[int], ClassVar[List[int]])
print(Annotated[int, 'meta'], Annotated[Annotated[int, 1], 2], Annotated[List[int], 'x', 3])
print(List[int] == List[int], List[int] == list[int], Union[int, str] == Union[str, int])
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], hash(List[int]) == hash(List[int]))
print(int | str, int | None, list[int] | None, Union[int, str] == (int | str))
print(List[int] | None, Optional[int] | str)
print(collections.abc.Callable[[int], str], collections.abc.Callable[..., str])
print(collections.abc.Iterable[int], collections.abc.Mapping[str, int], collections.abc.Awaitable[int])
print(type[int], collections.defaultdict[str, int])
print(List.__origin__, List[int].__origin__, List[int].__args__, Dict[str, int].__args__)
print(isinstance([], List), issubclass(list, typing.Sequence), isinstance({}, Mapping))
print(isinstance(1, Union[int, str]), isinstance(b'', Optional[str]), isinstance(None, Optional[str]))
print(issubclass(dict, typing.MutableMapping), isinstance(print, Callable) or True)
print(typing.TYPE_CHECKING, typing.Text, typing.AnyStr, typing.AnyStr.__constraints__)

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(lambda: List[int, str])
err(lambda: Dict[int])
err(lambda: List[int][str])
err(lambda: Hashable[int])
err(lambda: ClassVar[int, str])
err(lambda: Final[int, str])
err(lambda: Union[()])
err(lambda: Optional[int, str])
err(lambda: Callable[int])
err(lambda: Annotated[int])
err(lambda: isinstance(1, List[int]))
err(lambda: isinstance(1, Any))
err(lambda: isinstance(1, Union))
err(lambda: List())
err(lambda: Any())
err(lambda: Union())
err(lambda: NoReturn[int])
err(lambda: List[ClassVar[int]])
err(lambda: Union[Final, int])
print(typing.DefaultDict(int), typing.Counter('aab'))
print(Dict[str, int]() if False else "skip")

class Sub(List[int]):
    pass
print(Sub.__mro__, Sub.__orig_bases__)
try:
    class Bad(Union):
        pass
except TypeError as e:
    print("TypeError:", e)
