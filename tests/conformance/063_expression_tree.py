class Expr:
    def __add__(self, other):
        return Add(self, wrap(other))

    def __radd__(self, other):
        return Add(wrap(other), self)

    def __mul__(self, other):
        return Mul(self, wrap(other))

    def __rmul__(self, other):
        return Mul(wrap(other), self)

    def accept(self, visitor):
        return getattr(visitor, "visit_" + type(self).__name__)(self)


class Num(Expr):
    def __init__(self, value):
        self.value = value


class Var(Expr):
    def __init__(self, name):
        self.name = name


class Add(Expr):
    def __init__(self, left, right):
        self.left, self.right = left, right


class Mul(Add): pass


def wrap(x):
    return x if isinstance(x, Expr) else Num(x)


class Printer:
    def visit_Num(self, e):
        return str(e.value)

    def visit_Var(self, e):
        return e.name

    def visit_Add(self, e):
        return f"({e.left.accept(self)} + {e.right.accept(self)})"

    def visit_Mul(self, e):
        return f"{e.left.accept(self)}*{e.right.accept(self)}"


class Derive:
    def __init__(self, var):
        self.var = var

    def visit_Num(self, e):
        return Num(0)

    def visit_Var(self, e):
        return Num(1 if e.name == self.var else 0)

    def visit_Add(self, e):
        return simplify(e.left.accept(self) + e.right.accept(self))

    def visit_Mul(self, e):
        return simplify(e.left.accept(self) * e.right + e.left * e.right.accept(self))


def simplify(e):
    if isinstance(e, Add):
        l, r = simplify(e.left), simplify(e.right)
        if isinstance(l, Num) and isinstance(r, Num):
            return Num(l.value * r.value if isinstance(e, Mul) else l.value + r.value)
        if isinstance(e, Mul):
            if any(isinstance(s, Num) and s.value == 0 for s in (l, r)):
                return Num(0)
            if isinstance(l, Num) and l.value == 1:
                return r
            if isinstance(r, Num) and r.value == 1:
                return l
            return Mul(l, r)
        if isinstance(l, Num) and l.value == 0:
            return r
        if isinstance(r, Num) and r.value == 0:
            return l
        return Add(l, r)
    return e


x, y = Var("x"), Var("y")
exprs = [3 * x * x + 2 * x + 1, x * y + y * 0 + 1 * x, (x + 1) * (x + 2), 2 * (3 + x)]
p = Printer()
for e in exprs:
    d = e.accept(Derive("x"))
    print(f"{e.accept(p):<32} d/dx = {d.accept(p)}")
print(simplify(0 + x * 1 + 0).accept(p), simplify(Num(2) * 3 + 4).accept(p), isinstance(exprs[0], Add))
try:
    exprs[0].accept(object())
except AttributeError as e:
    print("AttributeError:", e)
