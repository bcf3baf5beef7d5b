class _Link:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity, verbose=True):
        self.capacity = capacity
        self.verbose = verbose
        self.map = {}
        self.head = _Link()
        self.tail = _Link()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0

    def _unlink(self, link):
        link.prev.next, link.next.prev = link.next, link.prev

    def _push_front(self, link):
        link.next, link.prev = self.head.next, self.head
        self.head.next.prev = link
        self.head.next = link

    def get(self, key, default=None):
        link = self.map.get(key)
        if link is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(link)
        self._push_front(link)
        return link.value

    def put(self, key, value):
        if key in self.map:
            link = self.map[key]
            link.value = value
            self._unlink(link)
        else:
            if len(self.map) >= self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
                if self.verbose:
                    print(f"  evict {lru.key!r}")
            link = _Link(key, value)
            self.map[key] = link
        self._push_front(link)

    def keys(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def __repr__(self):
        inner = ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self.keys())
        return f"LRUCache({self.capacity}, {{{inner}}})"


cache = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache.put(k, v)
print(cache)
print(cache.get("a"))
cache.put("d", 4)
print(cache)
print(cache.get("b", "missing"))
cache.put("c", 30)
cache.put("e", 5)
print(cache, cache.hits, cache.misses)


def cached_fn(capacity):
    def deco(fn):
        store = LRUCache(capacity, verbose=False)
        def wrapper(n):
            sentinel = object()
            r = store.get(n, sentinel)
            if r is sentinel:
                r = fn(n)
                store.put(n, r)
            return r
        wrapper.cache = store
        return wrapper
    return deco


@cached_fn(100)
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


best = max(range(1, 300), key=collatz_len)
print(best, collatz_len(best), collatz_len.cache.hits > 0)
