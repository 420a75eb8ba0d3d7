"""typing objects under copy, pickle and inspect; star import; module hints; misc reprs."""
from typing import *
import typing
import copy
import inspect
import pickle
import sys

T = TypeVar('T')
print(List.__name__, Union[int, str].__origin__, List[int].__name__)
print(copy.copy(List[int]), copy.deepcopy(Dict[str, T]), pickle.loads(pickle.dumps(List[int])))
print(pickle.loads(pickle.dumps(T)) is T, pickle.loads(pickle.dumps(Optional[int])))
print(pickle.loads(pickle.dumps(Callable[[int], str])), copy.deepcopy(Annotated[int, 'a']))
print(copy.copy(Any) is Any, copy.deepcopy(Union) is Union, copy.copy(list[int]))


def f(x: List[int], y: Optional[str] = None, *, z: 'Callable[..., Any]' = len) -> Dict[str, Any]:
    pass


print(inspect.signature(f))
print(Union[int, 3], Callable[[int], str].__args__, Callable[..., int].__args__)


class G(Generic[T]):
    pass


print(type(G()).__name__, type(G[int]()).__name__, G[int]().__orig_class__)
print(typing.IO, typing.TextIO.__mro__, typing.Pattern[str], typing.Match)
print(Type[T][int], typing.ChainMap[str, int], typing.OrderedDict[str, int])
print(Protocol[T], Generic[T], typing.Any | None, Literal['a'] | None, int | List[int])
print(isinstance(3, typing.Hashable), isinstance([], typing.Hashable), typing.Optional)
x: 'Final[int]' = 3
y: List['int'] = []
print(get_type_hints(sys.modules[__name__]))
print(Callable[[int], str] == Callable[[int], str], Callable[[int], str] == Callable[[int], int])
print(len({List[int], List[int], Union[int, str], Union[str, int]}))
print(type(typing.NamedTuple).__name__, typing.Text is str, typing.cast(List[int], None))


class Tree(Generic[T]):
    def __init__(self, value: T, children: 'List[Tree[T]]' = ()):
        self.value = value
        self.children = list(children)

    def walk(self) -> Iterator[T]:
        yield self.value
        for c in self.children:
            yield from c.walk()


t = Tree[int](1, [Tree(2), Tree(3, [Tree(4)])])
print(list(t.walk()), get_type_hints(Tree.__init__), get_type_hints(Tree.walk))
