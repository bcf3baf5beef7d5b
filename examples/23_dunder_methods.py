# Special methods let classes work with operators and builtins.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __lt__(self, other):
        return abs(self) < abs(other)

v = Vector(3, 4)
w = Vector(1, 2)
print(v, repr(v), [v, w])
print(v + w, v * 2, 3 * w)
print(abs(v), bool(Vector(0, 0)), bool(w))
print(v == Vector(3, 4), v != w, v == "text", v in [w, Vector(3, 4)])
print(len({v, Vector(3, 4), w}), sorted([v, w, Vector(0, 1)]))
print(f"{v} and {v!r}", str(v), "%s" % v)

class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, index):
        return self.cards[index]

    def __setitem__(self, index, value):
        self.cards[index] = value

    def __contains__(self, card):
        return card in self.cards

deck = Deck("AKQJ")
deck[0] = "A!"
print(len(deck), deck[0], deck[-1], deck[1:3], "Q" in deck, "X" in deck)
print(list(deck), [c for c in deck])
