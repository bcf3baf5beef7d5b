class Token:
    def __init__(self, kind, value):
        self.kind, self.value = kind, value
    def __repr__(self):
        return f"Token({self.kind}, {self.value!r})"


class ParseError(Exception): pass


def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            yield Token("NUM", float(text) if "." in text else int(text))
            i = j
        elif ch.isalpha():
            yield Token("NAME", ch)
            i += 1
        elif ch in "+-*/()^":
            yield Token("OP", ch)
            i += 1
        else:
            raise ParseError(f"bad character {ch!r} at {i}")
    yield Token("EOF", None)


class Parser:
    def __init__(self, src, env):
        self.tokens = list(tokenize(src))
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos]
    def take(self, value=None):
        tok = self.tokens[self.pos]
        if value is not None and tok.value != value:
            raise ParseError(f"expected {value!r}, got {tok.value!r}")
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek().value in ("*", "/"):
            op = self.take().value
            rhs = self.factor()
            value = value * rhs if op == "*" else value / rhs
        return value

    def factor(self):
        base = self.unary()
        if self.peek().value == "^":
            self.take()
            return base ** self.factor()
        return base

    def unary(self):
        if self.peek().value == "-":
            self.take()
            return -self.unary()
        tok = self.take()
        if tok.kind == "NUM":
            return tok.value
        if tok.kind == "NAME":
            return self.env[tok.value]
        if tok.value == "(":
            v = self.expr()
            self.take(")")
            return v
        raise ParseError(f"unexpected {tok!r}")


def evaluate(src, **env):
    p = Parser(src, env)
    v = p.expr()
    if p.peek().kind != "EOF":
        raise ParseError(f"trailing {p.peek()!r}")
    return v


print(list(tokenize("3 + x*(2.5)")))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 / 4 * 3",
            "x * x - y", "2 ^ 100", "1.5 * (2 + 0.25)", "(1 + 2", "1 $ 2", "1 / 0", "3 4"]:
    try:
        print(f"{src:<18} = {evaluate(src, x=7, y=0.5)}")
    except ParseError as e:
        print(f"{src:<18} ! {e}")
    except ZeroDivisionError as e:
        print(f"{src:<18} ! {type(e).__name__}: {e}")
