# assert statements.
def mean(values):
    assert len(values) > 0, "mean of empty list"
    return sum(values) / len(values)

print(mean([1, 2, 3, 4]))
try:
    mean([])
except AssertionError as e:
    print(type(e).__name__, e)

# Without a message the exception has no arguments.
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)

# The message expression is only evaluated when the assertion fails.
def message():
    print("building message")
    return "failed!"

assert True, message()
try:
    assert False, message()
except AssertionError as e:
    print("caught:", e)

# Any truthy value passes.
for value in [1, "x", [0], 3.5]:
    assert value
print("all truthy values passed")
for value in [0, "", [], None]:
    try:
        assert value, f"{value!r} is falsy"
    except AssertionError as e:
        print(e)

# The message can be any object.
try:
    assert False, {"code": 7}
except AssertionError as e:
    print(e.args[0]["code"])

# Assertions inside functions propagate like any exception.
def check_sorted(items):
    for a, b in zip(items, items[1:]):
        assert a <= b, f"{a} > {b}"
    return True

print(check_sorted([1, 2, 2, 5]))
try:
    check_sorted([1, 3, 2])
except AssertionError as e:
    print("unsorted:", e)
