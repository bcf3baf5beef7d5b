import functools


def make_counter(start=0, step=1):
    count = start

    def counter():
        nonlocal count
        current = count
        count += step
        return current
    return counter


def make_accumulators():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    def reset():
        total.clear()
    return add, reset


def call_counter(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def retry(times, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        return wrapper
    return deco


def trace(prefix):
    def deco(fn):
        def wrapper(*args):
            print(f"{prefix}{fn.__name__}{args}")
            return fn(*args)
        return wrapper
    return deco


c1, c2 = make_counter(), make_counter(10, -3)
print([c1() for _ in range(4)], [c2() for _ in range(4)], c1())
add, reset = make_accumulators()
print(add(5), add(10), add(-2))
reset()
print(add(1), add.__code__.co_freevars if hasattr(add, "__code__") else ("total",))

flaky_state = {"n": 0}


@retry(3, (ValueError,))
def flaky():
    flaky_state["n"] += 1
    if flaky_state["n"] < 3:
        raise ValueError(f"not yet ({flaky_state['n']})")
    return "success"


print(flaky())
try:
    retry(2)(lambda: 1 / 0)()
except RuntimeError as e:
    print(e)


@call_counter
@trace("-> ")
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(gcd(1071, 462), gcd.calls, gcd.__name__)
adders = [lambda x, i=i: x + i for i in range(4)]
late = [lambda x: x + i for i in range(4)]
print([f(10) for f in adders], [f(10) for f in late])
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "_"), len)
print(pipeline("  Hello World Again "))
p = functools.partial(int, base=2)
print(p("1011"), p.func is int, p.keywords, functools.partial(max, 5)(3, 9))
