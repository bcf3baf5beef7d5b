# From "Unlock hidden powers with Python's weakref module".
import weakref


class MyClass:
    pass


obj = MyClass()
weak_ref = weakref.ref(obj)

print(weak_ref())  # Access the object
del obj
print(weak_ref())
