# match with literal, capture, wildcard, value and OR patterns; match and
# case stay ordinary names everywhere else.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Limits:
    LOW = 10
    HIGH = 100


def describe(x):
    match x:
        case 0 | 1 | 2:
            return "tiny"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case 1 + 2j:
            return "complex"
        case -3 - 4j:
            return "negative complex"
        case "hello" "world":
            return "concatenated string"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.RED:
            return "red"
        case Limits.LOW | Limits.HIGH:
            return "a limit"
        case (other):
            return f"other: {other!r}"


for v in [0, 2, 2.0, -1, 2.5, 1 + 2j, -3 - 4j, "helloworld", b"raw", None,
          True, False, 1.0, Color.RED, Color.GREEN, 10, 100, "x"]:
    print(repr(v), "->", describe(v))

# Bindings persist after the statement; a failed guard keeps them too.
match 42:
    case n if n > 100:
        print("big")
    case m:
        print("captured", n, m)

# Soft keywords: match and case as names, functions, attributes.
match = [1, 2]
case = {"k": "v"}
print(match, case)


def match(pattern, text):
    return pattern in text


print(match("ab", "cabd"))


class Matcher:
    def match(self, case):
        return case * 2


print(Matcher().match(21))
match (3):
    case 3:
        print("parenthesised subject")
match -5, 6:
    case (-5, y):
        print("tuple subject", y)
print(y)
