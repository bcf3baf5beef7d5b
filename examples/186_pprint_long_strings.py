# pprint splits strings too long for their line into adjacent literals.
import pprint
long = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(long)
pprint.pprint(long, width=30)
pprint.pprint([long, "short", long[:50]])
pprint.pprint({"k": long, "lines": "first line\nsecond line that is rather long indeed\n" * 3}, width=40)
pprint.pprint("x" * 200, width=40)
pprint.pprint(("a " * 50,), width=40)
pprint.pprint(["word " * 30], width=60, indent=3)
pprint.pprint("tabs\tand  double  spaces   " * 5, width=30)
pprint.pprint({"nested": {"deeper": "some long text " * 8}}, width=50)
print(pprint.pformat("ab cd " * 20, width=20))
pprint.pprint("", width=5)
pprint.pprint("short", width=3)
pprint.pprint("üñíçødé text " * 8, width=40)
