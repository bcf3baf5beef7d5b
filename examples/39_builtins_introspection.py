# type, isinstance, issubclass, id, hash, callable, getattr, setattr, hasattr.
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()))
print(type(None), type(True), type(len), type(type), type(range(1)))
print(type(1) is int, type(True) is bool, type("") == str, type(int) is type)

class Shape:
    sides = 0
    def area(self):
        return 0

class Square(Shape):
    sides = 4
    def __init__(self, size):
        self.size = size
    def area(self):
        return self.size ** 2

sq = Square(3)
print(type(sq), type(sq).__name__, type(sq) is Square, type(sq) is Shape)
print(isinstance(sq, Square), isinstance(sq, Shape), isinstance(sq, (int, Shape)))
print(isinstance(True, int), isinstance(1, float), isinstance(None, object))
print(issubclass(Square, Shape), issubclass(bool, int), issubclass(int, (str, object)))

# id: equal for the same object, different for two live objects.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), isinstance(id(a), int))

# hash: equal objects have equal hashes.
print(hash(1) == hash(1.0) == hash(True), hash("abc") == hash("ab" + "c"))
print(hash(42), hash(-1), hash(0), hash(2.0), hash((1, 2)) == hash((1, 2)))
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
print(hash(sq) == hash(sq), hash(sq) == hash(Square(3)))

# callable.
print(callable(len), callable(Square), callable(sq.area), callable(sq), callable(3))
print(callable(lambda: 0), callable("text".upper))

# getattr, setattr, hasattr.
print(getattr(sq, "size"), getattr(sq, "sides"), getattr(sq, "missing", "fallback"))
setattr(sq, "color", "red")
print(sq.color, hasattr(sq, "color"), hasattr(sq, "weight"), hasattr(Square, "area"))
method = getattr(sq, "area")
print(method(), getattr("abc", "upper")(), getattr(Shape, "sides"))
try:
    getattr(sq, "weight")
except AttributeError as e:
    print(type(e).__name__, e)
for attr in ["size", "sides", "color"]:
    setattr(sq, attr, getattr(sq, attr) * 2)
print(sq.size, sq.sides, sq.color, Square.sides)
print(type(sq.area).__name__, type(Square.area).__name__, type(print).__name__)
