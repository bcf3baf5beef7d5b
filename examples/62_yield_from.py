# yield from: delegation, return values, send/throw/close forwarding.
def inner():
    received = yield "inner-1"
    print("inner received", received)
    received = yield "inner-2"
    print("inner received", received)
    return "inner result"

def outer():
    print("outer start")
    result = yield from inner()
    print("outer got", repr(result))
    yield "outer-after"
    return "outer result"

o = outer()
print(next(o))
print(o.send("A"))
print(o.send("B"))
try:
    next(o)
except StopIteration as e:
    print("final:", e.value)

# yield from any iterable.
def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)), {"k": 1})))

# Nested delegation with recursion.
def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x

print(list(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]])))

# throw() is forwarded to the innermost generator.
def sub():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("sub handled", e)
        yield "recovered"
    return "sub done"

def delegator():
    r = yield from sub()
    print("delegator got", r)
    yield "end"

d = delegator()
print(next(d))
print(d.throw(ValueError("forwarded")))
print(next(d))
print(list(d))

# An exception the sub-generator does not handle propagates through.
def sub2():
    yield 1

def del2():
    try:
        yield from sub2()
    except KeyError as e:
        print("delegator caught", repr(e))
        yield "after KeyError"

d = del2()
next(d)
print(d.throw(KeyError("k")))

# close() closes the whole chain, innermost first.
def leaf():
    try:
        yield "leaf"
    finally:
        print("leaf closed")

def middle():
    try:
        yield from leaf()
    finally:
        print("middle closed")

m = middle()
print(next(m))
m.close()

# Return value of a sub-generator that returns immediately.
def empty():
    return 99
    yield

def use_empty():
    v = yield from empty()
    yield v

print(list(use_empty()))

# send() to a delegating generator whose target is a plain iterator fails.
def over_list():
    yield from [1, 2, 3]

g = over_list()
next(g)
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)

# StopIteration raised inside a sub-generator becomes RuntimeError there.
def bad_sub():
    yield 1
    raise StopIteration

def wraps_bad():
    yield from bad_sub()

try:
    print(list(wraps_bad()))
except RuntimeError as e:
    print("RuntimeError:", e)
