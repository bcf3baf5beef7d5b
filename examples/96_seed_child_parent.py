# From "What is a weak reference in Python and when should you use it?":
# a child holding a weak reference to its parent.
import weakref


class Parent:
    def __init__(self, name):
        self.name = name
        self.children = []


class Child:
    def __init__(self, parent):
        self.parent = weakref.ref(parent)  # Weak reference

    def get_parent(self):
        p = self.parent()
        if p is not None:
            return p
        else:
            print("Parent has been deleted")
            return None


parent = Parent("root")
child = Child(parent)
parent.children.append(child)
print(child.get_parent().name)
del parent
print(child.get_parent())
