import string
import operator
from functools import reduce

print(string.ascii_lowercase, string.digits, string.punctuation)
print(string.capwords("hello   wide  world"), string.capwords("a-b c-d", "-"))
tmpl = string.Template("Dear $name, your balance is $$${amount}. ${missing}")
print(tmpl.safe_substitute(name="Ann", amount="12.50"))
try:
    tmpl.substitute(name="Ann", amount=3)
except KeyError as e:
    print("KeyError:", e)
print(string.Template("$a$b").substitute({"a": 1}, b=2))


def password_strength(pw):
    classes = [string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation]
    score = sum(any(c in cls for c in pw) for cls in classes) + (len(pw) >= 12)
    return ["weak", "weak", "fair", "good", "strong", "excellent"][score]


for pw in ["abc", "abcDEF", "abcDEF123", "abcDEF123!", "abcDEF123!xyz"]:
    print(f"{pw:<15} {password_strength(pw)}")

ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "//": operator.floordiv, "%": operator.mod, "**": operator.pow}
for sym, fn in ops.items():
    print(f"17 {sym:>2} 5 = {fn(17, 5)}")
print(reduce(operator.mul, range(1, 11)), reduce(operator.or_, [1, 2, 4, 8]), operator.neg(5), operator.not_(0))
records = [{"n": "b", "v": 2}, {"n": "a", "v": 3}, {"n": "c", "v": 1}]
print(sorted(records, key=operator.itemgetter("v")), list(map(operator.itemgetter("n"), records)))
pairs = [(1, "x"), (0, "y")]
print(sorted(pairs, key=operator.itemgetter(0)), operator.itemgetter(1, 0)(pairs[0]))
call = operator.methodcaller("replace", "a", "4")
print(call("banana"), operator.attrgetter("real")(3), operator.contains([1, 2], 2), operator.concat("ab", "cd"))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.getitem("abc", 1), operator.lt(1, 2), operator.eq("a", "a"), operator.is_(None, None))
x = [1]
y = operator.iadd(x, [2])
print(x, y is x, operator.index(7), operator.truth([]), operator.abs(-3))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), sum(map(operator.pow, [2, 3], [3, 2])))
vowels = set("aeiou")
print("".join(filter(lambda c: c not in vowels, "functional programming")), sorted(set("mississippi")))
