# An uncaught exception ends the program with exit status 1. The traceback
# goes to stderr; its last line is "ValueError: boom".
def parse(text):
    if not text.isdigit():
        raise ValueError("not a number: " + repr(text))
    return int(text)

values = []
for text in ["1", "22", "x3"]:
    try:
        values.append(parse(text))
    except ValueError as e:
        print("skipped:", e)
print("parsed", values, "sum", sum(values))

# finally blocks still run while the exception propagates.
def risky():
    try:
        print("in risky")
        raise ValueError("boom")
    finally:
        print("cleanup in risky")

print("stdout printed before the error is kept")
risky()
print("never printed")
