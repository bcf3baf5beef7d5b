# Sequence and mapping patterns: star captures, nested patterns, which
# objects count as sequences and mappings, **rest, guards.
from collections import OrderedDict, defaultdict, deque


def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [first, *middle, last] if len(middle) < 3:
            return f"first {first} middle {middle} last {last}"
        case [*_, [x, y]]:
            return f"ends with pair {x} {y}"
        case (_, _, *_):
            return "long sequence"
        case _:
            return "not a sequence"


for v in [[], (), [1], (1, 2), [1, 2, 3], (1, 2, 3, 4), [1, 2, 3, 4, 5, [6, 7]],
          list(range(8)), range(2), range(6), "ab", b"ab", deque([5, 6]),
          {1: 2}, {1, 2}, 7]:
    print(repr(v), "->", seq(v))


def cmd(c):
    match c.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return f"unknown {c!r}"


for c in ["go north", "go up", "take lamp key", "take", "exit", ""]:
    print(cmd(c))


def mapping(m):
    match m:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={rest}"
        case {"items": [_, *_] as items}:
            return f"{len(items)} items"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"


for m in [{"type": "point", "x": 1, "y": 2, "z": 3},
          {"type": "circle", "r": 5, "color": "red", "fill": None},
          {"items": [1, 2]}, {"items": []}, {}, OrderedDict(type="point", x=0, y=0),
          defaultdict(int, type="circle", r=1), [("type", "point")], "type"]:
    print(mapping(m))

d = defaultdict(list)
match d:
    case {"missing": _}:
        print("found")
    case _:
        print("get() does not call __missing__:", dict(d))

match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest is a new dict:", rest, type(rest).__name__)
