# Errors in __del__ and weakref callbacks are reported on stderr
# ("Exception ignored in: ...") and the program goes on; each report's
# traceback marks the failing expression as CPython 3.11 does: `~` under
# the operands and `^` under the operator of a binary operation, `^` under
# the `[...]` of a subscript, plain `^` for anything else.
# (The golden test compares stdout and the last stderr line; the
# `tracebacks` test compares this example's whole stderr with python3's.)
import weakref


class Report:
    """Runs `action` when the instance is deleted; its error is ignored."""

    def __init__(self, label, action):
        self.label = label
        self.action = action

    def __del__(self):
        print("deleting", self.label)
        self.action()


def binop():
    a, b, c = 1, 2, None
    return a + b * c


def outer_binop():
    a, b, c = None, 2, 3
    return a + b * c


def parenthesised():
    a, b, c = 1, 2, None
    return (a + b) * c


def parenthesised_right():
    a, b, c = 1, 2, None
    return c * (a + b)


def shift():
    n = 2.5
    return n << 2


def power():
    base = None
    return base ** 2


def floor_division():
    return 10  //  0


def subscript():
    table = {}
    return table["key"] + 1


def chained_subscript():
    grid = [[1, 2]]
    return grid[0][5]


def slice_of_none():
    rows = None
    return rows[1:2]


def comparison():
    return 1 < "x"


def call():
    return int("twelve") + 1


def wide_characters():
    suffix = None
    return "日本" + suffix


def several_lines():
    total = None
    return (total +
            1)


def nested_call():
    return binop()


for label, action in [
    ("binop", binop),
    ("outer binop", outer_binop),
    ("parenthesised", parenthesised),
    ("parenthesised right", parenthesised_right),
    ("shift", shift),
    ("power", power),
    ("floor division", floor_division),
    ("subscript", subscript),
    ("chained subscript", chained_subscript),
    ("slice", slice_of_none),
    ("comparison", comparison),
    ("call", call),
    ("wide characters", wide_characters),
    ("several lines", several_lines),
    ("nested call", nested_call),
]:
    r = Report(label, action)
    del r
print("all __del__ reports done")


class Target:
    pass


def callback(ref):
    print("callback for a dead target")
    offsets = {"start": 0}
    return offsets["end"] - offsets["start"]


t = Target()
w = weakref.ref(t, callback)
del t
print("callback report done")


def tally(counts, key):
    return counts[key] + 1


def summarise(counts):
    return tally(counts, "b") * 2


print("last: an uncaught error")
summarise({"a": 1})
