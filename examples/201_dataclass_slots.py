# dataclass(slots=True): fields become __slots__, frozen still guarded.
from dataclasses import dataclass, field, fields
@dataclass(slots=True)
class P:
    x: int
    y: int = 0
p = P(1, 2)
print(p, P.__slots__, hasattr(p, "__dict__"), [f.name for f in fields(P)])
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
@dataclass(slots=True, frozen=True)
class F:
    a: int
f = F(3)
print(f, hash(f) == hash((3,)))
try:
    f.a = 4
except AttributeError as e:
    print(type(e).__name__, e)
