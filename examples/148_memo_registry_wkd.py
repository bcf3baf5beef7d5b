# A memoizing registry: per-object computed data in a WeakKeyDictionary, so
# the cache entry disappears with the object.
import weakref


class Document:
    def __init__(self, title, text):
        self.title = title
        self.text = text

    def __repr__(self):
        return "Document(%r)" % self.title


class WordCountCache:
    def __init__(self):
        self._cache = weakref.WeakKeyDictionary()
        self.computations = 0

    def count(self, doc):
        try:
            return self._cache[doc]
        except KeyError:
            self.computations += 1
            n = len(doc.text.split())
            self._cache[doc] = n
            return n

    def __len__(self):
        return len(self._cache)


cache = WordCountCache()
docs = [Document("a", "one two three"), Document("b", "four five"),
        Document("c", "six")]
for _ in range(3):
    print([cache.count(d) for d in docs])
print("computations:", cache.computations, "cached:", len(cache))

d = docs.pop(0)
print("popped", d, "still cached:", len(cache))
del d
print("after del:", len(cache))

docs.append(Document("d", "seven eight nine ten"))
print([cache.count(d) for d in docs])
print("computations:", cache.computations, "cached:", len(cache))
docs = None
print("all documents gone:", len(cache))
