//! Command-line behaviour of the `wisp` binary, modelled on `python3`'s:
//! `wisp FILE ARGS...`, `wisp -c CODE`, `wisp -` and piped stdin, the exit
//! status policy (0 ok, 1 uncaught exception, 2 usage or unopenable file),
//! `--version` and `--help`.
//!
//! `WISP_BIN=python3 cargo test --test cli` runs the same checks on CPython;
//! only the wisp-specific ones (the `--version` text) then fail.

mod common;

use common::Output;
use std::path::PathBuf;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(20);

/// Runs the interpreter with `args` in the scratch directory, feeding it
/// `stdin` (a null stdin when `None`).
fn wisp(args: &[&str], stdin: Option<&str>) -> Output {
    let mut cmd = common::wisp_command();
    cmd.args(args).current_dir(scratch());
    match common::run(cmd, stdin.map(str::as_bytes), TIMEOUT) {
        Ok(output) => output,
        Err(e) => panic!("wisp {args:?}: {e}"),
    }
}

fn scratch() -> PathBuf {
    common::scratch_dir("cli")
}

/// Writes a script into the scratch directory and returns its file name.
fn script(name: &str, source: &str) -> String {
    let path = scratch().join(name);
    if let Err(e) = std::fs::write(&path, source) {
        panic!("cannot write {}: {e}", path.display());
    }
    name.to_string()
}

fn assert_success(out: &Output, stdout: &str) {
    assert_eq!(out.code(), Some(0), "{}", out.dump());
    assert_eq!(out.stdout, stdout, "{}", out.dump());
}

#[test]
fn file_arguments_become_sys_argv() {
    let file = script("argv.py", "import sys\nprint(sys.argv)\n");
    let out = wisp(&[&file, "one", "two words", "-c", "--flag", "ünï"], None);
    assert_success(
        &out,
        "['argv.py', 'one', 'two words', '-c', '--flag', 'ünï']\n",
    );
}

#[test]
fn file_without_arguments() {
    let file = script("hello.py", "print('hello from a file')\n");
    assert_success(&wisp(&[&file], None), "hello from a file\n");
}

#[test]
fn dash_c_runs_code() {
    assert_success(&wisp(&["-c", "print(1+1)"], None), "2\n");
    assert_success(
        &wisp(&["-c", "import sys; print(sys.argv)", "a", "b"], None),
        "['-c', 'a', 'b']\n",
    );
    assert_success(&wisp(&["-c", "x = 6\nprint(x * 7)\n"], None), "42\n");
}

#[test]
fn dash_reads_program_from_stdin() {
    let program = "import sys\nprint(sys.argv)\nprint(6 * 7)\n";
    assert_success(&wisp(&["-"], Some(program)), "['-']\n42\n");
    assert_success(
        &wisp(&["-", "x", "y"], Some(program)),
        "['-', 'x', 'y']\n42\n",
    );
}

#[test]
fn piped_stdin_without_arguments() {
    let program = "import sys\nprint('piped', sys.argv)\nfor i in range(3):\n    print(i)\n";
    assert_success(&wisp(&[], Some(program)), "piped ['']\n0\n1\n2\n");
}

#[test]
fn uncaught_exception_exits_with_1() {
    let file = script("fails.py", "print('before')\nraise ValueError('boom')\n");
    let out = wisp(&[&file], None);
    assert_eq!(out.code(), Some(1), "{}", out.dump());
    assert_eq!(out.stdout, "before\n", "stdout before the error is kept");
    assert_eq!(
        out.last_stderr_line(),
        Some("ValueError: boom"),
        "{}",
        out.dump()
    );

    let out = wisp(&["-c", "1/0"], None);
    assert_eq!(out.code(), Some(1), "{}", out.dump());
    let last = out.last_stderr_line().unwrap_or("");
    assert!(last.starts_with("ZeroDivisionError"), "{}", out.dump());

    let out = wisp(&["-"], Some("print('ok')\nprint(undefined)\n"));
    assert_eq!(out.code(), Some(1), "{}", out.dump());
    assert_eq!(out.stdout, "ok\n");
}

#[test]
fn syntax_error_exits_with_1() {
    let out = wisp(&["-c", "print('unclosed'"], None);
    assert_eq!(out.code(), Some(1), "{}", out.dump());
    let last = out.last_stderr_line().unwrap_or("");
    assert!(last.starts_with("SyntaxError"), "{}", out.dump());
    assert_eq!(
        out.stdout, "",
        "nothing runs when the program does not parse"
    );
}

#[test]
fn version_flag() {
    let out = wisp(&["--version"], None);
    assert_eq!(out.code(), Some(0), "{}", out.dump());
    let expected = format!("wisp {}", env!("CARGO_PKG_VERSION"));
    assert!(
        out.stdout
            .lines()
            .next()
            .unwrap_or("")
            .starts_with(&expected),
        "expected a line starting with {expected:?}\n{}",
        out.dump()
    );
}

#[test]
fn help_flag() {
    let out = wisp(&["--help"], None);
    assert_eq!(out.code(), Some(0), "{}", out.dump());
    assert!(
        out.stdout.to_lowercase().contains("usage"),
        "--help prints a usage line on stdout\n{}",
        out.dump()
    );
    assert!(
        out.stdout.contains("-c"),
        "--help mentions -c\n{}",
        out.dump()
    );
}

/// `PROG: can't open file 'PATH': [Errno 2] No such file or directory`,
/// where PROG is the interpreter's name (CPython prints its full path).
fn assert_cannot_open(out: &Output, path_suffix: &str) {
    assert_eq!(out.code(), Some(2), "{}", out.dump());
    assert_eq!(out.stdout, "", "{}", out.dump());
    let lines: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert_eq!(lines.len(), 1, "a one-line message\n{}", out.dump());
    let (prog, message) = lines[0]
        .split_once(": can't open file '")
        .unwrap_or_else(|| panic!("unexpected message\n{}", out.dump()));
    let name = common::wisp_prog_name();
    assert!(
        prog == name || prog.ends_with(&format!("/{name}")),
        "message starts with {name:?}\n{}",
        out.dump()
    );
    let tail = format!("{path_suffix}': [Errno 2] No such file or directory");
    assert!(message.ends_with(&tail), "expected …{tail}\n{}", out.dump());
}

#[test]
fn nonexistent_file_exits_with_2() {
    let out = wisp(&["/x/nope.py"], None);
    assert_cannot_open(&out, "/x/nope.py");
    // CPython shows a relative path made absolute; either form is fine.
    let out = wisp(&["nope.py", "arg"], None);
    assert_cannot_open(&out, "nope.py");
}

#[test]
fn usage_errors_exit_with_2() {
    for args in [&["--no-such-option"][..], &["-Z"], &["-c"]] {
        let out = wisp(args, None);
        assert_eq!(out.code(), Some(2), "wisp {args:?}\n{}", out.dump());
        assert!(
            !out.stderr.trim().is_empty(),
            "wisp {args:?} explains on stderr"
        );
        assert_eq!(out.stdout, "", "wisp {args:?}\n{}", out.dump());
    }
}

/// An uncaught exception group is drawn as CPython 3.11 draws it: nested
/// boxes, one numbered section per member, each with its own traceback.
#[test]
fn uncaught_exception_group_prints_nested_boxes() {
    let file = script(
        "group.py",
        "def check(n):\n    raise ValueError(n)\n\nerrors = []\nfor i in [1, 2]:\n    try:\n        \
         check(i)\n    except ValueError as e:\n        errors.append(e)\nraise ExceptionGroup(\"checks\", \
         [errors[0], ExceptionGroup(\"more\", [errors[1], KeyError(\"k\")])])\n",
    );
    let out = wisp(&[&file], None);
    assert_eq!(out.code(), Some(1), "{}", out.dump());
    let path = scratch().join(&file);
    let expected = r#"  + Exception Group Traceback (most recent call last):
  |   File "PATH", line 10, in <module>
  |     raise ExceptionGroup("checks", [errors[0], ExceptionGroup("more", [errors[1], KeyError("k")])])
  | ExceptionGroup: checks (2 sub-exceptions)
  +-+---------------- 1 ----------------
    | Traceback (most recent call last):
    |   File "PATH", line 7, in <module>
    |     check(i)
    |   File "PATH", line 2, in check
    |     raise ValueError(n)
    | ValueError: 1
    +---------------- 2 ----------------
    | ExceptionGroup: more (2 sub-exceptions)
    +-+---------------- 1 ----------------
      | Traceback (most recent call last):
      |   File "PATH", line 7, in <module>
      |     check(i)
      |   File "PATH", line 2, in check
      |     raise ValueError(n)
      | ValueError: 2
      +---------------- 2 ----------------
      | KeyError: 'k'
      +------------------------------------
"#
    .replace("PATH", &path.display().to_string());
    assert_eq!(out.stderr, expected, "{}", out.dump());
}
