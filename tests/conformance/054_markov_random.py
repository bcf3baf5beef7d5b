import random
from collections import defaultdict, Counter

CORPUS = """the cat sat on the mat the dog sat on the log the cat saw the dog
and the dog saw the cat then the cat ran off the mat and the dog ran after the cat"""


def build_chain(words, order=1):
    chain = defaultdict(list)
    for i in range(len(words) - order):
        chain[tuple(words[i:i + order])].append(words[i + order])
    return chain


def generate(chain, rng, start, length):
    out = list(start)
    for _ in range(length):
        options = chain.get(tuple(out[-len(start):]))
        if not options:
            break
        out.append(rng.choice(options))
    return " ".join(out)


words = CORPUS.split()
chain = build_chain(words)
rng = random.Random(42)
for _ in range(3):
    print(generate(chain, rng, ("the",), 10))
chain2 = build_chain(words, order=2)
print(generate(chain2, random.Random(7), ("the", "dog"), 12))
random.seed(12345)
print([random.randint(1, 6) for _ in range(10)])
print(round(random.random(), 12), random.randrange(0, 100, 5), random.choice("abcdef"))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(sorted(random.sample(range(100), 6)), random.uniform(1, 2) < 2)
rolls = Counter(random.randint(1, 6) + random.randint(1, 6) for _ in range(2000))
print(sorted(rolls.items())[:4], rolls.most_common(1)[0][0])
r1, r2 = random.Random(99), random.Random(99)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)])
state = r1.getstate()
a = [r1.randint(0, 10 ** 9) for _ in range(3)]
r1.setstate(state)
print(a == [r1.randint(0, 10 ** 9) for _ in range(3)], a)
print(random.Random(2024).choices("xyz", weights=[1, 2, 7], k=12))
print(random.Random(5).getrandbits(70), f"{random.Random(1).gauss(0, 1):.10f}")
walk, pos = random.Random(3), 0
path = []
for _ in range(20):
    pos += walk.choice((-1, 1))
    path.append(pos)
print(path, min(path), max(path))
