# `local op int` and `local < int` on every kind of local: the evaluator's
# small-int shortcut must give the general operation's result and errors.


def arith(n):
    out = [n + 1, n - 1, n * 3, n // 2, n % 3, n ** 2, n / 2, n - -7]
    if isinstance(n, int):
        out += [n << 2, n >> 1, n & 6, n | 8, n ^ 5]
    return out


print(arith(7))
print(arith(-7))
print(arith(True))
print(arith(2.5)[:7])
big = 2 ** 62
print(arith(big)[:6])
print(arith(-(2 ** 63))[:3])


def cmp(n):
    return [n < 2, n <= 2, n > 2, n >= 2, n == 2, n != 2]


print(cmp(1), cmp(2), cmp(3))
print(cmp(2.0), cmp(1.5), cmp(True))
print(cmp(10 ** 30))


def text(s):
    return s * 2, s == 2, s != 2


print(text("ab"), text([1]), text((0,)))


class Vec:
    def __init__(self, x):
        self.x = x

    def __sub__(self, k):
        return Vec(self.x - k)

    def __rsub__(self, k):
        return Vec(k - self.x)

    def __lt__(self, k):
        return ["lt", self.x, k]

    def __eq__(self, k):
        return "eq?"

    def __repr__(self):
        return f"Vec({self.x})"


def use_vec(v):
    w = v - 1
    r = v < 3
    if v < 3:
        t = "truthy list"
    else:
        t = "falsy"
    return w, r, t, v == 3


print(use_vec(Vec(5)))


def errors(n):
    out = []
    for f in (lambda: n // 0, lambda: n % 0, lambda: n < 2, lambda: n - 1):
        try:
            out.append(f())
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    return out


def local_errors(n):
    out = []
    try:
        out.append(n // 0)
    except Exception as e:
        out.append(f"{type(e).__name__}: {e}")
    try:
        out.append(n < 2)
    except Exception as e:
        out.append(f"{type(e).__name__}: {e}")
    try:
        out.append(n - 1)
    except Exception as e:
        out.append(f"{type(e).__name__}: {e}")
    return out


print(local_errors(5), local_errors("s"), local_errors(None))
print(errors(5))
print(errors("s"))
print(errors(None))


def unbound(flag):
    if flag:
        k = 1
    return k + 1


try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def deleted():
    m = 3
    del m
    return m < 4


try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


class Mangled:
    def run(self):
        __count = 10
        while __count > 7:
            __count = __count - 1
        return __count


print(Mangled().run())


def countdown(n):
    steps = 0
    while n > 0:
        n = n - 1
        steps += 1
    return steps, n


print(countdown(1000), countdown(-5))


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print([fib(i) for i in range(15)])
print([i % 3 == 0 for i in range(7)], [x * 2 for x in range(4) if x != 2])
