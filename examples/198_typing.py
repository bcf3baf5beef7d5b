# typing: special forms, generic aliases and their reprs, TypeVar, Generic,
# Protocol, NamedTuple, TypedDict, cast, overload and get_type_hints.
from typing import (Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Callable,
                    Iterable, Iterator, Generator, Sequence, Mapping, Type, TypeVar, Generic,
                    Protocol, ClassVar, Final, Literal, NamedTuple, TypedDict, cast, overload,
                    TYPE_CHECKING, get_type_hints, get_origin, get_args)

print(Any, Optional[int], Union[int, str], Union[int, None], Union[int, int], List[int])
print(Dict[str, int], Set[float], FrozenSet[str], Tuple[int, ...], Tuple[int, str])
print(Callable[[int], str], Callable[..., int], Iterable[str], Iterator[int])
print(Sequence[List[int]], Mapping[str, Optional[int]], Type[int], ClassVar[int], Final[str])
print(Literal["a", 1], List, Dict, Optional[List[Dict[str, int]]], Generator[int, None, None])
print(Union[int, Union[str, float]], Union[int, str] == Union[str, int], List[int] == List[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]))
T = TypeVar("T")
K = TypeVar("K")
print(T, Dict[K, T], List[T][int])

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item

b = Box(3)
print(b.get(), Box.__parameters__, Box[int], isinstance(b, Box), Box.__mro__)

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p, p.norm(), Point(1), p._asdict(), p.x, Point._fields, isinstance(p, tuple))
Pair = NamedTuple("Pair", [("a", int), ("b", str)])
print(Pair(1, "z"))

class Movie(TypedDict):
    title: str
    year: int

m = Movie(title="Up", year=2009)
print(m, type(m), Movie.__annotations__)

class Greeter(Protocol):
    def greet(self) -> str: ...

class English:
    def greet(self) -> str:
        return "hello"

def welcome(g: Greeter) -> None:
    print(g.greet())
welcome(English())

def f(a: int, b: "Optional[str]" = None) -> List[int]:
    return cast(List[int], [a])
print(get_type_hints(f), f(1), TYPE_CHECKING)

@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x * 2
print(g(2), g("ab"))

class C:
    a: int
    b: ClassVar[str] = "x"
print(get_type_hints(C))
try:

    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as e:
    print(e)
try:
    Generic[int]
except TypeError as e:
    print(e)
