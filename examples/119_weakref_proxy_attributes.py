# weakref.proxy: attribute get, set and delete go to the referent.
import weakref


class Account:
    kind = "basic"

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, n):
        self.balance += n
        return self.balance


acct = Account("ann", 10)
p = weakref.proxy(acct)
print("owner:", p.owner)
print("class attr:", p.kind)
print("method:", p.deposit(5))
print("balance via object:", acct.balance)

p.balance = 100
print("set via proxy:", acct.balance)
p.note = "vip"
print("new attr:", acct.note)
del p.note
print("deleted:", hasattr(acct, "note"))

try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)

print("type(p):", type(p).__name__)
print("isinstance(p, Account):", isinstance(p, Account))
print("p.__class__ is Account:", p.__class__ is Account)

del acct
try:
    p.owner
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    p.owner = "bob"
except ReferenceError as e:
    print("ReferenceError on set:", e)
try:
    del p.owner
except ReferenceError as e:
    print("ReferenceError on delete:", e)
