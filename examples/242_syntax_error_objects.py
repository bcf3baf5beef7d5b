# Caught SyntaxError objects carry where the error is, as in CPython.
cases = [
    ("exec", "x = = 1"),
    ("exec", "if True:\nprint(1)"),
    ("exec", "if True:\n    a = 1\n  b = 2"),
    ("exec", "  x = 1"),
    ("exec", "if True:\n\tx = 1\n        y = 2"),
    ("eval", "1 +"),
    ("eval", "1 +\n"),
    ("eval", "(1, 2"),
    ("exec", "x = 'abc"),
    ("exec", "return 5"),
    ("exec", "a b"),
    ("exec", "x = 1 +"),
    ("exec", "if x"),
    ("exec", "a\nb +"),
    ("exec", "del f()"),
    ("exec", "1 = x"),
    ("exec", "x = (\n1,\n2"),
    ("exec", "print('hi'"),
    ("exec", "class A:\npass"),
    ("exec", "x = 1\n  y = 2"),
]
for kind, src in cases:
    try:
        if kind == "exec":
            exec(src)
        else:
            eval(src)
    except SyntaxError as e:
        print(type(e).__name__, "|", e)
        print("  ", repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
        print("   args:", e.args)

# Badly indented code raises IndentationError (a SyntaxError subclass).
try:
    exec("def f():\nreturn 1")
except IndentationError as e:
    print("IndentationError caught:", e.msg, isinstance(e, SyntaxError))
try:
    exec("if 1:\n\tx = 1\n        y = 2")
except IndentationError as e:
    print(type(e).__name__, "is an IndentationError:", e.msg)

# Made by hand: the fields come from the arguments.
e = SyntaxError("bad thing", ("/some/dir/mod.py", 3, 5, "x = $\n", 3, 6))
print(str(e), "|", e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(repr(e), e.print_file_and_line)
print(str(SyntaxError("only a message")), SyntaxError("m").lineno)
print(repr(str(SyntaxError())), SyntaxError().msg)
print(str(SyntaxError("m", (None, 7, 1, None))), str(SyntaxError("m", ("f.py", None, 1, None))))
e = SyntaxError("m", ("f.py", 1, 2, "t"))
e.lineno = 9
e.msg = "changed"
print(str(e), e.end_lineno, e.args)
try:
    SyntaxError("m", ("f.py", 1))
except TypeError as err:
    print("TypeError:", err)


class MyError(SyntaxError):
    pass


try:
    raise MyError("custom", ("x.py", 4, 1, "boom\n"))
except SyntaxError as err:
    print(type(err).__name__, err, err.text.strip())

# Uncaught: CPython prints the location and the bare message last.
exec("if True:\n    x = 1\n  y = 2\n")
