class Command:
    def do(self, doc):
        raise NotImplementedError

    def undo(self, doc):
        raise NotImplementedError


class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text

    def do(self, doc):
        doc.text = doc.text[:self.pos] + self.text + doc.text[self.pos:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + doc.text[self.pos + len(self.text):]

    def __repr__(self):
        return f"Insert({self.pos}, {self.text!r})"


class Delete(Command):
    def __init__(self, pos, length):
        self.pos, self.length = pos, length
        self.removed = None

    def do(self, doc):
        self.removed = doc.text[self.pos:self.pos + self.length]
        doc.text = doc.text[:self.pos] + doc.text[self.pos + self.length:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + self.removed + doc.text[self.pos:]

    def __repr__(self):
        return f"Delete({self.pos}, {self.length})"


class Upper(Command):
    def do(self, doc):
        self.before = doc.text
        doc.text = doc.text.upper()

    def undo(self, doc):
        doc.text = self.before


class Document:
    def __init__(self):
        self.text = ""
        self.undo_stack = []
        self.redo_stack = []

    def execute(self, cmd):
        cmd.do(self)
        self.undo_stack.append(cmd)
        self.redo_stack.clear()

    def undo(self):
        if not self.undo_stack:
            print("  nothing to undo")
            return
        cmd = self.undo_stack.pop()
        cmd.undo(self)
        self.redo_stack.append(cmd)

    def redo(self):
        if not self.redo_stack:
            print("  nothing to redo")
            return
        cmd = self.redo_stack.pop()
        cmd.do(self)
        self.undo_stack.append(cmd)


doc = Document()
script = [
    ("do", Insert(0, "hello")), ("do", Insert(5, " world")), ("do", Delete(0, 1)),
    ("do", Insert(0, "J")), ("undo",), ("undo",), ("redo",), ("do", Upper()),
    ("undo",), ("undo",), ("undo",), ("undo",), ("undo",), ("redo",), ("redo",),
    ("do", Insert(11, "!")), ("redo",),
]
for step in script:
    action = step[0]
    if action == "do":
        doc.execute(step[1])
    else:
        getattr(doc, action)()
    print(f"{action:<5} {doc.text!r:<16} undo={len(doc.undo_stack)} redo={len(doc.redo_stack)}")
print(doc.undo_stack)
print([type(c).__name__ for c in doc.undo_stack], isinstance(doc.undo_stack[0], Command))
