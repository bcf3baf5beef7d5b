//! Conformance corpus: every `tests/conformance/NAME.py` is an ordinary
//! small program (a bank account model, a tokenizer, a BST, ...) that wisp
//! must run exactly as CPython does.
//!
//! One trial per script, named after the file stem. It runs wisp (or
//! `$WISP_BIN`) and `python3` on the script, with `tests/conformance/` as
//! the working directory and the script named relative to it, and requires
//! identical stdout (after memory addresses `0x…` are masked, as in
//! `golden`) and an identical exit status. stderr is not compared: wisp's
//! tracebacks differ in form.
//!
//! When `python3` is not on PATH (or `WISP_SKIP_ORACLE` is set), the
//! reference is the stored `NAME.out` (stdout) and `NAME.status` (exit
//! status, absent = 0) instead. Those files are written by
//! `tests/conformance/regen.sh` from `python3`, never by hand; each script
//! also gets an `oracle::NAME` trial that checks them against `python3` so
//! they cannot drift (ignored when `python3` is unavailable).
//!
//! `WISP_BIN=python3 cargo test --test conformance` runs the corpus on
//! CPython, which checks the harness and the stored files.

mod common;

use common::{diff, normalise, Output};
use libtest_mimic::{Arguments, Completion, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// How long one script may run before it is killed and fails.
const TIMEOUT: Duration = Duration::from_secs(120);

fn main() {
    let args = Arguments::from_args();
    let scripts = match discover(&corpus_dir()) {
        Ok(scripts) => scripts,
        Err(msg) => {
            eprintln!("conformance: {msg}");
            std::process::exit(1);
        }
    };
    let oracle = common::oracle_unavailable_reason();
    let mut trials = Vec::new();
    for script in scripts {
        trials.push(wisp_trial(script.clone(), oracle.is_none()));
        trials.push(oracle_trial(script, oracle.clone()));
    }
    libtest_mimic::run(&args, trials).exit();
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("conformance")
}

/// One conformance script.
#[derive(Clone, Debug)]
struct Script {
    name: String,
    path: PathBuf,
}

/// What a run must produce: stdout and exit status.
struct Expected {
    stdout: String,
    status: i32,
}

/// All `*.py` files in `dir`, sorted by name.
fn discover(dir: &Path) -> Result<Vec<Script>, String> {
    Ok(common::python_scripts(dir)?
        .into_iter()
        .map(|(name, path)| Script { name, path })
        .collect())
}

impl Script {
    fn sibling(&self, extension: &str) -> PathBuf {
        self.path.with_extension(extension)
    }

    /// The stored reference: `NAME.out` and `NAME.status`.
    fn stored(&self) -> Result<Expected, Failed> {
        let out = self.sibling("out");
        let stdout = std::fs::read_to_string(&out).map_err(|e| {
            format!(
                "cannot read {}: {e}\n(run tests/conformance/regen.sh {} to create it)",
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
        Ok(Expected { stdout, status })
    }

    /// Runs `cmd` on this script, with the corpus directory as cwd and the
    /// script named relative to it (so `sys.argv[0]` is `NAME.py`).
    fn run_with(&self, mut cmd: Command) -> Result<Output, Failed> {
        let dir = self.path.parent().unwrap_or(Path::new("."));
        let file = self.path.file_name().unwrap_or_default();
        cmd.arg(file).current_dir(dir).env("NO_COLOR", "1");
        common::run(cmd, None, TIMEOUT).map_err(|e| Failed::from(format!("{}: {e}", self.name)))
    }

    /// CPython's stdout and exit status, run live.
    fn python3(&self) -> Result<Expected, Failed> {
        let output = self.run_with(Command::new("python3"))?;
        let status = output.code().ok_or_else(|| {
            format!(
                "python3 did not exit normally on {}: {}",
                self.name,
                output.describe_status()
            )
        })?;
        Ok(Expected {
            stdout: output.stdout,
            status,
        })
    }
}

/// Reads a file that may legitimately be absent.
fn read_optional(path: &Path) -> Result<Option<String>, Failed> {
    common::read_optional(path).map_err(Failed::from)
}

/// Checks one run against the reference; `who` names the interpreter and
/// `against` the reference in failure messages.
fn check(who: &str, against: &str, expected: &Expected, actual: &Output) -> Result<(), Failed> {
    if actual.code() != Some(expected.status) {
        return Err(format!(
            "{who}: expected exit status {} ({against}), got {}\n{}",
            expected.status,
            actual.describe_status(),
            actual.dump()
        )
        .into());
    }
    if let Some(report) = diff(&normalise(&expected.stdout), &normalise(&actual.stdout)) {
        return Err(format!(
            "{who}: stdout differs from {against}\n{report}--- stderr ---\n{}",
            if actual.stderr.is_empty() {
                "(empty)"
            } else {
                &actual.stderr
            }
        )
        .into());
    }
    Ok(())
}

/// The trial named `NAME`: the interpreter under test against `python3`
/// (live when `live_oracle`, else the stored files).
fn wisp_trial(script: Script, live_oracle: bool) -> Trial {
    Trial::test(script.name.clone(), move || {
        let (expected, against) = if live_oracle {
            (script.python3()?, "python3")
        } else {
            (script.stored()?, "the stored .out/.status")
        };
        let output = script.run_with(common::wisp_command())?;
        check("wisp", against, &expected, &output)
    })
}

/// The trial named `oracle::NAME`: `python3` against the stored files, so
/// they cannot drift from what CPython really prints.
fn oracle_trial(script: Script, unavailable: Option<String>) -> Trial {
    Trial::ignorable_test(format!("oracle::{}", script.name), move || {
        if let Some(reason) = unavailable {
            return Ok(Completion::ignored_with(reason));
        }
        let expected = script.stored()?;
        let output = script.run_with(Command::new("python3"))?;
        check("python3", "the stored .out/.status", &expected, &output).map_err(|e| {
            format!(
                "{}\n(if CPython is right, run tests/conformance/regen.sh {})",
                e.message().unwrap_or(""),
                script.name
            )
        })?;
        Ok(Completion::Completed)
    })
}
