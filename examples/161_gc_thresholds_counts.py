# gc.get_threshold / set_threshold / get_count (relative facts only).
import gc

print("default threshold:", gc.get_threshold())
gc.set_threshold(500, 5, 5)
print("changed:", gc.get_threshold())
gc.set_threshold(100)
print("only first:", gc.get_threshold())
gc.set_threshold(100, 20)
print("two values:", gc.get_threshold())
gc.set_threshold(700, 10, 10)
print("restored:", gc.get_threshold())

gc.disable()
gc.collect()
count = gc.get_count()
print("count is a tuple of three ints:", type(count).__name__, len(count),
      all(type(c) is int for c in count))
print("young generation small after collect:", count[0] < 10)
print("older generations zero after full collect:", count[1:] == (0, 0))

before = gc.get_count()[0]
keep = [[] for _ in range(100)]
after = gc.get_count()[0]
print("allocating 100 lists raises gen0 count by >= 100:", after - before >= 100)

gc.collect(0)
print("after collect(0): gen0 small:", gc.get_count()[0] < 10,
      "gen1 bumped:", gc.get_count()[1] >= 1)
gc.collect(1)
print("after collect(1): gen2 bumped:", gc.get_count()[2] >= 1)
gc.collect()
print("after full collect:", gc.get_count()[1:])

try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError raised")
gc.enable()
