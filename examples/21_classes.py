# Classes, instances, methods and attributes.
class Dog:
    species = "Canis familiaris"
    count = 0

    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1

    def bark(self):
        return f"{self.name} says woof"

    def birthday(self):
        self.age += 1
        return self

rex = Dog("Rex", 3)
fido = Dog("Fido", 5)
print(rex.bark(), fido.bark())
print(rex.birthday().birthday().age, fido.age)
print(rex.species, Dog.species, Dog.count)

# The default repr shows module, class name and address.
class Plain:
    pass

p = Plain()
print(p)
print(repr(p) == str(p), repr(p).startswith("<__main__.Plain object at 0x"))
print(type(p), type(p).__name__, Plain.__name__)
print(Plain, Dog)

# Bound methods remember their instance.
method = rex.bark
print(method())
print(Dog.bark(fido))

# Instances get attributes dynamically.
p.x = 1
p.y = 2
print(p.x + p.y)
try:
    print(p.z)
except AttributeError as e:
    print(type(e).__name__, e)

class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    def __repr__(self):
        return f"Temperature({self.celsius!r})"

temps = [Temperature(), Temperature(100), Temperature(-40)]
print(temps)
print([t.fahrenheit() for t in temps])
print(isinstance(rex, Dog), isinstance(rex, Plain), isinstance(rex, object))
