"""ParamSpec generics, substitution corner cases, Self, generic TypedDict, __future__."""
from __future__ import annotations
import dataclasses, typing
from typing import *
T = TypeVar('T'); P = ParamSpec('P'); Ts = TypeVarTuple('Ts')
@dataclasses.dataclass
class D:
    a: int
    b: ClassVar[int] = 3
    c: dataclasses.InitVar[int] = 1
    d: List[int] = dataclasses.field(default_factory=list)
    def __post_init__(self, c): pass
print(D(1), [f.name for f in dataclasses.fields(D)], get_type_hints(D))
class X(Generic[P]): pass
print(X[[int, str]], X[int, str], X[...], X[P], X.__parameters__)
print(Union[int, "str"], Dict["K", "V"])
def err(fn):
    try: print(fn())
    except Exception as e: print(type(e).__name__ + ":", e)
def mk():
    class A(Protocol, int): pass
err(mk)
class Sh:
    def me(self) -> Self: return self
print(get_type_hints(Sh.me))
class GT(TypedDict, Generic[T]):
    x: T
print(GT.__mro__ if False else '', GT.__parameters__ if hasattr(GT, '__parameters__') else None)
print(Generic.__class_getitem__ is not None, T.__bound__, hash(T) == hash(T))
err(lambda: Callable[[int], str][int])
err(lambda: List[T][List])
print(List[T][List[int]], Dict[T, T][int], Tuple[T, ...][str], Union[T, None][List[int]])
print(Annotated[T, 'x'][int], ClassVar[T] if False else '', Literal[1, 2].__args__)
err(lambda: Literal[1][int])
print(typing.get_origin(P.args), typing.get_args(Concatenate[int, P]), Callable[Concatenate[int, P], T][[str], bool])
import __future__
print(__future__.annotations, __future__.all_feature_names[-2:], __future__.division.getMandatoryRelease())
