from functools import total_ordering


@total_ordering
class Money:
    __slots__ = ("cents", "currency")

    def __init__(self, amount, currency="USD"):
        object.__setattr__(self, "cents", round(amount * 100))
        object.__setattr__(self, "currency", currency)

    def __setattr__(self, name, value):
        raise AttributeError(f"Money is immutable (tried to set {name})")

    def _same(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch {self.currency}/{other.currency}")
        return other

    def __add__(self, other):
        other = self._same(other)
        if other is NotImplemented:
            return other
        return Money((self.cents + other.cents) / 100, self.currency)

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        return self.cents < self._same(other).cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __repr__(self):
        return f"Money({self.cents / 100:.2f}, {self.currency!r})"

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100}.{abs(self.cents) % 100:02d} {self.currency}"


class Coordinate:
    def __init__(self, lat, lon):
        self.lat, self.lon = lat, lon

    def __eq__(self, other):
        return isinstance(other, Coordinate) and (self.lat, self.lon) == (other.lat, other.lon)

    def __repr__(self):
        return f"Coordinate({self.lat}, {self.lon})"


a, b = Money(10.25), Money(4.80)
print(a + b, repr(a + b), a > b, a <= b, a == Money(10.25), a != b)
prices = {Money(1), Money(1.0), Money(2), Money(1, "EUR")}
print(len(prices), sorted(prices, key=lambda m: (m.currency, m.cents)))
ledger = {Money(5): "five", Money(5, "EUR"): "cinq"}
print(ledger[Money(5.00)], ledger.get(Money(5, "GBP"), "none"))
try:
    a.cents = 1
except AttributeError as e:
    print(e)
try:
    a + Money(1, "EUR")
except ValueError as e:
    print(e)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
print(sorted([Money(3), Money(-1.5), Money(0.99)]), max(Money(2), Money(7)), str(Money(-3.07)))
print(a == 10.25, Money(0.1) + Money(0.2) == Money(0.3))
c1, c2 = Coordinate(1.5, 2.5), Coordinate(1.5, 2.5)
print(c1 == c2, c1 is c2, Coordinate.__hash__ is None)
try:
    {c1}
except TypeError as e:
    print("TypeError:", e)
print(c1 in [c2], [c1, c2].count(c2), [Coordinate(0, 0), c1].index(c2))
