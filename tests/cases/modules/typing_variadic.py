"""TypeVarTuple substitution, generic NamedTuple, misuse errors of typing forms."""
from typing import *
import typing
T = TypeVar('T'); Ts = TypeVarTuple('Ts')
def err(fn):
    try: print(fn())
    except Exception as e: print(type(e).__name__ + ":", e)
err(lambda: TypeVar())
err(lambda: Tuple[*Ts])
err(lambda: Tuple[int, *Ts][str, bytes])
err(lambda: Tuple[*Ts][str, bytes])
class NT(NamedTuple, Generic[T]):
    a: T
print(NT(1), NT[int], NT.__mro__)
err(lambda: typing.List[int].append)
err(lambda: Union[int, str].__args__)
err(lambda: Optional[int].__origin__)
def mk2():
    class C(T): pass
err(mk2)
def mk3():
    class C(List[int], Dict[str, int]): pass
err(mk3)
err(lambda: Literal[1] | Literal[2])
err(lambda: get_type_hints(print))
err(lambda: Generic.__class_getitem__((T, Ts)))
class Array(Generic[*Ts]):
    pass
print(Array[int, str], Array[()], Array.__parameters__, Tuple[T, *Ts][int, str, bytes])
err(lambda: Tuple[T, *Ts][()])
print(NT[str](a='x'), NT.__parameters__, NT._fields, NT(2)._replace(a=3))
print(tuple[*Ts][int, str], tuple[T, *Ts][int], tuple[T, *Ts][int, str, bytes], list[Tuple[T, *Ts]][int, str])
