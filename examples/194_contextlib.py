from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("inside", t)

try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    {}["missing"]
print("after swallow")

@tag("deco")
def work(x):
    print("working", x)
    return x * 2
print(work(21))
print(work(1))

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")

class Res:
    def __init__(self, n): self.n = n
    def close(self): print("closing", self.n)
with closing(Res(1)) as r:
    print("using", r.n)

with nullcontext(5) as v:
    print("null", v)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    r = stack.enter_context(tag("stacked"))
    print("in stack", r)

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

