# From "68.4 Weak References: weakref Module": a WeakValueDictionary cache.
import gc
import weakref


class Image:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Image({self.name})"


# Our in-memory cache of loaded images
cache = weakref.WeakValueDictionary()


def get_image(name):
    # Try to get the image from the cache
    image = cache.get(name)
    if image is None:
        # Simulate the expensive operation of loading it
        print(f"Cache MISS! Loading '{name}' from disk (this is expensive).")
        image = Image(name)
        cache[name] = image  # Store a WEAK reference
    else:
        print(f"Cache HIT! Found '{name}'.")
    return image


# Let's use it
img_1 = get_image("cat.jpg")  # Cache MISS! ...
img_2 = get_image("cat.jpg")  # Cache HIT! Found 'cat.jpg'.
# These are the same object, which is good
print(img_1 is img_2)  # Output: True
# Now, the magic. Delete all strong references...
del img_1
del img_2
# Force collection to see it happen immediately
gc.collect()
# The cache is now empty! The entry was automatically removed.
print(f"Cache contents: {list(cache.keys())}")  # Output: Cache contents: []
