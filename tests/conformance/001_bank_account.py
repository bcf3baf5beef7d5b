class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available


class Account:
    interest_rate = 0.02
    _next_id = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.history = []
        self.number = Account._next_id
        Account._next_id += 1

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def add_interest(self):
        interest = round(self._balance * self.interest_rate, 2)
        self._balance += interest
        self.history.append(("interest", interest))

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance:.2f})"


class SavingsAccount(Account):
    interest_rate = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise RuntimeError("withdrawal limit reached")
        return super().withdraw(amount)


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print(f"transfer failed: {e} (short by {e.needed - e.available:.2f})")
        return False
    dst.deposit(amount)
    return True


alice = Account("alice", 100)
bob = SavingsAccount("bob")
alice.deposit(50).deposit(25.5)
print(alice, bob)
print(transfer(alice, bob, 120))
print(transfer(alice, bob, 1000))
bob.add_interest()
alice.add_interest()
print(alice.balance, bob.balance)
for amt in (10, 10, 10):
    try:
        bob.withdraw(amt)
        print("withdrew", amt)
    except RuntimeError as e:
        print("error:", e)
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for acct in (alice, bob):
    print(acct.number, acct.owner, type(acct).__name__)
    for kind, amount in acct.history:
        print(f"  {kind:<10}{amount:>10.2f}")
try:
    alice.balance = 5
except AttributeError as e:
    print("AttributeError")
print(sorted([alice, bob], key=lambda a: a.balance))
