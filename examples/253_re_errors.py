# re.error with CPython's messages and positions, and TypeErrors.
import re

bad_patterns = [
    "(ab", "abc)", "*a", "a**", "(?<x", "[abc", "a{3,1}", "\\q", "(?P<1a>x)",
    "(?P=missing)", "(a)\\2", "(?<=a+)b", "(?P<a>x)(?P<a>y)", "a(?i)b", "(?z)",
    "[z-a]", "\\", "x{2}{3}", "a|*", "(?#unterminated", "\\x4", "line1\n(line2",
]
for p in bad_patterns:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "->", e, "| pos", e.pos, "lineno", e.lineno, "colno", e.colno)

try:
    re.compile("(")
except re.error as e:
    print(type(e).__name__, e.msg, repr(e.pattern), e.pos, isinstance(e, Exception))

for bad_template in [r"\g<5>", r"\q", r"\g<name"]:
    try:
        re.sub("(a)", bad_template, "a")
    except re.error as e:
        print("template", repr(bad_template), "->", e)
try:
    re.sub("(a)", r"\g<nope>", "a")
except IndexError as e:
    print("IndexError:", e)

for args in [("a", 5), ("a", None)]:
    try:
        re.search(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    re.compile(42)
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError:", e)

try:
    re.compile("x{99999999999}")
except OverflowError as e:
    print("OverflowError:", e)

re.compile("(unclosed")
