# In-place operators that no type supports name the augmented operator
# (`+=`), while the other errors are those of the plain operation.
for stmt in [
    "x = 1; x += 'a'",
    "x = [1]; x -= 1",
    "class C: pass\nc = C(); c.v = 1; c.v *= None",
    "d = {'k': 1}; d['k'] //= 'z'",
    "s = 'a'; s @= 2",
    "x = 1; x **= 'a'",
    "x = None; x |= 1",
    "x = 2; x <<= 1.5",
    "s = 'a'; s += 1",
    "t = (1,); t += [2]",
    "l = [1]; l += 5",
    "x = 1; x /= 0",
    "x = {1}; x &= [1]",
]:
    try:
        exec(stmt)
        print("ok:", stmt)
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return NotImplemented

    def __iadd__(self, other):
        return NotImplemented


n = Num(1)
try:
    n += 1
except TypeError as e:
    print(e)
try:
    n + 1
except TypeError as e:
    print(e)


def local_aug():
    total = 0
    total += "x"


try:
    local_aug()
except TypeError as e:
    print(e)
