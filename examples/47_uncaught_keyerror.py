# KeyError's message is the repr of the key, also when uncaught:
# the last stderr line is "KeyError: 'missing'".
inventory = {"apples": 3, "pears": 0}

def take(name, count):
    have = inventory[name]
    if have < count:
        print("not enough", name)
        return 0
    inventory[name] = have - count
    return count

print(take("apples", 2), inventory)
print(take("pears", 1), inventory)
print(inventory.get("missing", "no missing key"))
try:
    take("plums", 1)
except KeyError as e:
    print("caught KeyError", e)
print("now without a handler")
take("missing", 1)
