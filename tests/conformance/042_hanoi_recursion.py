import sys


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]


def depth(x):
    return 1 + max(map(depth, x), default=0) if isinstance(x, list) else 0


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


moves = hanoi(3)
for disk, a, b in moves:
    print(f"move disk {disk} {a} -> {b}")
print(len(hanoi(10)), [len(hanoi(n)) for n in range(8)])
pegs = {"A": list(range(5, 0, -1)), "B": [], "C": []}
for disk, a, b in hanoi(5):
    assert pegs[a][-1] == disk and (not pegs[b] or pegs[b][-1] > disk)
    pegs[b].append(pegs[a].pop())
print(pegs)
print([ackermann(m, n) for m in range(3) for n in range(3)], ackermann(2, 3))
nested = [1, [2, [3, [4, (5, 6)]], 7], [[[8]]], []]
print(list(flatten(nested)), depth(nested), depth([]), depth(5))
print(power_set([1, 2, 3]), len(power_set(list(range(10)))))
print(deep(500))
sys.setrecursionlimit(200)
try:
    deep(10000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
print(deep(900))
