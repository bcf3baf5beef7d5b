# Enum's functional API and error cases of typing, enum and dataclasses.
from enum import Enum, IntEnum
Color = Enum("Color", "RED GREEN BLUE")
print(list(Color), Color.GREEN, Color(3), Color.__name__)
Shape = Enum("Shape", [("SQUARE", 4), ("TRIANGLE", 3)])
print(list(Shape), Shape(3))
Level = IntEnum("Level", {"LOW": 1, "HIGH": 9})
print(list(Level), Level.HIGH > Level.LOW, str(Level.LOW))
Dir = Enum("Dir", ["N", "S"], start=10)
print(list(Dir))
import enum, typing, dataclasses
tests = [
 lambda: enum.Enum("Color", "RED GREEN"),
 lambda: enum.Enum(),
 lambda: typing.List[int](),
 lambda: typing.Union[()],
 lambda: typing.Dict[int],
 lambda: dataclasses.asdict(3),
 lambda: dataclasses.fields(3),
 lambda: dataclasses.replace(3),
 lambda: typing.Any(),
 lambda: typing.Callable[int, str],
 lambda: typing.Optional[int][str],
 lambda: dataclasses.make_dataclass("Z", ["a", ("b", int, 3)])(1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
