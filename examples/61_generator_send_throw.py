# send(), throw() and close() on generators.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            print("got None")
            continue
        total += value

acc = accumulator()
print(acc.send(None))
print(acc.send(10))
print(acc.send(5))
print(next(acc))

def fresh():
    yield 1

try:
    fresh().send(42)
except TypeError as e:
    print("TypeError:", e)

# throw() raises at the paused yield.
def resilient():
    while True:
        try:
            x = yield
            print("received", x)
        except ValueError as e:
            print("handled ValueError:", e)
        except KeyError:
            print("KeyError: stopping")
            return "stopped"

r = resilient()
next(r)
r.send("a")
r.throw(ValueError("bad value"))
r.throw(ValueError, "made from a class")
try:
    r.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration value:", e.value)

# An exception the generator does not handle comes back out of throw().
def plain():
    yield 1
    yield 2

p = plain()
next(p)
try:
    p.throw(IndexError("thrown"))
except IndexError as e:
    print("propagated:", e)
print(list(p))

# Throwing into a fresh generator: it never starts.
def noisy():
    print("never printed")
    yield

try:
    noisy().throw(RuntimeError("early"))
except RuntimeError as e:
    print("early:", e)

# close() raises GeneratorExit inside, runs finally blocks.
def with_cleanup():
    try:
        print("setup")
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("cleanup")

c = with_cleanup()
print(next(c))
print(c.close())
print(c.close())
try:
    next(c)
except StopIteration:
    print("closed generator is exhausted")

# close() on a generator that was never started does nothing.
with_cleanup().close()

# Ignoring GeneratorExit is an error.
def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring close")

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# Returning from the except GeneratorExit handler is fine.
def polite():
    try:
        yield 1
    except GeneratorExit:
        print("polite exit")
        return "value is discarded"

p = polite()
next(p)
print(p.close())

# The exception being handled inside a generator does not leak out.
import sys
def handler():
    try:
        raise KeyError("inner")
    except KeyError:
        yield "in handler"
        yield "still in handler"

h = handler()
print(next(h))
try:
    raise ValueError("outer")
except ValueError:
    print(next(h))
    print("outer handler still sees:", repr(sys.exc_info()[1]))

# A generator as a coroutine-like consumer.
def grep(pattern):
    print("looking for", pattern)
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    finally:
        print("matched:", matches)

g = grep("py")
next(g)
for line in ["python", "ruby", "pypy", "perl"]:
    g.send(line)
g.close()
