//! Helpers shared by the integration tests (`golden`, `cli`, `bad_input`):
//! locating the interpreter under test, running a child process with a
//! timeout, and the small text utilities the tests compare output with.
//!
//! Each test crate uses a different subset, hence the `dead_code` allowance.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// The interpreter under test: `$WISP_BIN` when set (e.g. `WISP_BIN=python3`
/// to check the tests themselves against CPython), else the `wisp` binary
/// cargo built for this test run.
pub fn wisp_bin() -> PathBuf {
    match std::env::var_os("WISP_BIN") {
        Some(bin) if !bin.is_empty() => PathBuf::from(bin),
        _ => PathBuf::from(env!("CARGO_BIN_EXE_wisp")),
    }
}

/// The name the interpreter calls itself in one-line CLI error messages
/// (`wisp: can't open file ...`): the file name of [`wisp_bin`].
pub fn wisp_prog_name() -> String {
    let bin = wisp_bin();
    bin.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "wisp".to_string())
}

/// A fresh `Command` for the interpreter under test, with colours off.
pub fn wisp_command() -> Command {
    let mut cmd = Command::new(wisp_bin());
    cmd.env("NO_COLOR", "1");
    cmd
}

/// Everything a finished child process produced.
#[derive(Debug)]
pub struct Output {
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    /// The exit code, or `None` when the process was killed by a signal.
    pub fn code(&self) -> Option<i32> {
        self.status.code()
    }

    /// A one-line description of how the process ended, for messages.
    pub fn describe_status(&self) -> String {
        use std::os::unix::process::ExitStatusExt;
        match (self.status.code(), self.status.signal()) {
            (Some(code), _) => format!("exit status {code}"),
            (None, Some(signal)) => format!("killed by signal {signal}"),
            (None, None) => "unknown termination".to_string(),
        }
    }

    /// The last non-empty line of stderr (trailing whitespace trimmed).
    pub fn last_stderr_line(&self) -> Option<&str> {
        last_nonempty_line(&self.stderr)
    }

    /// stdout, stderr and status, formatted for a failure message.
    pub fn dump(&self) -> String {
        format!(
            "{}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.describe_status(),
            tail(&self.stdout, 40),
            tail(&self.stderr, 40)
        )
    }
}

/// Why [`run`] could not produce an [`Output`].
#[derive(Debug)]
pub enum RunError {
    /// The process could not be started at all.
    Spawn(String),
    /// The process was still running after the timeout and was killed.
    Timeout(Duration),
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RunError::Spawn(msg) => write!(f, "could not start the process: {msg}"),
            RunError::Timeout(limit) => write!(f, "timed out after {limit:?} and was killed"),
        }
    }
}

/// Runs `cmd` to completion, feeding it `stdin` (or a null stdin when
/// `None`), and kills it if it is still running after `timeout`.
///
/// stdout and stderr are drained on their own threads so a chatty child can
/// never block on a full pipe while we poll it with `try_wait`.
pub fn run(mut cmd: Command, stdin: Option<&[u8]>, timeout: Duration) -> Result<Output, RunError> {
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    let mut child = cmd
        .spawn()
        .map_err(|e| RunError::Spawn(format!("{cmd:?}: {e}")))?;

    let writer = match (stdin, child.stdin.take()) {
        (Some(bytes), Some(mut pipe)) => {
            let bytes = bytes.to_vec();
            // A child that exits without reading its input makes this fail
            // with a broken pipe; that is not an error of the test.
            Some(thread::spawn(move || {
                let _ = pipe.write_all(&bytes);
            }))
        }
        _ => None,
    };
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());

    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(RunError::Timeout(timeout));
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(RunError::Spawn(format!("waiting for {cmd:?}: {e}"))),
        }
    };
    if let Some(writer) = writer {
        let _ = writer.join();
    }
    Ok(Output {
        status,
        stdout: join_drain(stdout),
        stderr: join_drain(stderr),
    })
}

type Drain = Option<thread::JoinHandle<Vec<u8>>>;

fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> Drain {
    pipe.map(|mut pipe| {
        thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = pipe.read_to_end(&mut buf);
            buf
        })
    })
}

fn join_drain(handle: Drain) -> String {
    let bytes = handle.and_then(|h| h.join().ok()).unwrap_or_default();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Replaces every memory address `0x[0-9a-f]+` with `0x…`, so that
/// `<__main__.Foo object at 0x7f3a2c1b0d90>` compares equal across runs
/// and interpreters. Hand-written scanner; no regex dependency.
pub fn normalise(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut copied_up_to = 0;
    let mut i = 0;
    while i < bytes.len() {
        let is_prefix = bytes[i] == b'0' && bytes.get(i + 1) == Some(&b'x');
        let digits = if is_prefix {
            hex_run(&bytes[i + 2..])
        } else {
            0
        };
        if digits > 0 {
            out.push_str(&text[copied_up_to..i]);
            out.push_str("0x…");
            i += 2 + digits;
            copied_up_to = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&text[copied_up_to..]);
    out
}

/// Length of the run of lowercase hex digits at the start of `bytes`.
fn hex_run(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .take_while(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
        .count()
}

/// The last line of `text` that is not blank, without trailing whitespace.
pub fn last_nonempty_line(text: &str) -> Option<&str> {
    text.lines()
        .map(str::trim_end)
        .rfind(|line| !line.is_empty())
}

/// The last `n` lines of `text` (with a marker when some were cut).
fn tail(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() <= n {
        return text.to_string();
    }
    format!(
        "[… {} lines cut …]\n{}",
        lines.len() - n,
        lines[lines.len() - n..].join("\n")
    )
}

/// Compares `expected` with `actual` line by line. `None` when equal, else a
/// short report: the first differing line, with a few lines of context
/// before it, the next expected lines (`-`) and the actual lines (`+`).
pub fn diff(expected: &str, actual: &str) -> Option<String> {
    if expected == actual {
        return None;
    }
    let exp: Vec<&str> = expected.split('\n').collect();
    let act: Vec<&str> = actual.split('\n').collect();
    let first = exp
        .iter()
        .zip(&act)
        .position(|(e, a)| e != a)
        .unwrap_or(exp.len().min(act.len()));
    const CONTEXT: usize = 3;
    const SHOWN: usize = 6;
    let mut report = format!(
        "output differs at line {} (expected {} lines, got {}):\n",
        first + 1,
        expected.lines().count(),
        actual.lines().count()
    );
    for line in &exp[first.saturating_sub(CONTEXT)..first] {
        report.push_str(&format!("  {line}\n"));
    }
    for line in exp.iter().skip(first).take(SHOWN) {
        report.push_str(&format!("- {line}\n"));
    }
    for line in act.iter().skip(first).take(SHOWN) {
        report.push_str(&format!("+ {line}\n"));
    }
    Some(report)
}

/// Whether `python3 --version` runs, i.e. CPython is available as an oracle.
pub fn python3_available() -> bool {
    let mut cmd = Command::new("python3");
    cmd.arg("--version");
    matches!(run(cmd, None, Duration::from_secs(20)), Ok(out) if out.status.success())
}

/// A scratch directory for files the tests write, unique per test binary.
pub fn scratch_dir(test_crate: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(test_crate);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        panic!("cannot create scratch directory {}: {e}", dir.display());
    }
    dir
}

/// Run by the `cli` and `bad_input` test crates; `golden` has no libtest
/// harness, so there the `#[test]` functions vanish and the import is unused.
/// The `*.py` files of `dir` as (name, path), sorted by name.
#[allow(dead_code)]
pub fn python_scripts(dir: &Path) -> Result<Vec<(String, PathBuf)>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut scripts = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
            .path();
        if path.extension().is_some_and(|ext| ext == "py") {
            let name = path
                .file_stem()
                .map(|stem| stem.to_string_lossy().into_owned())
                .ok_or_else(|| format!("odd script path {}", path.display()))?;
            scripts.push((name, path));
        }
    }
    scripts.sort();
    if scripts.is_empty() {
        return Err(format!("no scripts found in {}", dir.display()));
    }
    Ok(scripts)
}

/// A file's text, `None` when it does not exist.
#[allow(dead_code)]
pub fn read_optional(path: &Path) -> Result<Option<String>, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("cannot read {}: {e}", path.display())),
    }
}

/// Why the python3 cross-check cannot run, if it cannot.
#[allow(dead_code)]
pub fn oracle_unavailable_reason() -> Option<String> {
    if std::env::var_os("WISP_SKIP_ORACLE").is_some() {
        Some("WISP_SKIP_ORACLE is set".to_string())
    } else if !python3_available() {
        Some("python3 is not on PATH".to_string())
    } else {
        None
    }
}

#[cfg(test)]
#[allow(unused_imports)]
mod tests {
    use super::*;

    #[test]
    fn normalise_replaces_addresses() {
        assert_eq!(
            normalise("<__main__.A object at 0x7f3a2c1b0d90>"),
            "<__main__.A object at 0x…>"
        );
        assert_eq!(
            normalise("0x1 and 0xff, 0x, 0xZ, x0x"),
            "0x… and 0x…, 0x, 0xZ, x0x"
        );
        assert_eq!(normalise("ends with 0"), "ends with 0");
        assert_eq!(normalise("é0xaé"), "é0x…é");
        assert_eq!(normalise(""), "");
    }

    #[test]
    fn diff_reports_first_difference() {
        assert_eq!(diff("a\nb\n", "a\nb\n"), None);
        let report = diff("a\nb\nc\n", "a\nB\nc\n").unwrap_or_default();
        assert!(report.contains("line 2"), "{report}");
        assert!(report.contains("- b") && report.contains("+ B"), "{report}");
        let shorter = diff("a\nb\n", "a\n").unwrap_or_default();
        assert!(shorter.contains("line 2"), "{shorter}");
    }

    #[test]
    fn last_line_skips_blank_lines() {
        assert_eq!(
            last_nonempty_line("x\nValueError: boom\n\n  \n"),
            Some("ValueError: boom")
        );
        assert_eq!(last_nonempty_line("\n"), None);
    }
}
