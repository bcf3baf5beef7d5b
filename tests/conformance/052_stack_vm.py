class VMError(Exception):
    pass


class VM:
    def __init__(self, program):
        self.program = self.assemble(program)
        self.stack, self.pc, self.vars, self.output = [], 0, {}, []
        self.steps = 0

    @staticmethod
    def assemble(source):
        labels, code = {}, []
        for line in source.strip().splitlines():
            line = line.split(";")[0].strip()
            if not line:
                continue
            if line.endswith(":"):
                labels[line[:-1]] = len(code)
                continue
            op, *args = line.split()
            code.append((op.upper(), args))
        return [(op, [labels.get(a, a) for a in args]) for op, args in code]

    def pop(self):
        if not self.stack:
            raise VMError(f"stack underflow at pc={self.pc - 1}")
        return self.stack.pop()

    BINOPS = {"ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b,
              "MUL": lambda a, b: a * b, "DIV": lambda a, b: a // b,
              "MOD": lambda a, b: a % b, "LT": lambda a, b: int(a < b), "EQ": lambda a, b: int(a == b)}

    def run(self, max_steps=10000):
        while self.pc < len(self.program):
            self.steps += 1
            if self.steps > max_steps:
                raise VMError("step limit exceeded")
            op, args = self.program[self.pc]
            self.pc += 1
            if op == "PUSH":
                self.stack.append(int(args[0]))
            elif op in self.BINOPS:
                b, a = self.pop(), self.pop()
                try:
                    self.stack.append(self.BINOPS[op](a, b))
                except ZeroDivisionError:
                    raise VMError(f"division by zero at pc={self.pc - 1}") from None
            elif op == "LOAD":
                self.stack.append(self.vars[args[0]])
            elif op == "STORE":
                self.vars[args[0]] = self.pop()
            elif op == "DUP":
                self.stack.append(self.stack[-1])
            elif op == "JMP":
                self.pc = args[0]
            elif op == "JZ":
                if self.pop() == 0:
                    self.pc = args[0]
            elif op == "PRINT":
                self.output.append(self.pop())
            elif op == "HALT":
                break
            else:
                raise VMError(f"unknown op {op}")
        return self.output


FACTORIAL = """
    push 1
    store acc
    push 20
    store n
loop:
    load n
    jz end          ; stop when n == 0
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
end:
    load acc
    print
"""
vm = VM(FACTORIAL)
print(vm.run(), vm.steps, vm.vars)
COLLATZ = "push 27\nstore x\ntop:\nload x\ndup\nprint\npush 1\neq\njz go\nhalt\ngo:\nload x\npush 2\nmod\njz even\nload x\npush 3\nmul\npush 1\nadd\nstore x\njmp top\neven:\nload x\npush 2\ndiv\nstore x\njmp top"
out = VM(COLLATZ).run()
print(len(out), max(out), out[:10])
for src in ["push 1\nadd", "push 1\npush 0\ndiv", "loop:\njmp loop", "bogus 1"]:
    try:
        VM(src).run()
    except VMError as e:
        print("VMError:", e)
