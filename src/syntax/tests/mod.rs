//! Front-end tests: whole programs through `parse_module`, AST shapes via a
//! compact S-expression dump, error messages and spans, REPL completeness,
//! and robustness against arbitrary input.

mod dump;
mod match_stmt;

use super::ast::*;
use super::parser::*;
use super::SyntaxErrorKind;
use dump::{body, e, s};

fn m(src: &str) -> String {
    match parse_module(src) {
        Ok(md) => body(&md.body),
        Err(err) => format!("ERR {}", err.msg),
    }
}

fn x(src: &str) -> String {
    match parse_expression(src) {
        Ok(ex) => e(&ex),
        Err(err) => format!("ERR {}", err.msg),
    }
}

/// (kind, message, start offset)
fn er(src: &str) -> (SyntaxErrorKind, String, u32) {
    match parse_module(src) {
        Ok(md) => panic!("expected an error for {src:?}, got {}", body(&md.body)),
        Err(err) => (err.kind, err.msg, err.span.start),
    }
}

#[test]
fn precedence() {
    assert_eq!(x("1 + 2 * 3"), "(Add 1 (Mul 2 3))");
    assert_eq!(x("-2**2"), "(Neg (Pow 2 2))");
    assert_eq!(x("2**-1"), "(Pow 2 (Neg 1))");
    assert_eq!(x("2**3**2"), "(Pow 2 (Pow 3 2))");
    assert_eq!(x("a or b and not c"), "(Or a (And b (Not c)))");
    assert_eq!(
        x("a | b ^ c & d << e + f"),
        "(BitOr a (BitXor b (BitAnd c (LShift d (Add e f)))))"
    );
    assert_eq!(x("a - b - c"), "(Sub (Sub a b) c)");
    assert_eq!(
        x("a @ b // c % d / e"),
        "(Div (Mod (FloorDiv (MatMul a b) c) d) e)"
    );
    assert_eq!(x("~a"), "(Invert a)");
    assert_eq!(x("a if b else c if d else e"), "(ifexp b a (ifexp d c e))");
    assert_eq!(x("lambda: a if b else c"), "(lambda [] (ifexp b a c))");
    assert_eq!(x("\n  x  \n\n"), "x");
}

#[test]
fn comparisons() {
    assert_eq!(x("a < b <= c"), "(cmp a Lt b LtE c)");
    assert_eq!(
        x("a not in b is not c in d is e != f == g > h >= i"),
        "(cmp a NotIn b IsNot c In d Is e NotEq f Eq g Gt h GtE i)"
    );
}

#[test]
fn atoms_and_displays() {
    assert_eq!(
        x("(1, 2.5, 3j, 0xff, 10**100)"),
        "(tuple 1 2.5 3.0j 255 (Pow 10 100))"
    );
    assert_eq!(x("99999999999999999999"), "99999999999999999999n");
    assert_eq!(x("()"), "(tuple )");
    assert_eq!(x("(x,)"), "(tuple x)");
    assert_eq!(x("(x)"), "x");
    assert_eq!(x("[1, *a, 2,]"), "(list 1 *a 2)");
    assert_eq!(x("{}"), "(dict )");
    assert_eq!(x("{1: 2, **d, 3: 4,}"), "(dict 1:2 **d 3:4)");
    assert_eq!(x("{1, *s}"), "(set 1 *s)");
    assert_eq!(x("..."), "...");
    assert_eq!(x("None, True, False"), "(tuple None True False)");
    assert_eq!(x("a, *b"), "(tuple a *b)");
    assert_eq!(x("(y := 10)"), "(:= y 10)");
}

#[test]
fn comprehensions() {
    assert_eq!(
        x("[x*y for x in a if x for y in b if y if z]"),
        "(List (Mul x y) (for x a (if x)) (for y b (if y) (if z)))"
    );
    assert_eq!(x("{k: v for k, v in d}"), "(Dict k v (for (tuple k v) d))");
    assert_eq!(x("{a for a in b}"), "(Set a (for a b))");
    assert_eq!(x("(a for a in b)"), "(Generator a (for a b))");
    assert_eq!(x("f(a for a in b)"), "(call f (Generator a (for a b)))");
    assert_eq!(
        x("[y for x in z if (y := x)]"),
        "(List y (for x z (if (:= y x))))"
    );
    assert_eq!(
        x("[a if b else c for a in d]"),
        "(List (ifexp b a c) (for a d))"
    );
}

#[test]
fn calls_subscripts_attrs() {
    assert_eq!(x("f(1, *a, k=2, **kw)"), "(call f 1 *a k=2 **kw)");
    assert_eq!(x("f()(x)[1].y"), "(. ([] (call (call f) x) 1) y)");
    assert_eq!(
        x("a[1:2, ::3]"),
        "([] a (tuple (slice 1 2 _) (slice _ _ 3)))"
    );
    assert_eq!(x("a[:]"), "([] a (slice _ _ _))");
    assert_eq!(x("a[1:]"), "([] a (slice 1 _ _))");
    assert_eq!(x("a[::]"), "([] a (slice _ _ _))");
    assert_eq!(x("a[1,]"), "([] a (tuple 1))");
    assert_eq!(x("a[*b]"), "([] a (tuple *b))");
    assert_eq!(x("f(x := 1)"), "(call f (:= x 1))");
}

#[test]
fn lambdas_and_params() {
    assert_eq!(
        x("lambda a, b=1, *c, d, e=2, **f: a"),
        "(lambda [a b=1 *c d e=2 **f] a)"
    );
    assert_eq!(x("lambda a, /, b, *, c: 0"), "(lambda [a / b * c] 0)");
    assert_eq!(
        m("def f(a: int, /, b=1, *args: str, c, d: int = 2, **kw) -> bool:\n    return a\n"),
        "(def f [a:int / b=1 *args:str c d:int=2 **kw] -> bool [(return a)])"
    );
    assert_eq!(m("def f(*, a): pass"), "(def f [* a] [pass])");
    let md = parse_module("f = lambda x: x").unwrap();
    let StmtKind::Assign { value, .. } = &md.body[0].kind else {
        panic!()
    };
    let ExprKind::Lambda(f) = &value.kind else {
        panic!()
    };
    assert!(f.is_lambda);
    assert_eq!(f.name.as_str(), "<lambda>");
    assert!(matches!(f.body[0].kind, StmtKind::Return(Some(_))));
}

#[test]
fn fstrings() {
    assert_eq!(x("f'a{b}c'"), r#"(f "a" {b} "c")"#);
    assert_eq!(x("f'{x!r:>{w}.{p}}'"), r#"(f {x !r :[">" {w} "." {p}]})"#);
    assert_eq!(x("f'{{}}{x=}'"), r#"(f "{}" {x dbg="x=" !r})"#);
    assert_eq!(x("f'{ x = }'"), r#"(f {x dbg=" x = " !r})"#);
    assert_eq!(x("f'{x=:>10}'"), r#"(f {x dbg="x=" :[">10"]})"#);
    assert_eq!(x("f'{x=!s}'"), r#"(f {x dbg="x=" !s})"#);
    assert_eq!(x("'a' f'{b}' 'c'"), r#"(f "a" {b} "c")"#);
    assert_eq!(x("f'{a + b:{w}}'"), r#"(f {(Add a b) :[{w}]})"#);
    assert_eq!(x("f'{a!=b}'"), r#"(f {(cmp a NotEq b)})"#);
    assert_eq!(x("f'{\"q\"}'"), r#"(f {"q"})"#);
    assert_eq!(x("rf'\\n{a}'"), r#"(f "\\n" {a})"#);
    assert_eq!(x("f'\\n{a}'"), r#"(f "\n" {a})"#);
    assert_eq!(x("f'''{\na\n}'''"), r#"(f {a})"#);
    // Spans of field expressions are absolute.
    let ex = parse_expression("f'ab{cd}'").unwrap();
    let ExprKind::JoinedStr(parts) = &ex.kind else {
        panic!()
    };
    let FStringPart::Formatted { value, .. } = &parts[1] else {
        panic!()
    };
    assert_eq!((value.span.start, value.span.end), (5, 7));
}

#[test]
fn strings_and_bytes() {
    assert_eq!(x("'a' \"b\" '''c'''"), r#""abc""#);
    assert_eq!(x(r"'\x41\u00e9\t\101'"), r#""Aé\tA""#);
    assert_eq!(x(r"r'\n'"), r#""\\n""#);
    assert_eq!(x(r"b'a\x00' B'c'"), r#"b"a\0c""#);
    assert_eq!(x(r"Rb'\n'"), r#"b"\\n""#);
    assert_eq!(x("'a\\\nb'"), r#""ab""#);
    assert_eq!(x("'a' b'b'"), "ERR cannot mix bytes and nonbytes literals");
}

#[test]
fn simple_statements() {
    assert_eq!(m("a = b = 1, 2"), "(= a b (tuple 1 2))");
    assert_eq!(m("a, *b = c"), "(= (tuple a *b) c)");
    assert_eq!(m("[a, (b, c)] = d"), "(= (list a (tuple b c)) d)");
    assert_eq!(m("x.y[0] += 1"), "(Add= ([] (. x y) 0) 1)");
    let ops = [
        "+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "|", "^", "&",
    ];
    for op in ops {
        assert!(parse_module(&format!("x {op}= 1")).is_ok(), "{op}=");
    }
    assert_eq!(m("x: int = 5"), "(ann x int 5)");
    assert_eq!(m("x.y: int"), "(ann (. x y) int _)");
    assert_eq!(m("a; b; c;"), "a b c");
    assert_eq!(m("del a, b[1], c.d"), "(del a ([] b 1) (. c d))");
    assert_eq!(m("global a, b"), "(global [a, b])");
    assert_eq!(m("nonlocal a"), "(nonlocal [a])");
    assert_eq!(m("raise"), "(raise _ _)");
    assert_eq!(m("raise E from c"), "(raise E c)");
    assert_eq!(m("assert x, 'm'"), r#"(assert x "m")"#);
    assert_eq!(m("return"), "(return )");
    assert_eq!(m("return *a, b"), "(return (tuple *a b))");
    assert_eq!(m("x = yield"), "(= x (yield _))");
    assert_eq!(m("yield from g"), "(yieldfrom g)");
    assert_eq!(m("x = yield a, b"), "(= x (yield (tuple a b)))");
    assert_eq!(m("pass; break; continue"), "pass break continue");
    assert_eq!(m("match = case = _ = 1"), "(= match case _ 1)");
}

#[test]
fn imports() {
    assert_eq!(m("import a.b.c, d as e"), "(import a.b.c>a d>e)");
    assert_eq!(m("import a.b as c"), "(import a.b>c)");
    assert_eq!(m("from .mod import a as b, c"), "(from 1 mod a>b c>c)");
    assert_eq!(m("from . import (a, b,)"), "(from 1 _ a>a b>b)");
    assert_eq!(m("from ...a.b import *"), "(from 3 a.b *)");
    assert_eq!(m("from .... import x"), "(from 4 _ x>x)");
}

#[test]
fn compound_statements() {
    assert_eq!(
        m("if a:\n    b\nelif c:\n    d\nelif e: f\nelse:\n    g\n"),
        "(if a [b] [(if c [d] [(if e [f] [g])])])"
    );
    assert_eq!(
        m("while x := f(): y\nelse: z"),
        "(while (:= x (call f)) [y] [z])"
    );
    assert_eq!(
        m("for a, b in x, y:\n  pass\nelse:\n  c"),
        "(for (tuple a b) (tuple x y) [pass] [c])"
    );
    assert_eq!(m("for x in *a, b: pass"), "(for x (tuple *a b) [pass] [])");
    assert_eq!(
        m("try:\n  a\nexcept E as e:\n  b\nexcept (F, G):\n  c\nexcept:\n  d\nelse:\n  e\nfinally:\n  f\n"),
        "(try [a] (except E e [b]) (except (tuple F G) _ [c]) (except _ _ [d]) [e] [f])"
    );
    assert_eq!(m("try: a\nfinally: b"), "(try [a]  [] [b])");
    assert_eq!(
        m("with a as b, c as (d, e): pass"),
        "(with [a as b, c as (tuple d e)] [pass])"
    );
    assert_eq!(m("with (a as b, c,):\n  pass"), "(with [a as b, c] [pass])");
    assert_eq!(
        m("with (a, b) as c: pass"),
        "(with [(tuple a b) as c] [pass])"
    );
    assert_eq!(m("with a: x; y"), "(with [a] [x y])");
    assert_eq!(
        m("@dec\n@d.e(1)\nclass A(B, metaclass=M):\n  x = 1\n  def f(self): pass\n"),
        "(class A [B] metaclass=M @dec @(call (. d e) 1) [(= x 1) (def f [self] [pass])])"
    );
    assert_eq!(m("class A: pass"), "(class A [] [pass])");
    assert_eq!(m("class A(): pass"), "(class A [] [pass])");
    assert_eq!(m("if a: b; c\nd"), "(if a [b c] []) d");
}

#[test]
fn indentation_program() {
    let src =
        "def f(x):\n    if x:\n\n        # comment\n        return 1\n    return 2\n\nprint(f(1))";
    assert_eq!(
        m(src),
        "(def f [x] [(if x [(return 1)] []) (return 2)]) (call print (call f 1))"
    );
    assert_eq!(
        m("x = (1 +\n  2)\ny = [\n]\n"),
        "(= x (Add 1 2)) (= y (list ))"
    );
    assert_eq!(m("x = 1 + \\\n  2"), "(= x (Add 1 2))");
    assert_eq!(m(""), "");
    assert_eq!(m("\u{feff}x = 1\n"), "(= x 1)");
    assert_eq!(m("\n\n# only comments\n"), "");
    assert_eq!(m("if x:\r\n  y\r\n"), "(if x [y] [])");
}

#[test]
fn spans() {
    let md = parse_module("x = 1\nif a:\n    foo(bar)\n").unwrap();
    assert_eq!((md.body[0].span.start, md.body[0].span.end), (0, 5));
    assert_eq!((md.body[1].span.start, md.body[1].span.end), (6, 24));
    let StmtKind::If { body, .. } = &md.body[1].kind else {
        panic!()
    };
    assert_eq!((body[0].span.start, body[0].span.end), (16, 24));
}

#[test]
fn alias_targets() {
    let md = parse_module("import a.b.c\nimport a.b as z\nfrom m import q").unwrap();
    let StmtKind::Import(v) = &md.body[0].kind else {
        panic!()
    };
    assert_eq!(v[0].target.as_str(), "a");
    assert!(v[0].asname.is_none());
    let StmtKind::Import(v) = &md.body[1].kind else {
        panic!()
    };
    assert_eq!(v[0].target.as_str(), "z");
    let StmtKind::ImportFrom { names, .. } = &md.body[2].kind else {
        panic!()
    };
    assert_eq!(names[0].target.as_str(), "q");
}

#[test]
fn layout_errors() {
    use SyntaxErrorKind::*;
    assert_eq!(er("x\n  y\n"), (Indentation, "unexpected indent".into(), 4));
    assert_eq!(
        er("if x:\npass\n"),
        (
            Indentation,
            "expected an indented block after 'if' statement on line 1".into(),
            6
        )
    );
    assert_eq!(
        er("try:\n  x\nexcept:\nx\n").1,
        "expected an indented block after 'except' statement on line 3"
    );
    assert_eq!(
        er("def f():\nx\n").1,
        "expected an indented block after function definition on line 1"
    );
    assert_eq!(
        er("if x:\n    a\n  b\n"),
        (
            Indentation,
            "unindent does not match any outer indentation level".into(),
            14
        )
    );
    assert_eq!(er("if x:\n\ta\n        b\n").0, Tab);
    assert_eq!(er("x = (1\n"), (Syntax, "'(' was never closed".into(), 4));
    assert_eq!(er("x)\n"), (Syntax, "unmatched ')'".into(), 1));
    assert_eq!(
        er("(1]").1,
        "closing parenthesis ']' does not match opening parenthesis '('"
    );
    assert_eq!(
        er("x = '''a\nb").1,
        "unterminated triple-quoted string literal (detected at line 2)"
    );
    assert_eq!(
        er("x = 'a\n").1,
        "unterminated string literal (detected at line 1)"
    );
    assert_eq!(er("x = €").1, "invalid character '€' (U+20AC)");
    assert_eq!(er("x = 1abc").1, "invalid decimal literal");
    assert_eq!(
        er("async def f(): pass").1,
        "wisp does not support async yet"
    );
    assert_eq!(er("await x").1, "wisp does not support async yet");
}

#[test]
fn parse_errors() {
    assert_eq!(
        er("x = = 1"),
        (SyntaxErrorKind::Syntax, "invalid syntax".into(), 4)
    );
    assert_eq!(er("x = 1 +\n").2, 7);
    assert_eq!(
        er("1 = x").1,
        "cannot assign to literal here. Maybe you meant '==' instead of '='?"
    );
    assert_eq!(
        er("f() = 1").1,
        "cannot assign to function call here. Maybe you meant '==' instead of '='?"
    );
    assert_eq!(
        er("a + 1 = 2").1,
        "cannot assign to expression here. Maybe you meant '==' instead of '='?"
    );
    assert_eq!(
        er("x = 1 = 2"),
        (
            SyntaxErrorKind::Syntax,
            "cannot assign to literal".into(),
            4
        )
    );
    assert_eq!(er("[a, 1] = x").1, "cannot assign to literal");
    assert_eq!(er("for 1 in x: pass").1, "cannot assign to literal");
    assert_eq!(
        er("with a as f(): pass").1,
        "cannot assign to function call"
    );
    assert_eq!(er("None = 1").1, "cannot assign to None");
    assert_eq!(er("a < b = 1").1, "cannot assign to comparison");
    assert_eq!(er("del 1").1, "cannot delete literal");
    assert_eq!(er("del f()").1, "cannot delete function call");
    assert_eq!(
        er("(a, b) += 1").1,
        "'tuple' is an illegal expression for augmented assignment"
    );
    assert_eq!(
        er("f() += 1").1,
        "'function call' is an illegal expression for augmented assignment"
    );
    assert_eq!(
        er("a, *b, *c = d").1,
        "multiple starred expressions in assignment"
    );
    assert_eq!(
        er("*a = b").1,
        "starred assignment target must be in a list or tuple"
    );
    assert_eq!(er("x = *a").1, "can't use starred expression here");
    assert_eq!(
        er("a, b: int").1,
        "only single target (not tuple) can be annotated"
    );
    assert_eq!(
        er("(a.b := 1)").1,
        "cannot use assignment expressions with attribute"
    );
    assert_eq!(
        er("f(x for x in y, 1)").1,
        "Generator expression must be parenthesized"
    );
    assert_eq!(
        er("f(a=1, b)").1,
        "positional argument follows keyword argument"
    );
    assert_eq!(
        er("f(1=2)").1,
        "expression cannot contain assignment, perhaps you meant \"==\"?"
    );
    assert_eq!(
        er("def f(a=1, b): pass").1,
        "non-default argument follows default argument"
    );
    assert_eq!(er("def f(*): pass").1, "named arguments must follow bare *");
    assert_eq!(
        er("def f(a, a): pass").1,
        "duplicate argument 'a' in function definition"
    );
    assert_eq!(
        er("def f(**k, a): pass").1,
        "arguments cannot follow var-keyword argument"
    );
    assert_eq!(
        er("[*a for a in b]").1,
        "iterable unpacking cannot be used in comprehension"
    );
    assert_eq!(er("f'{}'").1, "f-string: empty expression not allowed");
    assert_eq!(
        er("f'{x!z}'").1,
        "f-string: invalid conversion character: expected 's', 'r', or 'a'"
    );
    assert_eq!(er("f'}'").1, "f-string: single '}' is not allowed");
    assert_eq!(er("f'{x'").1, "f-string: expecting '}'");
    assert_eq!(
        er("f'{a b}'").1,
        "f-string: invalid syntax. Perhaps you forgot a comma?"
    );
    assert_eq!(
        er("x = [1 2]"),
        (
            SyntaxErrorKind::Syntax,
            "invalid syntax. Perhaps you forgot a comma?".into(),
            5
        )
    );
    assert_eq!(
        er("f(a b)").1,
        "invalid syntax. Perhaps you forgot a comma?"
    );
    assert_eq!(er("a b").1, "invalid syntax");
    assert_eq!(
        er("if x\n  y\n"),
        (SyntaxErrorKind::Syntax, "expected ':'".into(), 4)
    );
    assert_eq!(er("try\n").1, "expected ':'");
    assert_eq!(er("for x in y\n").1, "expected ':'");
    assert_eq!(er("@d\n").1, "invalid syntax");
    assert_eq!(
        er("b'\u{e9}'").1,
        "bytes can only contain ASCII literal characters"
    );
    assert_eq!(er("a := 1").1, "invalid syntax");
    assert_eq!(
        er("try:\n  x\nexcept:\n  y\nexcept E:\n  z\n").1,
        "default 'except:' must be last"
    );
}

#[test]
fn completeness() {
    use Completeness::*;
    assert_eq!(input_completeness("x = 1"), Complete);
    assert_eq!(input_completeness("x = (1,"), Incomplete);
    assert_eq!(input_completeness("x = '''abc"), Incomplete);
    assert_eq!(input_completeness("x = 1 + \\"), Incomplete);
    assert_eq!(input_completeness("if x:"), Incomplete);
    assert_eq!(input_completeness("if x:\n    y = 1"), Incomplete);
    assert_eq!(input_completeness("if x:\n    y = 1\n"), Incomplete);
    assert_eq!(input_completeness("if x:\n    y = 1\n\n"), Complete);
    assert_eq!(input_completeness("@dec"), Incomplete);
    assert_eq!(input_completeness("x = )"), Invalid);
    assert_eq!(input_completeness("x = = 1"), Invalid);
    assert_eq!(input_completeness("x = 'abc"), Invalid);
    assert_eq!(input_completeness(""), Complete);
    assert_eq!(
        input_completeness("for x in y:\n  if x:\n    pass\n"),
        Incomplete
    );
    assert_eq!(input_completeness("if x:\n  pass\nelse:"), Incomplete);
    assert_eq!(input_completeness("def f():\n  return 1\n\n"), Complete);
    assert_eq!(input_completeness("x = [\n1,\n"), Incomplete);
    assert_eq!(input_completeness("s = '''abc\n"), Incomplete);
    assert_eq!(input_completeness("x = 'abc\\\n"), Incomplete);
    assert_eq!(input_completeness("x = (1]"), Invalid);
    assert_eq!(input_completeness("  x"), Invalid);
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let src = "(".repeat(10_000);
    assert_eq!(er(&src).1, "too many nested parentheses");
    let src = format!("{}1{}", "(".repeat(200), ")".repeat(200));
    assert!(parse_module(&src).is_ok());
    let src = format!("{}1", "-".repeat(100_000));
    assert!(parse_module(&src).is_err());
    let src = vec!["1"; 100_000].join("+");
    assert!(parse_module(&src).is_err());
    let src = format!("f{}", "()".repeat(50_000));
    assert!(parse_module(&src).is_err());
    // Flat but long is fine.
    let src = format!("x = [{}]", vec!["-1"; 50_000].join(", "));
    assert!(parse_module(&src).is_ok());
    let mut src = String::from("if a: pass\n");
    for _ in 0..5000 {
        src.push_str("elif a: pass\n");
    }
    assert!(parse_module(&src).is_err());
}

/// A tiny deterministic PRNG (xorshift) for the fuzz tests.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

const SAMPLE: &str = r#"
import os.path as p, sys
from .m import (a, b as c,)
@deco(1)
class K(Base, metaclass=M):
    """doc"""
    def m(self, x: int = 1, /, *a, k, **kw) -> "K":
        global g
        y = [i ** 2 for i in range(x) if i % 2]
        z = {k: v for k, v in kw.items()}
        w = f"{x!r:>{k}} {y=} {{lit}}" "" if False else rb'\d'
        try:
            with open(p) as fh, (q := 3) as r:
                return (yield from fh)
        except (IOError, ValueError) as e:
            raise RuntimeError("bad") from e
        finally:
            del y[1:2, ::3], z
        while not x < 3 <= 4:
            x -= 1; continue
        for a, *b in [(1, 2, 3)]:
            lambda q, *r, s=1, **t: q if r else s
        else:
            assert x, 'msg'
        return -2**-1 @ ~x // 3j % 1.5e-3 >> 0x_ff << 0o7 & 0b1 | 2 ^ 3
"#;

#[test]
fn sample_program_parses() {
    if let Err(err) = parse_module(SAMPLE) {
        panic!("{err:?}");
    }
}

#[test]
fn fuzz_truncations_and_mutations() {
    // Every prefix of the sample: Ok or Err, never a panic.
    let mut cut = 0;
    while cut <= SAMPLE.len() {
        if SAMPLE.is_char_boundary(cut) {
            let _ = parse_module(&SAMPLE[..cut]);
            let _ = input_completeness(&SAMPLE[..cut]);
        }
        cut += 1;
    }
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let alphabet: Vec<char> = "()[]{}'\"\\\n\t :;,.=+-*/%@<>!#&|^~fbrx0129jeJ_\u{e9}\u{20ac}\r{}"
        .chars()
        .collect();
    for _ in 0..1500 {
        // Mutations of the sample.
        let mut chars: Vec<char> = SAMPLE.chars().collect();
        for _ in 0..(rng.next() % 4 + 1) {
            let i = (rng.next() as usize) % chars.len().max(1);
            let c = alphabet[(rng.next() as usize) % alphabet.len()];
            match rng.next() % 3 {
                0 => chars[i] = c,
                1 => chars.insert(i, c),
                _ => {
                    chars.remove(i);
                }
            }
        }
        let text: String = chars.into_iter().collect();
        let _ = parse_module(&text);
        let _ = parse_expression(&text);
        let _ = input_completeness(&text);
        // Random short strings from the alphabet.
        let n = (rng.next() % 24) as usize;
        let text: String = (0..n)
            .map(|_| alphabet[(rng.next() as usize) % alphabet.len()])
            .collect();
        let _ = parse_module(&text);
        let _ = parse_expression(&text);
        let _ = input_completeness(&text);
    }
    // Random bytes, lossily decoded.
    for _ in 0..500 {
        let n = (rng.next() % 64) as usize;
        let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
        let text = String::from_utf8_lossy(&bytes);
        let _ = parse_module(&text);
        let _ = input_completeness(&text);
    }
}

/// Parse every `.py` file under `$WISP_PARSE_DIR` and report failures
/// (run with `WISP_PARSE_DIR=/usr/lib/python3.11 cargo test --lib corpus -- --ignored --nocapture`).
#[test]
#[ignore]
fn corpus() {
    let Ok(dir) = std::env::var("WISP_PARSE_DIR") else {
        return;
    };
    let mut stack = vec![std::path::PathBuf::from(dir)];
    let (mut ok, mut bad) = (0, 0);
    while let Some(p) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&p) else {
            continue;
        };
        for ent in rd.flatten() {
            let path = ent.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                let Ok(text) = std::fs::read_to_string(&path) else {
                    continue;
                };
                match parse_module(&text) {
                    Ok(md) => {
                        ok += 1;
                        if let Ok(out) = std::env::var("WISP_DUMP_DIR") {
                            let name = path.display().to_string().replace('/', "_");
                            let lines: Vec<String> = md.body.iter().map(|x| s(x) + "\n").collect();
                            let _ = std::fs::write(format!("{out}/{name}.rs.txt"), lines.concat());
                        }
                    }
                    Err(err) => {
                        bad += 1;
                        let line = super::layout::line_of(&text, err.span.start as usize);
                        println!("{}:{}: {}", path.display(), line, err.msg);
                    }
                }
            }
        }
    }
    println!("corpus: {ok} ok, {bad} failed");
}
