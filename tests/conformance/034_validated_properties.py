class Validated:
    """A data descriptor that checks values before storing them."""

    def __init__(self, kind, check=None, doc=""):
        self.kind, self.check, self.__doc__ = kind, check, doc

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.check and not self.check(value):
            raise ValueError(f"{self.name}={value!r} failed validation")
        setattr(obj, self.private, value)


class Product:
    name = Validated(str, lambda s: 0 < len(s) <= 20, "product name")
    price = Validated((int, float).__class__ and float, lambda p: p >= 0)
    qty = Validated(int, lambda q: q >= 0)

    def __init__(self, name, price, qty=0):
        self.name, self.price, self.qty = name, price, qty

    @property
    def total(self):
        return round(self.price * self.qty, 2)

    @property
    def sku(self):
        return self._sku

    @sku.setter
    def sku(self, value):
        self._sku = value.upper()

    @sku.deleter
    def sku(self):
        print("  deleting sku", self._sku)
        del self._sku

    def __repr__(self):
        return f"Product({self.name!r}, {self.price}, {self.qty})"


p = Product("lamp", 19.99, 3)
print(p, p.total, vars(p))
attempts = [("price", -1.0), ("price", 5), ("qty", 2.5), ("qty", 7), ("name", ""), ("name", "x" * 21), ("name", "desk")]
for attr, value in attempts:
    try:
        setattr(p, attr, value)
        print(f"set {attr}={value!r} -> {p}")
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
p.sku = "ab-12"
print(p.sku, hasattr(p, "_sku"))
del p.sku
print(hasattr(p, "sku"))
try:
    p.total = 3
except AttributeError as e:
    print("AttributeError:", e)
print(Product.name.__doc__, type(Product.qty).__name__, Product.price.name, Product.qty.private)
print(isinstance(Product.total, property), Product.sku.fget.__name__)


class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    fahrenheit = property(lambda self: self.celsius * 9 / 5 + 32,
                          lambda self, f: setattr(self, "celsius", (f - 32) * 5 / 9),
                          doc="degrees F")


t = Temperature(100)
print(t.fahrenheit)
t.fahrenheit = -40
print(t.celsius, Temperature.fahrenheit.__doc__)
