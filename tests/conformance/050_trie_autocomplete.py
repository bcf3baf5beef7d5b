class TrieNode:
    __slots__ = ("children", "count", "terminal")

    def __init__(self):
        self.children = {}
        self.count = 0
        self.terminal = 0


class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        for w in words:
            self.insert(w)

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        node.terminal += 1

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self._find(word)
        return bool(node and node.terminal)

    def count_prefix(self, prefix):
        node = self._find(prefix)
        return node.count if node else 0

    def complete(self, prefix, limit=None):
        node = self._find(prefix)
        if node is None:
            return []
        results = []

        def walk(n, path):
            if n.terminal:
                results.append((prefix + path, n.terminal))
            for ch in sorted(n.children):
                walk(n.children[ch], path + ch)
        walk(node, "")
        results.sort(key=lambda r: (-r[1], r[0]))
        return [w for w, _ in results[:limit]]

    def longest_common_prefix(self):
        node, out = self.root, []
        while len(node.children) == 1 and not node.terminal:
            ch, node = next(iter(node.children.items()))
            out.append(ch)
        return "".join(out)


text = """to be or not to be that is the question whether tis nobler in the mind to suffer
the slings and arrows of outrageous fortune or to take arms against a sea of troubles
and by opposing end them to die to sleep no more and by a sleep to say we end the
heartache and the thousand natural shocks that flesh is heir to tis a consummation"""
t = Trie(text.split())
for prefix in ["t", "th", "s", "a", "no", "x", ""]:
    print(f"{prefix!r:5} {t.count_prefix(prefix):3} {t.complete(prefix, 5)}")
print("the" in t, "th" in t, "question" in t, "" in t)
print(Trie(["interview", "internet", "interval", "internal"]).longest_common_prefix())
print(Trie(["flower", "flow", "flight"]).longest_common_prefix(), repr(Trie(["a", "b"]).longest_common_prefix()))
print(len(t.complete("")), t.complete("heir"), t.complete("sl", limit=1))
