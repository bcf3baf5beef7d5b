# From "68.4 Weak References: weakref Module": the basic incantation.
import weakref


class ExpensiveObject:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"{self.name} is getting shredded by the GC. Farewell!")


# Create our expensive thing
obj = ExpensiveObject("My Amazing Data")
# Create a weak reference to it
weak_obj = weakref.ref(obj)
# Right now, the object is alive
print(f"Alive: {weak_obj()}")  # Output: Alive: <__main__.ExpensiveObject object at 0x...>
# Now, let's delete the strong reference
del obj
# Poof! The next GC run (which we're forcing for demo purposes) will collect it.
import gc; gc.collect()
# Output: My Amazing Data is getting shredded by the GC. Farewell!
# Our weak reference now points to nothing
print(f"Dead: {weak_obj()}")  # Output: Dead: None
