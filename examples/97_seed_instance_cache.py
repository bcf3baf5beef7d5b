# From "What is a weak reference in Python and when should you use it?":
# caching without memory bloat.
import weakref


class MyClass:
    pass


_instance_cache = weakref.WeakValueDictionary()


def get_instance(key):
    obj = _instance_cache.get(key)
    if obj is None:
        obj = MyClass()
        _instance_cache[key] = obj
    return obj


a = get_instance("config")
b = get_instance("config")
print(a is b, len(_instance_cache))
del a, b
print(len(_instance_cache), "config" in _instance_cache)
c = get_instance("config")
print(type(c).__name__, len(_instance_cache))
