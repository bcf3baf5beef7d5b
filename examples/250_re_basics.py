# re basics: compile, match/search/fullmatch, findall, finditer, flags.
import re

print(re.match(r"\d+", "123abc"))
print(re.match(r"\d+", "abc123"))
print(re.search(r"\d+", "abc123def"))
print(re.fullmatch(r"[a-z]+", "hello"), re.fullmatch(r"[a-z]+", "hello!"))

pat = re.compile(r"(\w+)@(\w+)\.com")
print(pat, pat.pattern, pat.groups, pat.flags)
print(pat.findall("alice@example.com, bob@test.com"))
print(re.findall(r"\d+", "a1 b22 c333"))
print(re.findall(r"(\d)(\w)?", "1a 2 3c"))
for m in re.finditer(r"[A-Z]\w*", "Hello big World and Python"):
    print(m.span(), m.group())

# flags, inline flags and their reprs
print(re.findall(r"hello", "Hello HELLO hello", re.I))
print(re.findall(r"(?i)hello", "Hello HELLO hello"))
print(re.findall(r"^\w+", "one two\nthree four", re.M))
print(re.search(r"a.b", "a\nb"), re.search(r"a.b", "a\nb", re.S))
print(re.I | re.M, re.compile("x", re.I | re.S), re.compile("x", re.A))
verbose = re.compile(r"""
    (\d{3})   # area code
    [-. ]?
    (\d{4})   # number
""", re.VERBOSE)
print(verbose.search("call 555-1234 now").groups())

# Unicode classes, ASCII flag, anchors
print(re.findall(r"\w+", "naïve café 東京"), re.findall(r"\w+", "naïve café", re.A))
print(re.findall(r"\d", "٣ 4"), re.search(r"\bcat\b", "concat cat"))
print(re.search(r"end$", "the end\n"), re.search(r"end\Z", "the end\n"))
print(re.findall(r"(?m)^#.*$", "#a\nb\n#c"))

# lookaround, backreferences, lazy and possessive quantifiers
print(re.findall(r"\w+(?=!)", "wow! nice. yes!"))
print(re.findall(r"(?<!\$)\b\d+", "$10 20 $30 40"))
print(re.search(r"(\w)\1", "abccd").group(), re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' there"))
print(re.match(r"<.*>", "<a><b>").group(), re.match(r"<.*?>", "<a><b>").group())
print(re.match(r"a{2,3}", "aaaa"), re.match(r"a{2,3}?", "aaaa"), re.match(r"(?>a+)b", "aaab"))
print(re.match(r"(a)?(?(1)b|c)", "ab"), re.match(r"(a)?(?(1)b|c)", "c"))

# pos/endpos, the cache, escape
p = re.compile(r"\w+")
print(p.match("  word", 2), p.search("abc def", 1, 5), p.findall("ab cd ef", 3))
print(re.compile("ab") is re.compile("ab"), re.escape("1+1=2? [yes]"))
re.purge()
print(re.compile("ab") == re.compile("ab"))
