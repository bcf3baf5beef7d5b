# From "What is a weak reference in Python and when should you use it?".
import weakref


class MyClass:
    pass


obj = MyClass()
weak_ref = weakref.ref(obj)
print(weak_ref())  # Returns the object if it's still alive
del obj
print(weak_ref())  # Now returns None — object has been collected
