# gc.disable/enable/isenabled; gc.collect works while disabled.
import gc

print("initially enabled:", gc.isenabled())
gc.disable()
print("after disable:", gc.isenabled())
gc.disable()
print("disable twice:", gc.isenabled())


class Cyc:
    def __init__(self):
        self.me = self


for _ in range(1000):
    Cyc()
print("explicit collect while disabled:", gc.collect())
gc.enable()
print("after enable:", gc.isenabled())
gc.enable()
print("enable twice:", gc.isenabled())
print("collect returns int:", type(gc.collect()).__name__)
print("collect(0), (1), (2) accepted:", [type(gc.collect(g)).__name__ for g in range(3)])
print("keyword generation:", gc.collect(generation=2))
