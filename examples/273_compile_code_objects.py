# compile() and code objects: exec/eval/single modes, reuse, namespaces,
# SyntaxError details, errors raised inside compiled code, argument checks.
import sys

code = compile("x = 1\ny = x + 1\nprint('ran', x, y)", "myfile", "exec")
print(type(code).__name__, type(code))
print(code.co_filename, code.co_name, code.co_qualname, code.co_firstlineno)
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(code.co_nlocals, code.co_flags, code.co_varnames, code.co_freevars, code.co_cellvars)
print(repr(code))
print(repr(compile("1", "a\u00e9 \"q\"", "eval")))

# exec in the caller's namespace, then in fresh dicts, many times
exec(code)
print(x, y)
for i in range(3):
    g = {"x": i}
    exec(code, g)
    print(sorted(k for k in g if k != "__builtins__"), g["y"], "__builtins__" in g)

# globals and a distinct locals mapping
g, l = {"base": 100}, {}
exec(compile("z = base + 1\nw = z * 2", "<ns>", "exec"), g, l)
print(sorted(l.items()), "z" in g)

# eval mode: the value with eval(), None with exec()
e = compile("a * 10 + b", "<expr>", "eval")
print(eval(e, {"a": 1, "b": 2}), eval(e, {"a": 3}, {"b": 4}))
print(exec(e, {"a": 1, "b": 2}))
print(eval(compile("(1,\n 2)", "<expr>", "eval")))
print(eval(compile("x = 5", "<s>", "exec"), {}))
a, b = 7, 8
print(eval(e))

# single mode: expression values are shown (and bound to _)
exec(compile("1 + 1", "<single>", "single"))
print(_)
exec(compile("None", "<single>", "single"))
exec(compile("q = 3; q * 2; 'text'", "<single>", "single"))
print(eval(compile("[q]", "<single>", "single")))
exec(compile("def sq(n):\n    return n * n\n", "<single>", "single"))
print(sq(9))

# bytes source, path-like and bytes filenames, keyword arguments
print(eval(compile(b"40 + 2", b"bytes-name", "eval")))
print(compile(source="1", filename="kw", mode="eval", flags=0, dont_inherit=True).co_filename)


class PathLike:
    def __fspath__(self):
        return "from-fspath"


print(compile("1", PathLike(), "eval").co_filename)

# syntax errors come from compile() itself, with CPython's details
for src, mode in [
    ("1 +", "eval"),
    ("x = (", "exec"),
    ("a b", "eval"),
    ("  1", "eval"),
    ("x = 1\nif x:\npass", "exec"),
    ("return 5", "exec"),
    ("1\n2", "single"),
    ("x = 1; y = 2\nz = 3", "single"),
    ("if 1:\n  pass\nx", "single"),
    ("", "single"),
    ("# only a comment\n", "single"),
    ("", "eval"),
    ("nul\0byte", "exec"),
    (b"\xff = 1", "exec"),
]:
    try:
        compile(src, "<input>", mode)
        print("compiled", repr(src))
    except SyntaxError as err:
        print(type(err).__name__, repr(err.msg), err.filename, err.lineno, err.offset, repr(err.text))

# errors raised inside compiled code: caught, with the interpreter's state
boom = compile("value = 10\nvalue / 0\n", "boom.py", "exec")
for attempt in range(2):
    try:
        exec(boom, {})
    except ZeroDivisionError as err:
        kind, val = sys.exc_info()[:2]
        print("attempt", attempt, kind.__name__, val, val is err)

try:
    eval(compile("undefined_name + 1", "<lookup>", "eval"), {})
except NameError as err:
    print(type(err).__name__, err)

# argument checks, in CPython's order and words
checks = [
    lambda: compile("1", "f", "bogus"),
    lambda: compile(42, "f", "exec"),
    lambda: compile(code, "f", "exec"),
    lambda: compile("1", 3, "exec"),
    lambda: compile("1", "f", 3),
    lambda: compile("1", "f", "exec", "flags"),
    lambda: compile("1", "f", "exec", 0x100),
    lambda: compile("1", "f", "exec", optimize=7),
    lambda: compile("1", "f"),
    lambda: compile(),
    lambda: compile("1", "f", "exec", 0, False, -1, 9),
    lambda: compile("1", "f", "exec", bogus=1),
    lambda: compile("1", "f", "exec", source="2"),
    lambda: compile("1", "f\0", "exec"),
    lambda: compile("1", "f", "func_type"),
    lambda: exec(42),
    lambda: eval([]),
    lambda: exec(code, 5),
    lambda: eval(e, {}, 7),
    lambda: type(code)(),
]
for check in checks:
    try:
        check()
        print("no error")
    except (TypeError, ValueError, SyntaxError) as err:
        print(type(err).__name__, err)

# harmless flags are accepted
print(type(compile("1", "f", "eval", 0x20000)).__name__)  # __future__.division

# an error in compiled code that nobody catches
exec(compile("print('last')\n[][1]", "<final>", "exec"))
