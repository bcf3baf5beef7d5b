# From "68.4 Weak References: weakref Module": lists can't be weakly referenced.
import weakref

my_list = [1, 2, 3]
try:
    weak_list = weakref.ref(my_list)
except TypeError as e:
    print(f"Told you so: {e}")  # Output: Told you so: cannot create weak reference to 'list' object
