from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f"{type(self).__name__} area={self.area()}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s

class Half(Shape):
    def area(self):
        return 1

for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), issubclass(Square, Shape))
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__, type(Shape).__name__)

class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented

print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))

class Drawable(ABC):
    pass
class Circle:
    pass
Drawable.register(Circle)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable), isinstance(1, Drawable))

class WithProp(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
class Named(WithProp):
    @property
    def name(self):
        return "named"
try:
    WithProp()
except TypeError as e:
    print("TypeError:", e)
print(Named().name)
