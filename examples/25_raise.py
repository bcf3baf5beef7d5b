# Raising exceptions.
def check_age(age):
    if not isinstance(age, int):
        raise TypeError(f"age must be an int, not {type(age).__name__}")
    if age < 0:
        raise ValueError("age cannot be negative")
    return age

for value in [30, -1, "old"]:
    try:
        print("ok", check_age(value))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# Raising a class instantiates it.
try:
    raise KeyError
except KeyError as e:
    print("caught", type(e).__name__, repr(e), e.args)

# Custom exceptions.
class InsufficientFunds(Exception):
    pass

class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"need {amount}, have {self.balance}")
        self.balance -= amount

acct = Account(50)
acct.withdraw(20)
try:
    acct.withdraw(100)
except InsufficientFunds as e:
    print(type(e).__name__, e, acct.balance)

# A bare raise re-raises the exception being handled.
def log_and_reraise():
    try:
        {}["missing"]
    except KeyError as e:
        print("logging", repr(e))
        raise

try:
    log_and_reraise()
except KeyError as e:
    print("re-raised", e)

# raise ... from ... sets __cause__.
try:
    try:
        int("abc")
    except ValueError as e:
        raise RuntimeError("conversion failed") from e
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)

# Exceptions carry their arguments.
e = ValueError("a", 1)
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError("x")))
