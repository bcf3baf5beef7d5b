class LinkedList:
    class _Node:
        __slots__ = ("value", "next")

        def __init__(self, value, next=None):
            self.value = value
            self.next = next

    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for x in reversed(list(iterable)):
            self.push(x)

    def push(self, value):
        self.head = self._Node(value, self.head)
        self._len += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        node = self.head
        self.head = node.next
        self._len -= 1
        return node.value

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self._len

    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("index out of range")

    def __repr__(self):
        return " -> ".join(map(repr, self)) or "<empty>"


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        return self._items.pop()

    def peek(self):
        return self._items[-1]

    def __bool__(self):
        return bool(self._items)


ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[0], ll[-1])
ll.reverse()
print(ll)
print(ll.pop(), ll.pop(), ll)
empty = LinkedList()
print(empty, bool(empty))
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)


def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in s:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st


for s in ["(a[b]{c})", "(]", "((", "{[()()]}", ""]:
    print(repr(s), balanced(s))
