# Match objects: groups, names, spans, lastindex, indexing, truthiness.
import re

m = re.search(r"(?P<key>\w+)=(?P<value>\d+)?(;)?", "x: size= rest")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("key"), m.group(1, 2, "key"))
print(m.groups(), m.groups("missing"), m.groupdict(), m.groupdict(""))
print(m.start(), m.end(), m.span(), m.span(1), m.span("value"), m.start(2), m.end(3))
print(m.string, m.re, m.pos, m.endpos, m.lastindex, m.lastgroup, m.regs)
print(m[0], m[1], m["key"], m[2])
print(bool(m), type(m).__name__, isinstance(m, re.Match))

m = re.match(r"((a)(b))(c)?", "abx")
print(m.lastindex, m.groups(), m.regs)
m = re.match(r"(?P<outer>a(?P<inner>b))", "ab")
print(m.lastindex, m.lastgroup)

p = re.compile(r"(?P<word>[a-z]+)(?P<num>\d*)")
print(p.groupindex, p.groups, p.pattern)
m = p.match("   abc123", 3, 8)
print(m, m.pos, m.endpos, m.group("num"))

for bad in [3, "nope", -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError:", e)

# iterate over matches in a loop, as a tokenizer would
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\w+)|(.))")
pos = 0
text = "x = 3.14 * (y + 42)"
tokens = []
while pos < len(text):
    m = TOKEN.match(text, pos)
    if not m:
        break
    number, name, op = m.groups()
    tokens.append(("NUM", number) if number else ("NAME", name) if name else ("OP", op))
    pos = m.end()
print(tokens)

if re.match(r"\d", "a"):
    print("matched")
else:
    print("no match is None:", re.match(r"\d", "a") is None)

long = re.match(r".*", "x" * 80)
print(long)
print(re.match(r"é+", "ééé!"), re.search(r"(?i)ÉTÉ", "un été chaud").span())
