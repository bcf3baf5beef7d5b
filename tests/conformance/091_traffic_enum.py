# A traffic-light controller and a permission checker built on enum.
from enum import Enum, IntEnum, Flag, auto


class Light(Enum):
    RED = "stop"
    GREEN = "go"
    YELLOW = "slow"

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    URGENT = 3


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()


state = Light.RED
for tick in range(5):
    print(tick, state.name, state.value, repr(state))
    state = state.next()

tasks = [("mail", Priority.LOW), ("fire", Priority.URGENT), ("report", Priority.NORMAL)]
for name, prio in sorted(tasks, key=lambda t: t[1], reverse=True):
    print(f"{name:8} {prio.name:7} {int(prio)} {prio > Priority.NORMAL}")

users = {"ann": Perm.READ | Perm.WRITE, "bob": Perm.READ, "cid": Perm.READ | Perm.WRITE | Perm.EXEC}
for user, perms in users.items():
    can = [p.name for p in Perm if p in perms]
    print(user, can, repr(perms))
print(Light("go"), Priority(2), Perm(3))
try:
    Light("fly")
except ValueError as e:
    print("error:", e)
