# Errors of the match statement: CPython's compile-time SyntaxErrors and the
# TypeErrors and ValueErrors raised while matching.


def compile_error(src):
    try:
        exec(src, {"x": 0})
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.args[0])


compile_error("match x:\n case a:\n  pass\n case 1:\n  pass\n")
compile_error("match x:\n case _:\n  pass\n case 1:\n  pass\n")
compile_error("match x:\n case (a | b):\n  pass\n")
compile_error("match x:\n case _ as y:\n  pass\n case 1:\n  pass\n")
compile_error("match x:\n case [a, a]:\n  pass\n")
compile_error("match x:\n case {'k': a, **a}:\n  pass\n")
compile_error("match x:\n case [a] | b:\n  pass\n")
compile_error("match x:\n case [*a, *b]:\n  pass\n")
compile_error("match x:\n case 1 as _:\n  pass\n")
compile_error("match x:\n case P(x=1, 2):\n  pass\n")
compile_error("match x:\n case P(x=1, x=2):\n  pass\n")
compile_error("match x:\n case {'a': 1, 'a': 2}:\n  pass\n")
compile_error("match x:\n case {True: 1, 1.0: 2}:\n  pass\n")
compile_error("match x:\n case 1 + 1:\n  pass\n")
compile_error("match x:\n case 1j + 1j:\n  pass\n")
compile_error("match x:\n case f'{x}':\n  pass\n")
compile_error("match x:\n case _ if x:\n  pass\n case 1:\n  pass\n")


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["x"]


class BadName:
    __match_args__ = (1,)


not_a_class = 3


def run_error(src, subject):
    try:
        exec("match subject:\n    case " + src + ":\n        print('matched')\n"
             "    case _:\n        print('no match')\n", globals(), {"subject": subject})
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


Point.key = "a"
run_error("Point(1, 2, 3)", Point(1, 2))
run_error("NoArgs(1)", NoArgs())
run_error("NoArgs()", NoArgs())
run_error("BadArgs(1)", BadArgs())
run_error("BadName(1)", BadName())
run_error("not_a_class.real()", 5)
run_error("int(1, 2)", 1)
run_error("Point(1, x=1)", Point(1, 2))
run_error("Point(1, y=2)", Point(1, 2))
run_error("Point(1, 2, 3)", "not a point")
run_error("{'a': 1, Point.key: 2}", {"a": 1, "b": 2})
run_error("{'a': 1, Point.key: 2}", {"a": 1})

match Point(1, 2):
    case Point(1, 2, 3):
        pass
