LOG = """\
2024-01-01 10:00:01 INFO user=alice action=login
2024-01-01 10:00:05 WARN user=bob action=login attempts=3
2024-01-01 10:01:00 INFO user=alice action=view page=/home
# comment line
2024-01-01 10:02:13 ERROR user=carol action=pay amount=12.50
2024-01-01 10:03:00 INFO user=bob action=view page=/cart

2024-01-01 10:04:44 ERROR user=alice action=pay amount=99.99
2024-01-01 10:05:00 INFO user=carol action=logout
"""


def read_lines(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        yield lineno, line


def skip_noise(lines):
    for lineno, line in lines:
        if line.strip() and not line.startswith("#"):
            yield lineno, line


def parse(lines):
    for lineno, line in lines:
        date, time, level, *fields = line.split()
        record = dict(f.split("=", 1) for f in fields)
        record.update(lineno=lineno, level=level, time=time)
        yield record


def where(records, **conds):
    return (r for r in records if all(r.get(k) == v for k, v in conds.items()))


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def running_total(values):
    total = 0.0
    while True:
        try:
            v = yield total
        except GeneratorExit:
            print("  running_total closed at", total)
            raise
        if v is None:
            return total
        total += v


records = list(parse(skip_noise(read_lines(LOG))))
print(len(records), [r["lineno"] for r in records])
for r in where(records, level="ERROR"):
    print(f"{r['time']} {r['user']:<6} {float(r['amount']):>7.2f}")
print([r["user"] for r in take(3, where(records, action="view"))] + ["..."])
acc = running_total([])
next(acc)
for r in where(records, action="pay"):
    print("total so far", acc.send(float(r["amount"])))
acc.close()
acc2 = running_total([])
next(acc2)
acc2.send(5)
try:
    acc2.send(None)
except StopIteration as stop:
    print("finished with", stop.value)
squares = (x * x for x in range(10))
evens = (x for x in squares if x % 2 == 0)
print(sum(evens), list(evens), next(iter(squares), "exhausted"))
gen = read_lines("a\nb")
print(next(gen), list(gen), list(gen))


def chunked(it, n):
    from itertools import islice
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk


print(list(chunked(range(10), 4)), list(chunked("abcdefg", 3)))
