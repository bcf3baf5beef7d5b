# dataclasses: generated __doc__, KW_ONLY, frozen inheritance, Field repr;
# class docstrings; str/format/f-strings of str subclasses and str enums.
from dataclasses import dataclass, field, KW_ONLY, fields
from typing import List, Optional
@dataclass
class P:
    x: int
    y: "float" = 0.5
    z: List[int] = field(default_factory=list)
    w: Optional[str] = None
    _: KW_ONLY
    k: bool = True
print(P.__doc__)
print(P(1, k=False))
@dataclass
class D:
    """Docs."""
    a: int
print(D.__doc__)
@dataclass(frozen=True)
class F:
    a: int
@dataclass(frozen=True)
class G(F):
    b: int = 2
g = G(1)
print(g, hash(g) == hash((1, 2)))
try:
    del g.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class H(F):
        c: int = 0
except TypeError as e:
    print(e)
print(repr(fields(P)[0])[:60])
from enum import Enum
class S(str, Enum):
    A = "a"
class Shout(str):
    def __str__(self):
        return self.upper() + "!"
print(str(S.A), format(S.A), repr(S.A), f"{S.A}", S.A == "a")
print(str(Shout("hi")), f"{Shout('hi')}", "%s" % Shout("hi"), format(Shout("hi")))
class NoDoc:
    pass
print(NoDoc.__doc__, "__doc__" in NoDoc.__dict__, S.__doc__ is None)
