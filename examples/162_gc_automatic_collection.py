# With a low threshold, cycles are collected automatically while the program
# allocates, without any explicit gc.collect().
import gc

gc.collect()
freed = []


class Cyclic:
    def __init__(self, n):
        self.n = n
        self.me = self

    def __del__(self):
        freed.append(self.n)


print("enabled:", gc.isenabled())
gc.set_threshold(10)
for i in range(200):
    Cyclic(i)
print("some cycles freed automatically during the loop:", len(freed) > 0)
print("not all of them necessarily:", len(freed) <= 200)
print("freed in creation order:", freed == sorted(freed))

gc.collect()
print("after explicit collect, all freed:", sorted(freed) == list(range(200)))

# With collection disabled nothing is freed automatically.
freed.clear()
gc.disable()
for i in range(200):
    Cyclic(i)
print("disabled: freed during loop:", len(freed))
gc.enable()
print("enabled again; explicit collect:", gc.collect() >= 200, len(freed))
gc.set_threshold(700, 10, 10)
