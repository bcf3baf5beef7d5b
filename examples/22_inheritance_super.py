# Single inheritance, overriding and super().
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def describe(self):
        return f"{self.name} says {self.speak()}"

class Dog(Animal):
    def speak(self):
        return "woof"

class Puppy(Dog):
    def __init__(self, name, toy):
        super().__init__(name)
        self.toy = toy

    def speak(self):
        return super().speak() + " (squeaky)"

    def describe(self):
        return super().describe() + f" and plays with {self.toy}"

for a in [Animal("generic"), Dog("Rex"), Puppy("Bit", "ball")]:
    print(a.describe())

p = Puppy("Nib", "rope")
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, object))
print(Puppy.__bases__, Dog.__base__.__name__)
print([c.__name__ for c in Puppy.__mro__])

# Attribute lookup walks up the class chain.
class Base:
    greeting = "hello from Base"
    def who(self):
        return "Base.who"

class Child(Base):
    pass

class GrandChild(Child):
    def who(self):
        return "GrandChild.who -> " + super().who()

print(GrandChild().greeting, GrandChild().who())

# Inheriting from builtin exception classes.
class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code

try:
    raise AppError(42, "something failed")
except Exception as e:
    print(type(e).__name__, e, e.code, e.args)
