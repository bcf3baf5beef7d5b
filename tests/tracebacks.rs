//! Tracebacks as CPython 3.11 prints them, compared in full (the `golden`
//! examples only compare stdout and the last stderr line): the markers
//! under each source line, with `~` under the operands and `^` under the
//! operator of a failing binary operation or the `[...]` of a failing
//! subscript, in display columns; parentheses belonging to an expression's
//! first or last operand; expressions over several lines; no source line
//! for `<string>` code; recursion folded into `[Previous line repeated N
//! more times]`; "Exception ignored in" reports and exception groups.
//!
//! Each case is a script with CPython's exact stderr (`PATH` stands for the
//! script's path; memory addresses are masked). The expectations were
//! printed by `python3` 3.11, and the `oracle_agrees` test checks them
//! against `python3` whenever it is on PATH, so they cannot drift.
//! `WISP_BIN=python3 cargo test --test tracebacks` runs the cases on CPython.

mod common;

use common::{diff, normalise, Output};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(20);

/// One script and everything CPython prints for it.
struct Case {
    name: &'static str,
    source: &'static str,
    status: i32,
    stdout: &'static str,
    stderr: &'static str,
}

const CASES: &[Case] = &[
    Case {
        name: "binop_in_function",
        source: r#"def shift(n):
    return n << 2

shift(2.5)
"#,
        status: 1,
        stdout: "",
        stderr: r#"Traceback (most recent call last):
  File "PATH", line 4, in <module>
    shift(2.5)
  File "PATH", line 2, in shift
    return n << 2
           ~~^^~~
TypeError: unsupported operand type(s) for <<: 'float' and 'int'
"#,
    },
    Case {
        name: "subscript_then_add",
        source: r#"d = {}
x = d["key"] + 1
"#,
        status: 1,
        stdout: "",
        stderr: r#"Traceback (most recent call last):
  File "PATH", line 2, in <module>
    x = d["key"] + 1
        ~^^^^^^^
KeyError: 'key'
"#,
    },
    Case {
        name: "inner_operation",
        source: r#"a, b, c = 1, 2, None
x = a + b * c
"#,
        status: 1,
        stdout: "",
        stderr: r#"Traceback (most recent call last):
  File "PATH", line 2, in <module>
    x = a + b * c
            ~~^~~
TypeError: unsupported operand type(s) for *: 'int' and 'NoneType'
"#,
    },
    Case {
        name: "outer_operation",
        source: r#"a, b, c = None, 2, 3
x = a + b * c
"#,
        status: 1,
        stdout: "",
        stderr: r#"Traceback (most recent call last):
  File "PATH", line 2, in <module>
    x = a + b * c
        ~~^~~~~~~
TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'
"#,
    },
    Case {
        name: "parenthesised_left",
        source: r#"a, b, c = 1, 2, None
x = (a + b) * c
"#,
        status: 1,
        stdout: "",
        stderr: r#"Traceback (most recent call last):
  File "PATH", line 2, in <module>
    x = (a + b) * c
        ~~~~~~~~^~~
TypeError: unsupported operand type(s) for *: 'int' and 'NoneType'
"#,
    },
    Case {
        name: "parenthesised_right",
        source: r#"a, b, c = 1, 2, None
x = c * (a + b)
"#,
        status: 1,
        stdout: "",
        stderr: r#"Traceback (most recent call last):
  File "PATH", line 2, in <module>
    x = c * (a + b)
        ~~^~~~~~~~~
TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'
"#,
    },
    Case {
        name: "nested_parentheses",
        source: r#"a, b = None, 1
x = ((a)) + b
"#,
        status: 1,
        stdout: "",
        stderr: r#"Traceback (most recent call last):
  File "PATH", line 2, in <module>
    x = ((a)) + b
        ~~~~~~^~~
TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'
"#,
    },
    Case {
        name: "parentheses_touching_operator",
        source: r#"a, b = None, 1
x = (a)+(b)
"#,
        status: 1,
        stdout: "",
        stderr: r#"Traceback (most recent call last):
  File "PATH", line 2, in <module>
    x = (a)+(b)
        ~~~^^~~
TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'
"#,
    },
    Case {
        name: "power",
        source: r#"a = None
x = a ** 2
"#,
        status: 1,
        stdout: "",
        stderr: r#"Traceback (most recent call last):
  File "PATH", line 2, in <module>
    x = a ** 2
        ~~^^~~
TypeError: unsupported operand type(s) for ** or pow(): 'NoneType' and 'int'
"#,
    },
    Case {
        name: "floor_division_spaced",
        source: r#"x = 1  //  0
"#,
        status: 1,
        stdout: "",
        stderr: r#"Traceback (most recent call last):
  File "PATH", line 1, in <module>
    x = 1  //  0
        ~~~^^~~~
ZeroDivisionError: integer division or modulo by zero
"#,
    },
    Case {
        name: "matmul",
        source: r#"x = [] @ []
"#,
        status: 1,
        stdout: "",
        stderr: r#"Traceback (most recent call last):
  File "PATH", line 1, in <module>
    x = [] @ []
        ~~~^~~~
TypeError: unsupported operand type(s) for @: 'list' and 'list'
"#,
    },
    Case {
        name: "comparison_has_no_anchor",
        source: r#"a = 1
x = a < 'x'
"#,
        status: 1,
        stdout: "",
        stderr: r#"Traceback (most recent call last):
  File "PATH", line 2, in <module>
    x = a < 'x'
        ^^^^^^^
TypeError: '<' not supported between instances of 'int' and 'str'
"#,
    },
    Case {
        name: "chained_subscripts",
        source: r#"a = [[1]]
x = a[0][1]
"#,
        status: 1,
        stdout: "",
        stderr: r#"Traceback (most recent call last):
  File "PATH", line 2, in <module>
    x = a[0][1]
        ~~~~^^^
IndexError: list index out of range
"#,
    },
    Case {
        name: "slice",
        source: r#"a = None
x = a[1:2]
"#,
        status: 1,
        stdout: "",
        stderr: r#"Traceback (most recent call last):
  File "PATH", line 2, in <module>
    x = a[1:2]
        ~^^^^^
TypeError: 'NoneType' object is not subscriptable
"#,
    },
    Case {
        name: "subscript_with_spaces",
        source: r#"d = {}
x = d [ 'k' ] + 1
"#,
        status: 1,
        stdout: "",
        stderr: r#"Traceback (most recent call last):
  File "PATH", line 2, in <module>
    x = d [ 'k' ] + 1
        ~~^^^^^^^
KeyError: 'k'
"#,
    },
    Case {
        name: "call_is_plain",
        source: r#"def f():
    raise ValueError('no')

x = f() + 1
"#,
        status: 1,
        stdout: "",
        stderr: r#"Traceback (most recent call last):
  File "PATH", line 4, in <module>
    x = f() + 1
        ^^^
  File "PATH", line 2, in f
    raise ValueError('no')
ValueError: no
"#,
    },
    Case {
        name: "several_lines",
        source: r#"a = None
x = (a +
     1)
"#,
        status: 1,
        stdout: "",
        stderr: r#"Traceback (most recent call last):
  File "PATH", line 2, in <module>
    x = (a +
         ^^^
TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'
"#,
    },
    Case {
        name: "several_lines_comment",
        source: r#"a = 1
x = (  # note
  a) + None
"#,
        status: 1,
        stdout: "",
        stderr: r#"Traceback (most recent call last):
  File "PATH", line 2, in <module>
    x = (  # note
        ^^^^^^^^^
TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'
"#,
    },
    Case {
        name: "tab_and_wide_characters",
        source: "def f(b):\n\treturn '日本' + b\n\nf(None)\n",
        status: 1,
        stdout: "",
        stderr: r#"Traceback (most recent call last):
  File "PATH", line 4, in <module>
    f(None)
  File "PATH", line 2, in f
    return '日本' + b
           ~~~~~~~^~~
TypeError: can only concatenate str (not "NoneType") to str
"#,
    },
    Case {
        name: "whole_line_binop_keeps_markers",
        source: r#"a = None
a + 1
"#,
        status: 1,
        stdout: "",
        stderr: r#"Traceback (most recent call last):
  File "PATH", line 2, in <module>
    a + 1
    ~~^~~
TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'
"#,
    },
    Case {
        name: "whole_line_call_has_none",
        source: r#"def f():
    raise KeyError(1)

f()
"#,
        status: 1,
        stdout: "",
        stderr: r#"Traceback (most recent call last):
  File "PATH", line 4, in <module>
    f()
  File "PATH", line 2, in f
    raise KeyError(1)
KeyError: 1
"#,
    },
    Case {
        name: "trailing_spaces_keep_markers",
        source: "def f():\n    raise KeyError(1)\n\nf()   \n",
        status: 1,
        stdout: "",
        stderr: "Traceback (most recent call last):\n  File \"PATH\", line 4, in <module>\n    f()   \n    ^^^\n  File \"PATH\", line 2, in f\n    raise KeyError(1)\nKeyError: 1\n",
    },
    Case {
        name: "string_source_has_no_line",
        source: r#"exec('x = 1 + None')
"#,
        status: 1,
        stdout: "",
        stderr: r#"Traceback (most recent call last):
  File "PATH", line 1, in <module>
    exec('x = 1 + None')
  File "<string>", line 1, in <module>
TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'
"#,
    },
    Case {
        name: "fstring_field",
        source: r#"n = None
x = f'{(n) + 1}'
"#,
        status: 1,
        stdout: "",
        stderr: r#"Traceback (most recent call last):
  File "PATH", line 2, in <module>
    x = f'{(n) + 1}'
           ~~~~^~~
TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'
"#,
    },
    Case {
        name: "recursion_folded",
        source: r#"def down(n):
    if n == 0:
        raise ValueError('bottom')
    return down(n - 1) + 1

down(10)
"#,
        status: 1,
        stdout: "",
        stderr: r#"Traceback (most recent call last):
  File "PATH", line 6, in <module>
    down(10)
  File "PATH", line 4, in down
    return down(n - 1) + 1
           ^^^^^^^^^^^
  File "PATH", line 4, in down
    return down(n - 1) + 1
           ^^^^^^^^^^^
  File "PATH", line 4, in down
    return down(n - 1) + 1
           ^^^^^^^^^^^
  [Previous line repeated 7 more times]
  File "PATH", line 3, in down
    raise ValueError('bottom')
ValueError: bottom
"#,
    },
    Case {
        name: "exception_ignored_in_del",
        source: r#"class Node:
    def __del__(self):
        self.total = self.parts[0] + self.extra

n = Node()
n.parts = [1]
n.extra = 'x'
del n
print('still running')
"#,
        status: 0,
        stdout: "still running\n",
        stderr: r#"Exception ignored in: <function Node.__del__ at 0x7f3dff285bc0>
Traceback (most recent call last):
  File "PATH", line 3, in __del__
    self.total = self.parts[0] + self.extra
                 ~~~~~~~~~~~~~~^~~~~~~~~~~~
TypeError: unsupported operand type(s) for +: 'int' and 'str'
"#,
    },
    Case {
        name: "exception_group",
        source: r#"def check(v):
    return v['id'] // 2

try:
    check({})
except KeyError as e:
    err = e
raise ExceptionGroup('checks', [err])
"#,
        status: 1,
        stdout: "",
        stderr: r#"  + Exception Group Traceback (most recent call last):
  |   File "PATH", line 8, in <module>
  |     raise ExceptionGroup('checks', [err])
  | ExceptionGroup: checks (1 sub-exception)
  +-+---------------- 1 ----------------
    | Traceback (most recent call last):
    |   File "PATH", line 5, in <module>
    |     check({})
    |   File "PATH", line 2, in check
    |     return v['id'] // 2
    |            ~^^^^^^
    | KeyError: 'id'
    +------------------------------------
"#,
    },
];

/// A scratch directory per interpreter, as the two tests run in parallel.
fn scratch(who: &str) -> PathBuf {
    let dir = common::scratch_dir("tracebacks").join(who);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        panic!("cannot create {}: {e}", dir.display());
    }
    dir
}

/// Writes the case's script and runs `cmd` on it in `dir`.
fn run_case(case: &Case, dir: &Path, mut cmd: Command) -> Output {
    let file = format!("{}.py", case.name);
    let path = dir.join(&file);
    if let Err(e) = std::fs::write(&path, case.source) {
        panic!("cannot write {}: {e}", path.display());
    }
    cmd.arg(&file).current_dir(dir).env("NO_COLOR", "1");
    match common::run(cmd, None, TIMEOUT) {
        Ok(out) => out,
        Err(e) => panic!("{}: {e}", case.name),
    }
}

/// How `out` differs from what the case expects, if it does.
fn mismatch(case: &Case, dir: &Path, out: &Output) -> Option<String> {
    let path = dir.join(format!("{}.py", case.name));
    let want = normalise(&case.stderr.replace("PATH", &path.display().to_string()));
    if out.code() != Some(case.status) {
        return Some(format!(
            "expected exit status {}\n{}",
            case.status,
            out.dump()
        ));
    }
    if out.stdout != case.stdout {
        return Some(format!("stdout differs\n{}", out.dump()));
    }
    diff(&want, &normalise(&out.stderr))
        .map(|report| format!("stderr differs\n{report}--- stderr ---\n{}", out.stderr))
}

/// Runs every case with `cmd()`, reporting all that differ.
fn check_all(who: &str, cmd: impl Fn() -> Command) {
    let dir = scratch(who);
    let failures: Vec<String> = CASES
        .iter()
        .filter_map(|case| {
            let out = run_case(case, &dir, cmd());
            mismatch(case, &dir, &out).map(|m| format!("=== {} ({who}): {m}", case.name))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn tracebacks_match_cpython() {
    check_all("wisp", common::wisp_command);
}

/// The expectations above are what `python3` prints (skipped without it).
#[test]
fn oracle_agrees() {
    if let Some(reason) = common::oracle_unavailable_reason() {
        eprintln!("oracle_agrees skipped: {reason}");
        return;
    }
    check_all("python3", || Command::new("python3"));
}

/// `examples/272_traceback_anchors.py` (many "Exception ignored in"
/// reports, then an uncaught error): its whole stderr is python3's
/// (skipped without python3; `golden` checks its stdout either way).
#[test]
fn example_272_stderr_matches_python3() {
    if let Some(reason) = common::oracle_unavailable_reason() {
        eprintln!("example_272_stderr_matches_python3 skipped: {reason}");
        return;
    }
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples");
    let run = |mut cmd: Command| {
        cmd.arg("272_traceback_anchors.py")
            .current_dir(&dir)
            .env("NO_COLOR", "1");
        match common::run(cmd, None, TIMEOUT) {
            Ok(out) => out,
            Err(e) => panic!("272_traceback_anchors: {e}"),
        }
    };
    let want = run(Command::new("python3"));
    let got = run(common::wisp_command());
    if let Some(report) = diff(&normalise(&want.stderr), &normalise(&got.stderr)) {
        panic!("stderr differs from python3's\n{report}");
    }
}
