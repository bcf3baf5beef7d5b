# random (CPython's Mersenne Twister sequences for int seeds), string,
# keyword, time
import random
import string
import keyword
import time

random.seed(42)
print(random.random(), random.random())
print(random.randint(1, 100), random.randrange(10), random.randrange(0, 100, 7), random.choice("abcdef"))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.uniform(1, 5), random.getrandbits(70), random.getrandbits(5), random.getrandbits(32))
print(random.sample(range(100), 5), random.sample("abcdefgh", 3))
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=4))
print(random.gauss(0, 1), random.normalvariate(), random.expovariate(2), random.triangular())
random.seed(0)
print(random.random())
random.seed(2**100 + 7)
print(random.random(), random.randrange(10**30))
random.seed(-5)
print(random.random())
r = random.Random(123)
print(r.random(), r.randint(0, 10))
state = r.getstate()
a = r.random()
r.setstate(state)
print(a == r.random())
print([random.randrange(3) for _ in range(20)])
for _ in range(700):
    random.random()
print(random.random())
print(random.sample(range(1000), 30))
rng1, rng2 = random.Random(7), random.Random(7)
print([rng1.randint(0, 9) for _ in range(10)] == [rng2.randint(0, 9) for _ in range(10)])
for args in [(0,), (5, 2), (0, 10, 0)]:
    try:
        random.randrange(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample({1, 2}, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), repr(string.printable))
print(string.capwords(" hello   world  "), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what} $$ $x")
print(t.safe_substitute(who="tim", what="kung pao"))
print(t.substitute(who="tim", what="rice", x=3))
print(string.Template("${a}b $a").substitute({"a": 1}), t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="a", what="b")
except KeyError as e:
    print("KeyError:", e)
for bad in ["$ bad", "ab\n$"]:
    try:
        string.Template(bad).substitute()
    except ValueError as e:
        print("ValueError:", e)

print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist))
print(keyword.iskeyword("for"), keyword.iskeyword("print"), keyword.issoftkeyword("match"))

t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
print(time.time() >= t0, time.perf_counter() - p0 >= 0.005, time.monotonic() >= m0, t0 > 1.6e9)
print(type(time.time_ns()).__name__, type(time.perf_counter()).__name__)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
