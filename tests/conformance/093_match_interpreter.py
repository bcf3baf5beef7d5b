# A tiny stack-machine interpreter and command shell driven by `match`:
# tuples for instructions, dicts for configuration, small classes for the
# expression tree, with guards, OR patterns and captures.
from dataclasses import dataclass


@dataclass
class Num:
    value: float


@dataclass
class BinOp:
    op: str
    left: object
    right: object


@dataclass
class Neg:
    operand: object


@dataclass
class Var:
    name: str


def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound variable {name}")
        case Neg(Num(v)):
            return -v
        case Neg(inner):
            return -evaluate(inner, env)
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", _, Num(0)):
            raise ZeroDivisionError("literal division by zero")
        case BinOp("/", l, r):
            return evaluate(l, env) / evaluate(r, env)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op!r}")
        case _:
            raise TypeError(f"not an expression: {node!r}")


def show(node):
    match node:
        case Num(v) if v < 0:
            return f"({v})"
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case Neg(x):
            return f"-{show(x)}"
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"


def run_program(program, config):
    stack = []
    match config:
        case {"trace": True, **others}:
            trace = True
            print("  config extras:", sorted(others))
        case {"trace": False} | {}:
            trace = False
    for pc, instr in enumerate(program):
        match instr:
            case ("push", value):
                stack.append(value)
            case ("pop",):
                stack.pop()
            case ("dup",):
                stack.append(stack[-1])
            case ("add" | "mul" | "sub") as op:
                b, a = stack.pop(), stack.pop()
                match op:
                    case "add":
                        stack.append(a + b)
                    case "mul":
                        stack.append(a * b)
                    case "sub":
                        stack.append(a - b)
            case ("jmpz", target) if stack and stack[-1] == 0:
                print(f"  jump to {target} at {pc}")
                break
            case ("jmpz", _):
                pass
            case ("print", *what):
                print("  print:", *what, stack[-1] if stack else None)
            case [op, *args]:
                print(f"  unknown instruction {op} with {len(args)} args")
            case other:
                print(f"  bad instruction {other!r}")
        if trace:
            print(f"  {pc}: {instr} -> {stack}")
    return stack


env = {"x": 4, "y": 2.5}
tree = BinOp("+", BinOp("*", Num(3), Var("x")), Neg(BinOp("/", Var("y"), Num(-0.5))))
print(show(tree), "=", evaluate(tree, env))
print(evaluate(BinOp("*", Var("missing"), Num(0)), env))
for bad in [BinOp("/", Num(1), Num(0)), BinOp("%", Num(1), Num(2)), Var("z"), "text"]:
    try:
        evaluate(bad, env)
    except (ZeroDivisionError, ValueError, NameError, TypeError) as e:
        print(type(e).__name__, e)

print("program 1")
print(run_program([("push", 2), ("push", 5), "add", ("dup",), "mul", ("print", "top")],
                  {"trace": True, "color": "no", "width": 3}))
print("program 2")
print(run_program([("push", 1), ("push", 1), "sub", ("jmpz", 9), ("push", 7)], {}))
print("program 3")
print(run_program([["frobnicate", 1, 2], 42, ("push", 0), ("jmpz", 0)], {"trace": False}))


def command(line):
    match line.split():
        case []:
            return "empty line"
        case ["help"] | ["?"]:
            return "commands: add, del, list"
        case ["add", name, *tags] if tags:
            return f"add {name} tagged {tags}"
        case ["add", name]:
            return f"add {name}"
        case ["del", ("all" | "*")]:
            return "delete everything"
        case ["del", *names]:
            return f"delete {len(names)}"
        case [cmd, *_]:
            return f"unknown command {cmd!r}"


for line in ["", "help", "?", "add milk", "add eggs dairy fresh", "del all", "del a b", "fly away"]:
    print(repr(line), "->", command(line))

match = {"last": tree}
case = lambda n: show(n)
print(case(match["last"].left))
