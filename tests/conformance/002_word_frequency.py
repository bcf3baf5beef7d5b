from collections import Counter, defaultdict

TEXT = """It was the best of times, it was the worst of times, it was the age
of wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair."""


def tokenize(text):
    word = []
    for ch in text:
        if ch.isalpha() or ch == "'":
            word.append(ch.lower())
        elif word:
            yield "".join(word)
            word = []
    if word:
        yield "".join(word)


words = list(tokenize(TEXT))
print(len(words), "words")
counts = Counter(words)
print(counts.most_common(5))
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for length in sorted(by_len):
    print(f"{length:2d}: {', '.join(by_len[length])}")

manual = {}
for w in words:
    manual[w] = manual.get(w, 0) + 1
assert manual == dict(counts)
ranking = sorted(manual.items(), key=lambda kv: (-kv[1], kv[0]))
print("{:<12}{:>5}".format("word", "count"))
print("-" * 17)
for word, n in ranking[:8]:
    bar = "#" * n
    print(f"{word:<12}{n:>5} {bar}")
letters = Counter(ch for w in words for ch in w)
print("".join(ch for ch, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:10]))
first_letters = Counter(w[0] for w in words)
print(sorted(first_letters.items()))
print(counts["was"], counts["missing"])
c2 = Counter("abracadabra")
print(c2, c2 + Counter("aaz"), c2 - Counter("aab"))
print(sorted(c2.elements()))
