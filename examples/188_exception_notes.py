# BaseException.add_note and __notes__ (3.11): notes print after the message.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note(f"while parsing {text!r}")
        raise

results = []
for t in ["1", "x", "3"]:
    try:
        results.append(parse(t))
    except ValueError as e:
        print("failed:", e, e.__notes__)
print(results)
e = RuntimeError("outer")
e.__notes__ = ("tuple", "of notes")
try:
    raise e
except RuntimeError as r:
    print(r.__notes__, "__notes__" in r.__dict__)
parse("oops")
