# Common str methods.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
t = s.strip()
print(t.upper(), t.lower(), t.swapcase(), "hello world".title(), "hello".capitalize())
print(t.split(","), "a b  c".split(), "a,b,,c".split(","), "1-2-3".split("-", 1))
print("line1\nline2\nline3".splitlines(), "a b c".rsplit(" ", 1))
print("-".join(["x", "y", "z"]), "".join(["a", "b"]), ", ".join("abc"))
print(t.replace("l", "L"), t.replace("l", "", 1), "aaa".replace("a", "bb"))
print(t.startswith("Hell"), t.endswith("!"), t.startswith(("x", "H")), t.endswith("?"))
print(t.find("o"), t.find("o", 5), t.find("zz"), t.rfind("o"), t.index("W"))
print(t.count("l"), "banana".count("an"), "aaaa".count("aa"))
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalnum(), "   ".isspace())
print("ABC".isupper(), "abc".islower(), "".isdigit())
print("x".center(5, "*"), "x".ljust(3, "."), "x".rjust(3, "."), "42".zfill(5))
print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"), "{name}!".format(name="hi"))
print("a=%d b=%s c=%.2f" % (1, "two", 3.14159))
print("tab\tend".expandtabs(4), "x".join("123"), "ab".partition("b"), "abc".partition("z"))

# Strings are immutable sequences of characters.
word = "python"
print(word[0], word[-1], len(word), "y" in word, word * 2, word + "!")
print(list(word), sorted(word), "".join(reversed(word)))
try:
    word[0] = "P"
except TypeError as e:
    print(type(e).__name__, e)

# Comparison, conversion and characters.
print("apple" < "banana", "Zebra" < "apple", str(42), str(3.5), str(None), str([1, "a"]))
print(ord("A"), chr(97), ord("€"), chr(8364), "\u00e9", len("naïve"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("new\nline"), repr("\\"))
print(repr("tab\t"), repr("\x00"), repr("é"), "multi" "part" " literal")
print("""triple
quoted""")
print(r"raw \n string", "escaped \\n", len("\n"))
