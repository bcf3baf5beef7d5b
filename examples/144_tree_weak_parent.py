# A tree whose children refer to their parents weakly: dropping the root
# frees the whole tree by reference counting alone (no cycles).
import gc
import weakref


class TreeNode:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self._parent = weakref.ref(parent) if parent is not None else None
        if parent is not None:
            parent.children.append(self)

    @property
    def parent(self):
        return self._parent() if self._parent is not None else None

    def path(self):
        parts = []
        node = self
        while node is not None:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))

    def __del__(self):
        print("freeing", self.name)


gc.disable()
root = TreeNode("root")
usr = TreeNode("usr", root)
lib = TreeNode("lib", usr)
TreeNode("bin", usr)
TreeNode("etc", root)
print(lib.path())
print("parent of usr:", usr.parent.name)
print("children of root:", [c.name for c in root.children])

del usr
print("lib still reachable:", lib.path())
print("dropping root")
del root
print("lib's parent alive:", lib.parent is not None)
print("lib's path now:", lib.path())
print("dropping lib")
del lib
print("collected by gc:", gc.collect())
gc.enable()
