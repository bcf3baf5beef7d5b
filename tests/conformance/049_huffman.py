import heapq
from collections import Counter
from itertools import count


class Node:
    def __init__(self, freq, symbol=None, left=None, right=None):
        self.freq, self.symbol, self.left, self.right = freq, symbol, left, right

    def is_leaf(self):
        return self.symbol is not None


def build_tree(text):
    tie = count()
    heap = [(f, next(tie), Node(f, s)) for s, f in sorted(Counter(text).items())]
    heapq.heapify(heap)
    if len(heap) == 1:
        f, _, only = heap[0]
        return Node(f, left=only)
    while len(heap) > 1:
        f1, _, a = heapq.heappop(heap)
        f2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (f1 + f2, next(tie), Node(f1 + f2, left=a, right=b)))
    return heap[0][2]


def codes(node, prefix="", table=None):
    table = {} if table is None else table
    if node.is_leaf():
        table[node.symbol] = prefix or "0"
    else:
        if node.left:
            codes(node.left, prefix + "0", table)
        if node.right:
            codes(node.right, prefix + "1", table)
    return table


def encode(text, table):
    return "".join(table[ch] for ch in text)


def decode(bits, root):
    out, node = [], root
    for b in bits:
        node = node.left if b == "0" else node.right
        if node.is_leaf():
            out.append(node.symbol)
            node = root
    return "".join(out)


def pack(bits):
    padded = bits + "0" * (-len(bits) % 8)
    return bytes(int(padded[i:i + 8], 2) for i in range(0, len(padded), 8))


for text in ["abracadabra", "mississippi river", "aaaaaaa", "the rain in spain stays mainly in the plain"]:
    root = build_tree(text)
    table = codes(root)
    bits = encode(text, table)
    assert decode(bits, root) == text
    ratio = len(bits) / (8 * len(text))
    print(f"{text!r}: {len(bits)} bits vs {8 * len(text)} ({ratio:.1%})")
    for sym, code in sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0])):
        print(f"   {sym!r}: {code}")
    print("  packed:", pack(bits).hex(), pack(bits)[:4])
