# slice.indices(n), and which exceptions have .value / .code.
for s in [slice(1, 10, 2), slice(None), slice(-3, None), slice(None, None, -1),
          slice(5, 1, -2), slice(-100, 100), slice(2, -2)]:
    print(s, s.indices(6), list(range(6))[s] == [list(range(6))[i] for i in range(*s.indices(6))])
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)

print(StopIteration(5).value, StopIteration().value, StopIteration(1, 2).value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)


def gen():
    yield 1
    return "done"


g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)

for exc in [ValueError("x"), KeyError(1), RuntimeError()]:
    print(type(exc).__name__, hasattr(exc, "value"), hasattr(exc, "code"))
e = KeyError("k")
e.value = 42
print(e.value)
try:
    ValueError("boom").value
except AttributeError as err:
    print("AttributeError:", err)
