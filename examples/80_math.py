# math: constants, float functions, exact integer functions, errors
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(10**20))
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.floor(5), math.ceil(True))
print(math.floor(1e30), math.ceil(-1.5e25), math.trunc(-2.7), math.trunc(2**70), type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.pow(2, 10), math.pow(2, 0.5), math.pow(0.0, 0), math.pow(math.inf, -1), math.pow(-2, 3))
print(math.exp(1), math.exp(-1000), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(1))
print(math.log(2**1000, 2), math.log(10**400), math.log2(2**2000), math.log10(10**500), math.log10(1000), math.log2(8))
print(math.log2(3), math.log10(2), math.log(7, 3), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1))
print(math.atan2(1, -1), math.atan2(-0.0, -1), math.sinh(1), math.cosh(1), math.tanh(1))
print(math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(), math.hypot(-5), math.hypot(1e308, 1e308))
print(math.hypot(0.1, 0.2), math.hypot(1.1, 2.2, 3.3, 4.4))
print(math.dist((0, 0), (3, 4)), math.dist((1, 2, 3), (4, 5, 6)), math.dist((1.5,), (0.25,)))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2),
      math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.gcd(12, 18), math.gcd(), math.gcd(-4, 6), math.gcd(0, 0), math.gcd(2**100, 2**80 * 3), math.gcd(12, 18, 30))
print(math.lcm(4, 6), math.lcm(), math.lcm(3, 4, 5), math.lcm(0, 5), math.lcm(-4, 6))
print(math.factorial(0), math.factorial(5), math.factorial(30))
print(math.factorial(100))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**9 + 7))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(3, 5), math.perm(20, 10))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**50), math.isqrt(2**127 - 1))
print(math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum(range(10)), math.fsum([math.inf, 1]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 20)), math.prod([1, 2], start=10))
print(math.modf(3.5), math.modf(-3.5), math.modf(math.inf), math.modf(0.0))
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-0.3), math.ldexp(0.5, 4), math.ldexp(1.0, -1074), math.ldexp(3, 1021))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, math.inf), math.fmod(5.5, 2))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-7, 2))
print(math.nextafter(1, 2), math.nextafter(0, -1), math.ulp(1.0), math.ulp(0.0))
print(repr(math.sqrt), repr(math.floor))


class Meters:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return float(self.v)
    def __floor__(self):
        return "custom floor"
    def __ceil__(self):
        return "custom ceil"


class Idx:
    def __index__(self):
        return 12


print(math.sqrt(Meters(2.25)), math.floor(Meters(1)), math.ceil(Meters(1)), math.gcd(Idx(), 8), math.factorial(Idx()) > 0)


def err(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(f.__name__, type(e).__name__ + ":", e)


err(math.sqrt, -1)
err(math.sqrt, "x")
err(math.log, 0)
err(math.log, -5)
err(math.log, 0.0)
err(math.log, 10, 1)
err(math.log2, -1)
err(math.exp, 1000)
err(math.floor, math.inf)
err(math.floor, math.nan)
err(math.ceil, "a")
err(math.factorial, -1)
err(math.factorial, 1.5)
err(math.comb, -1, 2)
err(math.comb, 5, -2)
err(math.perm, -1)
err(math.isqrt, -4)
err(math.isqrt, 4.0)
err(math.gcd, 1.5, 2)
err(math.pow, 0, -1)
err(math.pow, -1, 0.5)
err(math.pow, 10, 400)
err(math.acos, 2)
err(math.fsum, [math.inf, -math.inf])
err(math.fsum, [1e308, 1e308])
err(math.dist, (1, 2), (1,))
err(math.trunc, "x")
err(math.sin, math.inf)
err(math.tan, math.inf)
err(math.ldexp, 1.0, 2000)
err(math.ldexp, 1.0, 2.0)
err(math.fmod, 1, 0)
err(math.isclose, 1, 2, rel_tol=-1)
err(math.atanh, 1)
err(math.log1p, -1)
err(math.sqrt)
err(math.pow, 1)
err(math.log)
err(math.atan2, 1, 2, 3)
