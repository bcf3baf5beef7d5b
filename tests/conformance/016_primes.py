import math


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0:2] = [False, False]
    for i in range(2, math.isqrt(limit) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(is_prime) if p]


def primes_forever():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def fmt_factors(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items()))


ps = sieve(100)
print(ps, len(ps))
gen = primes_forever()
first = [next(gen) for _ in range(25)]
print(first == ps)
print(len(sieve(100000)), sieve(100000)[-3:])
for n in [360, 97, 1001, 2 ** 31 - 1, 600851475143, 1234567890]:
    print(f"{n} = {fmt_factors(factorize(n))}")
twins = [(p, p + 2) for p, q in zip(ps, ps[1:]) if q == p + 2]
print(twins)
gaps = {}
big = sieve(10000)
for a, b in zip(big, big[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items())[:8])
print(math.gcd(462, 1071), math.lcm(4, 6, 10), math.comb(20, 10), math.perm(5, 2))
goldbach = {n: next((p, n - p) for p in big if (n - p) in set(big)) for n in range(4, 40, 6)}
print(goldbach)
