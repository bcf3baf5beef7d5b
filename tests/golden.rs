//! Golden tests: every `examples/NAME.py` is run by wisp and must print
//! exactly `examples/NAME.out` (after memory addresses `0x…` are normalised).
//!
//! Per example, the expected results are:
//! - `NAME.out`: stdout, as CPython prints it (raw; normalised when compared);
//! - `NAME.status`: the exit status when it is not 0 (absent = 0);
//! - `NAME.err`: present with `NAME.status`: CPython's last stderr line, such
//!   as `ValueError: boom`. stderr is otherwise not compared (wisp's
//!   tracebacks carry miette labels), but its last line must match this.
//!
//! All three are written by `tests/regen-golden.sh` from `python3`, never by
//! hand. To keep them from drifting, each example also gets an `oracle::NAME`
//! trial that runs `python3` and checks it against the same files; those are
//! ignored when `python3` is missing or `WISP_SKIP_ORACLE` is set.
//!
//! `WISP_BIN=python3 cargo test --test golden` runs the corpus on CPython,
//! which checks the harness and the examples themselves.

mod common;

use common::{diff, normalise, Output};
use libtest_mimic::{Arguments, Completion, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// How long one example may run before it is killed and fails.
const TIMEOUT: Duration = Duration::from_secs(60);

fn main() {
    let args = Arguments::from_args();
    let examples = match discover(&examples_dir()) {
        Ok(examples) => examples,
        Err(msg) => {
            eprintln!("golden: {msg}");
            std::process::exit(1);
        }
    };
    let oracle = common::oracle_unavailable_reason();
    let mut trials = Vec::new();
    for example in examples {
        trials.push(wisp_trial(example.clone()));
        trials.push(leak_trial(example.clone()));
        trials.push(oracle_trial(example, oracle.clone()));
    }
    libtest_mimic::run(&args, trials).exit();
}

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

/// One example program and the files describing what it must do.
#[derive(Clone, Debug)]
struct Example {
    name: String,
    script: PathBuf,
}

/// What running an example must produce, read from its sibling files.
struct Expected {
    stdout: String,
    status: i32,
    last_stderr_line: Option<String>,
}

/// All `*.py` files in `dir`, sorted by name.
fn discover(dir: &Path) -> Result<Vec<Example>, String> {
    Ok(common::python_scripts(dir)?
        .into_iter()
        .map(|(name, script)| Example { name, script })
        .collect())
}

impl Example {
    fn sibling(&self, extension: &str) -> PathBuf {
        self.script.with_extension(extension)
    }

    fn expected(&self) -> Result<Expected, Failed> {
        let out = self.sibling("out");
        let stdout = std::fs::read_to_string(&out).map_err(|e| {
            format!(
                "cannot read {}: {e}\n(run tests/regen-golden.sh {} to create it)",
                out.display(),
                self.name
            )
        })?;
        let status = match read_optional(&self.sibling("status"))? {
            None => 0,
            Some(text) => text
                .trim()
                .parse()
                .map_err(|e| format!("{}.status is not an integer: {e}", self.name))?,
        };
        let last_stderr_line =
            read_optional(&self.sibling("err"))?.map(|text| text.trim_end().to_string());
        if status != 0 && last_stderr_line.is_none() {
            return Err(
                format!("{}.status exists but {}.err does not", self.name, self.name).into(),
            );
        }
        Ok(Expected {
            stdout,
            status,
            last_stderr_line,
        })
    }

    /// Runs `program` on this example, with `examples/` as cwd and the script
    /// named relative to it (so `sys.argv[0]` is `NAME.py`).
    fn run_with(&self, mut cmd: Command) -> Result<Output, Failed> {
        let dir = self.script.parent().unwrap_or(Path::new("."));
        let file = self.script.file_name().unwrap_or_default();
        cmd.arg(file).current_dir(dir).env("NO_COLOR", "1");
        common::run(cmd, None, TIMEOUT).map_err(|e| Failed::from(format!("{}: {e}", self.name)))
    }
}

/// Reads a file that may legitimately be absent.
fn read_optional(path: &Path) -> Result<Option<String>, Failed> {
    common::read_optional(path).map_err(Failed::from)
}

/// Checks one run against the expected files; `who` names the interpreter
/// in failure messages.
fn check(who: &str, expected: &Expected, actual: &Output) -> Result<(), Failed> {
    if actual.code() != Some(expected.status) {
        return Err(format!(
            "{who}: expected exit status {}, got {}\n{}",
            expected.status,
            actual.describe_status(),
            actual.dump()
        )
        .into());
    }
    if let Some(report) = diff(&normalise(&expected.stdout), &normalise(&actual.stdout)) {
        return Err(format!(
            "{who}: stdout differs from the .out file\n{report}--- stderr ---\n{}",
            if actual.stderr.is_empty() {
                "(empty)"
            } else {
                &actual.stderr
            }
        )
        .into());
    }
    if let Some(want) = &expected.last_stderr_line {
        let got = actual.last_stderr_line().unwrap_or("");
        if got != want {
            return Err(format!(
                "{who}: last stderr line differs\n- {want}\n+ {got}\n--- stderr ---\n{}",
                actual.stderr
            )
            .into());
        }
    }
    Ok(())
}

/// The trial named `NAME`: the interpreter under test on one example.
fn wisp_trial(example: Example) -> Trial {
    Trial::test(example.name.clone(), move || {
        let expected = example.expected()?;
        let output = example.run_with(common::wisp_command())?;
        check("wisp", &expected, &output)
    })
}

/// The trial named `leaks::NAME`: after the example (and its exit
/// finalizers) ran, dropping every module and running the cycle collector
/// leaves no container alive beyond the interpreter's own
/// (`WISP_DEBUG_LEAKS=1` makes wisp report the count on stderr).
fn leak_trial(example: Example) -> Trial {
    let name = format!("leaks::{}", example.name);
    if std::env::var_os("WISP_BIN").is_some() {
        return Trial::test(name, || Ok(())).with_ignored_flag(true);
    }
    Trial::test(name, move || {
        let mut cmd = common::wisp_command();
        cmd.env("WISP_DEBUG_LEAKS", "1");
        let output = example.run_with(cmd)?;
        match output.last_stderr_line() {
            Some("wisp: 0 objects leaked") => Ok(()),
            other => Err(format!("expected no leaked objects, got {:?}", other).into()),
        }
    })
}

/// The trial named `oracle::NAME`: CPython on one example, so that no
/// expected file can drift from what `python3` really prints.
fn oracle_trial(example: Example, unavailable: Option<String>) -> Trial {
    Trial::ignorable_test(format!("oracle::{}", example.name), move || {
        if let Some(reason) = unavailable {
            return Ok(Completion::ignored_with(reason));
        }
        let expected = example.expected()?;
        let output = example.run_with(Command::new("python3"))?;
        check("python3", &expected, &output).map_err(|e| {
            format!(
                "{}\n(if CPython is right, run tests/regen-golden.sh {})",
                e.message().unwrap_or(""),
                example.name
            )
        })?;
        Ok(Completion::Completed)
    })
}
