import gc
import weakref


class Image:
    loads = 0

    def __init__(self, path):
        Image.loads += 1
        self.path = path
        self.pixels = [len(path)] * 4

    def __repr__(self):
        return f"Image({self.path!r})"


class ImageCache:
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()

    def get(self, path):
        img = self._cache.get(path)
        if img is None:
            img = Image(path)
            self._cache[path] = img
            print(f"  loaded {path}")
        return img

    def cached(self):
        return sorted(self._cache.keys())


class TempFile:
    registry = []

    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, TempFile._cleanup, name)

    @staticmethod
    def _cleanup(name):
        TempFile.registry.append(name)
        print(f"  cleanup {name}")

    def close(self):
        self._finalizer()

    @property
    def closed(self):
        return not self._finalizer.alive


cache = ImageCache()
a = cache.get("a.png")
b = cache.get("b.png")
a2 = cache.get("a.png")
print(a is a2, Image.loads, cache.cached())
del a, a2
print("after del a:", cache.cached())
b_again = cache.get("b.png")
print(b is b_again, Image.loads)
del b, b_again
print("all gone:", cache.cached(), len(cache._cache))

t1, t2, t3 = TempFile("one"), TempFile("two"), TempFile("three")
t1.close()
print(t1.closed, t2.closed)
t1.close()
del t2
print("registry:", TempFile.registry)
gc.collect()
keys = weakref.WeakKeyDictionary()
k1, k2 = Image("k1"), Image("k2")
keys[k1] = "first"
keys[k2] = "second"
print(len(keys), keys[k1])
del k1
print(len(keys), list(keys.values()))
f = weakref.finalize(Image("x"), print, "  finalize runs for temp")
print(f.alive)
node = Image("node")
proxy = weakref.proxy(node)
print(proxy.path, proxy.pixels[:2])
del node
try:
    proxy.path
except ReferenceError as e:
    print("ReferenceError:", e)
print("exiting; t3 pending:", TempFile.registry)
