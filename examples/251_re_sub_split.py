# re.sub / re.subn / re.split: templates, callables, count and maxsplit.
import re

print(re.sub(r"\s+", " ", "too    many   spaces"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good morning"))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", r"\g<d>/\g<m>/\g<y>", "on 2024-03-15"))
print(re.sub(r"\d+", r"<\g<0>>", "a1b22c333"))
print(re.sub(r"a", "b", "aaaa", count=2), re.subn(r"a", "b", "aaaa"))
print(re.sub(r"x", r"\n", "axb") == "a\nb", re.sub(r"x", r"\\", "axb"))
print(re.sub(r"(a)|b", r"[\1]", "abc"))

def double(m):
    return str(int(m.group()) * 2)

print(re.sub(r"\d+", double, "3 apples and 12 pears"))
print(re.sub(r"[aeiou]", lambda m: m.group().upper(), "regular expressions"))
print(re.subn(r"(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "the quick brown fox"))

# empty matches (Python 3.7+ rules)
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"", "|", "abc"))
print(re.sub(r"\b", "^", "hi there"))

# split
print(re.split(r"\s*,\s*", "a , b,c ,d"))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r"(-)|(\+)", "1-2+3"))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split(r"[;,]", "a;b,c;d", 2))
print(re.split(r"x*", "axbc"), re.split(r"\b", "one two"))
print(re.compile(r"\d").split("a1b2c3"))

# Pattern methods
p = re.compile(r"(\d+)")
print(p.sub(r"#\1", "x1y22"), p.subn("N", "1 2 3", 2))

# Match.expand
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Ada Lovelace")
print(m.expand(r"\g<last>, \g<first> (\1)"))

# a tiny template engine
values = {"name": "World", "n": 3}
print(re.sub(r"\{(\w+)\}", lambda m: str(values[m.group(1)]), "Hello {name}, you have {n} messages"))
