//! Robustness tests: the `wisp` binary is fed programs that are broken,
//! hostile or extreme — random bytes, every truncation of a valid program,
//! unclosed brackets, absurd nesting, runaway recursion, huge numbers,
//! undefined names. Whatever the input, wisp must end with status 0 or 1:
//! never 101 (a Rust panic), never killed by a signal (a stack overflow
//! aborts), never hang. Where CPython raises a definite exception, the last
//! line of stderr must name it (`SyntaxError: ...`, `RecursionError: ...`).
//!
//! Every case runs with a timeout; `WISP_BIN=python3 cargo test --test
//! bad_input` checks the expectations themselves against CPython.

mod common;

use common::Output;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// How long one program may run before it is killed and the test fails.
const TIMEOUT: Duration = Duration::from_secs(20);

/// Writes `source` to a fresh file and runs the interpreter on it.
fn run_source(label: &str, source: &[u8]) -> Output {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let path: PathBuf = common::scratch_dir("bad_input").join(format!("{label}_{n}.py"));
    if let Err(e) = std::fs::write(&path, source) {
        panic!("cannot write {}: {e}", path.display());
    }
    let mut cmd = common::wisp_command();
    cmd.arg(&path);
    let output = match common::run(cmd, None, TIMEOUT) {
        Ok(output) => output,
        Err(e) => panic!("{label}: {e}\nprogram: {}", preview(source)),
    };
    let _ = std::fs::remove_file(&path);
    output
}

/// The start of a program, printable, for failure messages.
fn preview(source: &[u8]) -> String {
    let text = String::from_utf8_lossy(source);
    let mut shown: String = text.chars().take(200).collect();
    if text.chars().count() > 200 {
        shown.push('…');
    }
    format!("{shown:?}")
}

/// The exception class named by a traceback's last line (`KeyError: 'x'`
/// → `KeyError`), if the line has that shape.
fn exception_name(line: &str) -> Option<&str> {
    let name = line.split(':').next().unwrap_or(line);
    let mut chars = name.chars();
    let starts_well = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.');
    (starts_well && rest_ok).then_some(name)
}

/// Status 0 or 1, no signal; and when 1, stderr ends with an exception line
/// (or, for an exception group, with the line closing its boxes).
fn assert_clean_exit(out: &Output, label: &str, source: &[u8]) {
    let ok = match out.code() {
        Some(0) => true,
        Some(1) => out.last_stderr_line().is_some_and(|line| {
            exception_name(line).is_some()
                || line.trim_start() == "+------------------------------------"
        }),
        _ => false,
    };
    assert!(
        ok,
        "{label}: expected exit status 0, or 1 with an exception line on stderr\n\
         program: {}\n{}",
        preview(source),
        out.dump()
    );
}

/// Exit status 1 and stderr's last line names one of `names`.
fn assert_raises(out: &Output, names: &[&str], label: &str, source: &[u8]) {
    assert_clean_exit(out, label, source);
    let raised = out.last_stderr_line().and_then(exception_name);
    assert!(
        out.code() == Some(1) && raised.is_some_and(|name| names.contains(&name)),
        "{label}: expected one of {names:?} (exit status 1)\nprogram: {}\n{}",
        preview(source),
        out.dump()
    );
}

/// Either success printing `stdout`, or one of the exceptions `names`:
/// for inputs where CPython gives up but a sturdier implementation may not.
fn assert_prints_or_raises(out: &Output, stdout: &str, names: &[&str], label: &str, source: &[u8]) {
    if out.code() == Some(0) {
        assert_eq!(out.stdout, stdout, "{label}: wrong output\n{}", out.dump());
    } else {
        assert_raises(out, names, label, source);
    }
}

/// Runs `check` on every input, spread over a few threads.
fn run_all<F>(inputs: Vec<(String, Vec<u8>)>, check: F)
where
    F: Fn(&str, &[u8], &Output) + Sync,
{
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get().min(4));
    let chunk = inputs.len().div_ceil(workers).max(1);
    std::thread::scope(|scope| {
        for part in inputs.chunks(chunk) {
            let check = &check;
            scope.spawn(move || {
                for (label, source) in part {
                    check(label, source, &run_source(label, source));
                }
            });
        }
    });
}

/// xorshift64: a tiny deterministic generator, so failures reproduce.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Characters that mean something to the lexer and parser.
const ALPHABET: &[u8] = b" \n\t()[]{}:=+-*/%<>!.,;'\"#\\@abcxyz019_";

#[test]
fn random_bytes() {
    let mut rng = XorShift(0x5eed_1234_abcd_0042);
    let mut inputs = Vec::new();
    for case in 0..50 {
        let len = 1 + rng.below(300) as usize;
        // Even cases: any byte (invalid UTF-8, NULs). Odd cases: printable
        // ASCII and newlines, which get deeper into the lexer and parser.
        let bytes: Vec<u8> = (0..len)
            .map(|_| match case % 2 {
                0 => rng.below(256) as u8,
                _ => ALPHABET[rng.below(ALPHABET.len() as u64) as usize],
            })
            .collect();
        inputs.push((format!("random_{case}"), bytes));
    }
    run_all(inputs, |label, source, out| {
        assert_clean_exit(out, label, source)
    });
}

/// A valid program touching most of the syntax, with no loop or recursion
/// that a truncation could make endless.
const VALID_PROGRAM: &str = r#"import sys

class Account:
    """A bank account."""
    rate = 0.5

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"bad amount: {amount!r}")
        self.balance += amount
        return self.balance

def summary(accounts, *, sep=", "):
    names = [a.owner for a in accounts if a.balance > 0]
    totals = {a.owner: a.balance * (1 + Account.rate) for a in accounts}
    return sep.join(names), totals

accounts = [Account("ann", 10), Account('bob')]
try:
    accounts[1].deposit(-5)
except ValueError as e:
    print("error:", e)
finally:
    print(summary(accounts, sep=" & ")[0], len(sys.argv))
print(2 ** 70 // 3, -7 % 3, [x * x for x in range(4)][1:3], lambda: 0)
"#;

#[test]
fn truncated_programs() {
    let full = run_source("full_program", VALID_PROGRAM.as_bytes());
    assert_eq!(
        full.code(),
        Some(0),
        "the untruncated program must run\n{}",
        full.dump()
    );
    let inputs = (0..VALID_PROGRAM.len())
        .map(|len| {
            (
                format!("prefix_{len}"),
                VALID_PROGRAM.as_bytes()[..len].to_vec(),
            )
        })
        .collect();
    run_all(inputs, |label, source, out| {
        assert_clean_exit(out, label, source)
    });
}

/// Complex numbers, exception groups and `except*` cut at every length.
const GROUPS_PROGRAM: &str = r#"z = complex("1+2j") * 3j - 1.5e3J
errors = [ValueError(z), TypeError(abs(z))]
try:
    raise ExceptionGroup("batch", errors)
except* ValueError as g:
    print(g.exceptions, f"{z:.2f}")
except* (TypeError, KeyError):
    raise
"#;

#[test]
fn truncated_group_programs() {
    let full = run_source("full_groups", GROUPS_PROGRAM.as_bytes());
    assert_eq!(
        full.code(),
        Some(1),
        "the whole program ends in the re-raised group\n{}",
        full.dump()
    );
    let inputs = (0..GROUPS_PROGRAM.len())
        .map(|len| {
            (
                format!("groups_prefix_{len}"),
                GROUPS_PROGRAM.as_bytes()[..len].to_vec(),
            )
        })
        .collect();
    run_all(inputs, |label, source, out| {
        assert_clean_exit(out, label, source)
    });
}

/// A match statement with every kind of pattern, cut at every length.
const MATCH_PROGRAM: &str = r#"class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
for s in [P(1, 2), [1, 2, 3], {"k": -1.5}, 3 + 4j, "s", None]:
    match s:
        case P(1, y=yy) | P(yy, 0): print(yy)
        case [a, *rest] if rest: print(a, rest)
        case {"k": -1.5 as v, **kw}: print(v, kw)
        case 3 + 4j | "s" | None: print("lit")
        case _: print("other")
match = case = 1
"#;

#[test]
fn truncated_match_programs() {
    let full = run_source("full_match", MATCH_PROGRAM.as_bytes());
    assert_eq!(
        full.code(),
        Some(0),
        "the whole program runs\n{}",
        full.dump()
    );
    let inputs = (0..MATCH_PROGRAM.len())
        .map(|len| {
            (
                format!("match_prefix_{len}"),
                MATCH_PROGRAM.as_bytes()[..len].to_vec(),
            )
        })
        .collect();
    run_all(inputs, |label, source, out| {
        assert_clean_exit(out, label, source)
    });
}

#[test]
fn match_compile_errors() {
    let cases: &[(&str, &[&str])] = &[
        (
            "match 1:\n    case _:\n        pass\n    case 1:\n        pass\n",
            &["SyntaxError"],
        ),
        (
            "match 1:\n    case [a, a]:\n        pass\n",
            &["SyntaxError"],
        ),
        (
            "match 1:\n    case a | [b]:\n        pass\n",
            &["SyntaxError"],
        ),
        ("match 1:\n", &["IndentationError"]),
        ("match 1:\n    x = 2\n", &["SyntaxError"]),
        ("match 1:\n    case 1 + 1: pass\n", &["SyntaxError"]),
        ("match 1:\n    case 1(): pass\n", &["SyntaxError"]),
        ("match 1:\n    case int(1, 2): pass\n", &["TypeError"]),
    ];
    let inputs = cases
        .iter()
        .enumerate()
        .map(|(i, (src, _))| (format!("match_error_{i}"), src.as_bytes().to_vec()))
        .collect();
    run_all(inputs, |label, source, out| {
        let i: usize = label
            .trim_start_matches("match_error_")
            .parse()
            .unwrap_or(0);
        assert_raises(out, cases[i].1, label, source)
    });
}

/// Pieces random regular expressions are made of: every kind of syntax
/// `re` knows, plus fragments that are wrong on their own.
const REGEX_PIECES: &[&str] = &[
    "a", "b", "é", ".", "^", "$", "\\", "(", ")", "[", "]", "{", "}", "*", "+", "?", "|", "-", ",",
    "2", "{2}", "{1,3}", "{,2}", "*?", "+?", "??", "*+", "\\d", "\\w", "\\s", "\\b", "\\B", "\\A",
    "\\Z", "\\1", "\\2", "\\x4", "\\u00e9", "\\q", "(?:", "(?P<n>", "(?P=n)", "(?=", "(?!", "(?<=",
    "(?<!", "(?>", "(?i)", "(?x)", "(?s:", "(?-i:", "(?(1)", "(?#", "[^", "a-z", "[a-", "\\N{",
    "#", " ", "\n",
];

#[test]
fn random_regular_expressions() {
    let mut rng = XorShift(0x5eed_0e5e_1234_9abc);
    let mut patterns = Vec::new();
    for _ in 0..400 {
        let n = 1 + rng.below(12) as usize;
        let text: String = (0..n)
            .map(|_| REGEX_PIECES[rng.below(REGEX_PIECES.len() as u64) as usize])
            .collect();
        patterns.push(text);
    }
    patterns.push("(".repeat(3000));
    patterns.push(format!("{}{}", "(?:".repeat(2000), ")".repeat(2000)));
    patterns.push("a{99999999999999999999}".into());
    patterns.push("[".repeat(500));
    // Each pattern travels as a list of code points, so no escaping can go
    // wrong; every compiled one is also run over a few subjects.
    let lists: Vec<String> = patterns
        .iter()
        .map(|p| {
            let points: Vec<String> = p.chars().map(|c| (c as u32).to_string()).collect();
            format!("[{}]", points.join(","))
        })
        .collect();
    let program = format!(
        "import re\n\
         PATTERNS = [{}]\n\
         subjects = ['', 'a', 'ab\\nba', 'aaaa-b', 'é2 a,b', 'xyz']\n\
         ok = failed = 0\n\
         for points in PATTERNS:\n\
         \x20   pattern = ''.join(map(chr, points))\n\
         \x20   try:\n\
         \x20       p = re.compile(pattern)\n\
         \x20   except (re.error, OverflowError, RecursionError):\n\
         \x20       failed += 1\n\
         \x20       continue\n\
         \x20   ok += 1\n\
         \x20   for s in subjects:\n\
         \x20       p.search(s); p.findall(s); p.split(s); p.fullmatch(s)\n\
         \x20       p.sub(lambda m: '-', s)\n\
         print('done', ok + failed)\n",
        lists.join(",\n")
    );
    let out = run_source("random_regex", program.as_bytes());
    assert_clean_exit(&out, "random_regex", program.as_bytes());
    assert_eq!(
        out.stdout,
        format!("done {}\n", patterns.len()),
        "random_regex\n{}",
        out.dump()
    );
}

#[test]
fn unclosed_brackets_and_strings() {
    let cases: &[(&str, &[&str])] = &[
        ("print((1, 2)\n", &["SyntaxError"]),
        ("x = [1, 2,\n", &["SyntaxError"]),
        ("d = {'a': 1\nprint(d)\n", &["SyntaxError"]),
        ("f(\n\n\n", &["SyntaxError"]),
        ("x = (1 +\n", &["SyntaxError"]),
        ("]\n", &["SyntaxError"]),
        ("x = (1, 2]\n", &["SyntaxError"]),
        ("s = 'unterminated\n", &["SyntaxError"]),
        ("s = \"\"\"never closed\n\n", &["SyntaxError"]),
        ("print(f'{1 + }')\n", &["SyntaxError"]),
        ("def f(:\n    pass\n", &["SyntaxError"]),
        ("if True:\nprint(1)\n", &["IndentationError"]),
        ("print(1)\n    print(2)\n", &["IndentationError"]),
        ("if True:\n\tx = 1\n        y = 2\n", &["TabError"]),
    ];
    for (source, names) in cases {
        let out = run_source("unclosed", source.as_bytes());
        assert_raises(&out, names, "unclosed", source.as_bytes());
    }
}

#[test]
fn deeply_nested_source() {
    let depth = 10_000;
    let parens = format!("print({}1{})\n", "(".repeat(depth), ")".repeat(depth));
    let lists = format!(
        "x = {}{}\nprint(len(x))\n",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let unary = format!("print({}1)\n", "-".repeat(depth));
    let sum = format!("x = 1{}\nprint(x)\n", " + 1".repeat(100_000));
    // CPython refuses all of these (SyntaxError: too many nested parentheses,
    // MemoryError, RecursionError during compilation); wisp may do better.
    let limits = &["SyntaxError", "RecursionError", "MemoryError"];
    let cases = [
        ("nested_parens", parens, "1\n"),
        ("nested_lists", lists, "1\n"),
        ("nested_unary", unary, "1\n"),
        ("long_sum", sum, "100001\n"),
    ];
    for (label, source, stdout) in cases {
        let out = run_source(label, source.as_bytes());
        assert_prints_or_raises(&out, stdout, limits, label, source.as_bytes());
    }
}

#[test]
fn deep_data_structures() {
    // Freeing a 100,000-deep chain must not recurse on the native stack.
    let free = b"x = []\nfor i in range(100000):\n    x = [x]\ndel x\nprint('freed')\n";
    let out = run_source("deep_free", free);
    assert_clean_exit(&out, "deep_free", free);
    assert_eq!(out.stdout, "freed\n", "deep_free\n{}", out.dump());

    let repr = b"x = []\nfor i in range(100000):\n    x = [x]\nprint(x)\n";
    let out = run_source("deep_repr", repr);
    assert_raises(&out, &["RecursionError"], "deep_repr", repr);
}

#[test]
fn runaway_recursion() {
    let cases: &[(&str, &str)] = &[
        ("plain", "def f(n):\n    return f(n + 1)\nf(0)\n"),
        (
            "mutual",
            "def a(n):\n    return b(n)\ndef b(n):\n    return a(n + 1)\na(0)\n",
        ),
        (
            "method",
            "class C:\n    def m(self, n):\n        return self.m(n + 1)\nC().m(0)\n",
        ),
        (
            "repr",
            "class R:\n    def __repr__(self):\n        return repr(self)\nprint(R())\n",
        ),
    ];
    for (label, source) in cases {
        let out = run_source(label, source.as_bytes());
        assert_raises(&out, &["RecursionError"], label, source.as_bytes());
    }
    // Recursion well under the default limit of 1000 must work.
    let fine = b"def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\nprint(depth(900))\n";
    let out = run_source("recursion_900", fine);
    assert_eq!(out.code(), Some(0), "recursion 900 deep\n{}", out.dump());
    assert_eq!(out.stdout, "900\n");
}

#[test]
fn arithmetic_errors() {
    let cases: &[(&str, &str)] = &[
        ("print(1 // 0)\n", "ZeroDivisionError"),
        ("print(1 % 0)\n", "ZeroDivisionError"),
        ("print(1 / 0)\n", "ZeroDivisionError"),
        ("print(1.0 / 0)\n", "ZeroDivisionError"),
        ("print(divmod(2 ** 100, 0))\n", "ZeroDivisionError"),
        ("print(float(10 ** 400))\n", "OverflowError"),
        ("print(int('12x'))\n", "ValueError"),
        ("print(1 + 'a')\n", "TypeError"),
        ("print(1j / 0)\n", "ZeroDivisionError"),
        ("print(0j ** -1)\n", "ZeroDivisionError"),
        ("print((1e200 + 1j) ** 2.5)\n", "OverflowError"),
        ("print(10 ** 400 * 1j)\n", "OverflowError"),
        ("print(complex('1+2jj'))\n", "ValueError"),
        ("print(complex('(' * 10000))\n", "ValueError"),
        ("print(1j < 2j)\n", "TypeError"),
        ("print(1j // 2)\n", "TypeError"),
    ];
    for (source, name) in cases {
        let out = run_source("arith", source.as_bytes());
        assert_raises(&out, &[name], "arith", source.as_bytes());
    }
}

#[test]
fn huge_numbers() {
    let power = b"x = 10 ** 100000\nprint(x.bit_length(), x % 1000003)\n";
    let out = run_source("huge_power", power);
    assert_eq!(out.code(), Some(0), "huge_power\n{}", out.dump());
    assert_eq!(out.stdout, "332193 990969\n");

    // CPython 3.11 refuses to convert ints of more than 4300 digits to str
    // (ValueError: Exceeds the limit ...); printing the length is also fine.
    let length = b"print(len(str(10 ** 100000)))\n";
    let out = run_source("huge_str", length);
    assert_prints_or_raises(&out, "100001\n", &["ValueError"], "huge_str", length);

    let big_shift = b"print((1 << 200000).bit_length())\n";
    let out = run_source("big_shift", big_shift);
    assert_eq!(out.stdout, "200001\n", "big_shift\n{}", out.dump());
}

#[test]
fn undefined_names() {
    let cases: &[(&str, &str)] = &[
        ("print(undefined_name)\n", "NameError"),
        ("undefined_function()\n", "NameError"),
        ("x = y + 1\n", "NameError"),
        ("del never_bound\n", "NameError"),
        ("def f():\n    return missing\nf()\n", "NameError"),
        (
            "def f():\n    print(v)\n    v = 1\nf()\n",
            "UnboundLocalError",
        ),
        ("None.attribute\n", "AttributeError"),
        ("import no_such_module_here\n", "ModuleNotFoundError"),
    ];
    for (source, name) in cases {
        let out = run_source("undefined", source.as_bytes());
        assert_raises(&out, &[name], "undefined", source.as_bytes());
    }
}

#[test]
fn empty_and_blank_programs() {
    for source in ["", "\n", "\n\n   \n", "# only a comment", "pass"] {
        let out = run_source("blank", source.as_bytes());
        assert_eq!(out.code(), Some(0), "{source:?}\n{}", out.dump());
        assert_eq!(out.stdout, "", "{source:?}");
    }
}

#[test]
fn exception_name_parsing() {
    assert_eq!(exception_name("ValueError: boom"), Some("ValueError"));
    assert_eq!(
        exception_name("KeyboardInterrupt"),
        Some("KeyboardInterrupt")
    );
    assert_eq!(exception_name("    ^^^^"), None);
    assert_eq!(
        exception_name("thread 'main' panicked at src/x.rs:1:1:"),
        None
    );
}
