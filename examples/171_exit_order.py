# At interpreter exit: atexit finalizers run first (newest first), then the
# main module's globals are released, running __del__ methods and callbacks.
import weakref


class Named:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


first = Named("first")
second = Named("second")
weakref.finalize(first, print, "finalize on first")
weakref.finalize(second, print, "finalize on second")
r = weakref.ref(second, lambda w: print("ref callback on second"))
container = [Named("in list 1"), Named("in list 2")]
print("last line")
