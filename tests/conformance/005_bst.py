class Node:
    __slots__ = ("key", "left", "right")

    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


class BST:
    def __init__(self, keys=()):
        self.root = None
        self.size = 0
        for k in keys:
            self.insert(k)

    def insert(self, key):
        def _insert(node):
            if node is None:
                self.size += 1
                return Node(key)
            if key < node.key:
                node.left = _insert(node.left)
            elif key > node.key:
                node.right = _insert(node.right)
            return node
        self.root = _insert(self.root)

    def delete(self, key):
        def _delete(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = _delete(node.left, key)
            elif key > node.key:
                node.right = _delete(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key = succ.key
                node.right = _delete(node.right, succ.key)
            return node
        self.root = _delete(self.root, key); self.size -= 1

    def inorder(self, node="start"):
        if node == "start":
            node = self.root
        if node:
            yield from self.inorder(node.left)
            yield node.key
            yield from self.inorder(node.right)

    def preorder(self):
        stack = [self.root] if self.root else []
        while stack:
            n = stack.pop()
            yield n.key
            stack.extend(c for c in (n.right, n.left) if c)

    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out

    def height(self, node="start"):
        if node == "start":
            node = self.root
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))

    def __contains__(self, key):
        n = self.root
        while n and n.key != key:
            n = n.left if key < n.key else n.right
        return n is not None

    def __len__(self):
        return self.size


t = BST([50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print(list(t.inorder()), len(t), t.height())
print(list(t.preorder()))
print(t.levels())
for k in (30, 50, 20):
    t.delete(k)
    print("deleted", k, list(t.inorder()), t.levels())
print(45 in t, 30 in t)
try:
    t.delete(999)
except KeyError as e:
    print("KeyError", e)
words = BST("the quick brown fox jumps over the lazy dog".split())
print(list(words.inorder()), len(words))
