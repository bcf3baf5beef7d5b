# From "What is a weak reference in Python and when should you use it?":
# tracking callbacks or listeners in a WeakKeyDictionary.
import weakref


class MyClass:
    pass


# Store callbacks weakly so they don't prevent cleanup
callbacks = weakref.WeakKeyDictionary()


def on_cleanup(obj):
    print("Object went away:", obj)


obj = MyClass()
callbacks[obj] = on_cleanup  # Key is weak — when obj dies, entry is removed
print(len(callbacks))
del obj  # Entry automatically removed from callbacks
print(len(callbacks))
