//! The interactive REPL, driven through a pseudo-terminal: the real `wisp`
//! binary with no arguments, `NO_COLOR=1`, and history in a temp file.
//! Every expectation has a timeout, so a hung REPL fails instead of hanging.
//! Expected outputs are chosen so they never appear in the typed input
//! (the terminal echoes what is typed).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use rexpect::process::WaitStatus;
use rexpect::session::{spawn_command, PtySession};

const TIMEOUT_MS: u64 = 15_000;

/// A fresh history file path, unique per test and process.
fn temp_history() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("wisp-repl-test-{}-{}", std::process::id(), n));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("history");
    let _ = std::fs::remove_file(&path);
    path
}

fn spawn_with(history: &PathBuf) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_wisp"));
    cmd.env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env("WISP_HISTORY", history);
    let mut p = spawn_command(cmd, Some(TIMEOUT_MS)).expect("spawn wisp");
    p.exp_string(">>> ").expect("first prompt");
    p
}

fn spawn() -> PtySession {
    spawn_with(&temp_history())
}

/// Type a line and wait for the next prompt (`>>> ` or `... `).
fn line(p: &mut PtySession, text: &str, prompt: &str) {
    p.send_line(text).expect("send");
    p.exp_string(prompt)
        .unwrap_or_else(|e| panic!("after {:?}, waiting for {:?}: {}", text, prompt, e));
}

/// Type a line, expect `output`, then the primary prompt.
fn expect_output(p: &mut PtySession, text: &str, output: &str) {
    p.send_line(text).expect("send");
    p.exp_string(output)
        .unwrap_or_else(|e| panic!("after {:?}, waiting for {:?}: {}", text, output, e));
    p.exp_string(">>> ").expect("prompt after output");
}

/// Leave with `exit()` and check the status is 0.
fn exit_ok(mut p: PtySession) {
    p.send_line("exit()").expect("send exit()");
    p.exp_eof().expect("eof after exit()");
    match p.process().wait() {
        Ok(WaitStatus::Exited(_, code)) => assert_eq!(code, 0),
        other => panic!("unexpected end: {:?}", other),
    }
}

#[test]
fn multi_line_function() {
    let mut p = spawn();
    line(&mut p, "def f(a):", "... ");
    line(&mut p, "    b = a * 7", "... ");
    line(&mut p, "    return b", "... ");
    line(&mut p, "", ">>> ");
    expect_output(&mut p, "f(6)", "42");
    exit_ok(p);
}

#[test]
fn errors_keep_state() {
    let mut p = spawn();
    line(&mut p, "y = 5", ">>> ");
    expect_output(&mut p, "1/0", "ZeroDivisionError: division by zero");
    expect_output(&mut p, "1 +* 2", "SyntaxError");
    expect_output(
        &mut p,
        "undefined_name",
        "NameError: name 'undefined_name' is not defined",
    );
    expect_output(&mut p, "y * 9", "45");
    exit_ok(p);
}

#[test]
fn underscore_holds_last_result() {
    let mut p = spawn();
    expect_output(&mut p, "40 + 2", "42");
    line(&mut p, "None", ">>> ");
    expect_output(&mut p, "_ * 2", "84");
    exit_ok(p);
}

#[test]
fn completes_attribute() {
    let mut p = spawn();
    p.send("[].app\t").expect("send");
    p.flush().expect("flush");
    p.exp_string("append(").expect("completion of [].app");
    expect_output(&mut p, "7); 'do' + 'ne'", "'done'");
    line(&mut p, "xs = [1]", ">>> ");
    p.send("xs.app\t").expect("send");
    p.flush().expect("flush");
    p.exp_string("append(").expect("completion of xs.app");
    line(&mut p, "3)", ">>> ");
    expect_output(&mut p, "xs", "[1, 3]");
    exit_ok(p);
}

#[test]
fn history_recall_and_persistence() {
    let hist = temp_history();
    let mut p = spawn_with(&hist);
    expect_output(&mut p, "12345 + 1", "12346");
    p.send("\x1b[A").expect("up arrow");
    p.flush().expect("flush");
    p.exp_string("12345 + 1").expect("recalled line");
    p.send("\r").expect("enter");
    p.flush().expect("flush");
    p.exp_string("12346").expect("recalled line runs");
    p.exp_string(">>> ").expect("prompt");
    exit_ok(p);
    let saved = std::fs::read_to_string(&hist).expect("history file written");
    assert!(saved.contains("12345 + 1"), "history file: {:?}", saved);

    let mut p = spawn_with(&hist);
    // exit() was the last entry; the one before it is the sum.
    p.send("\x1b[A\x1b[A").expect("up arrow twice");
    p.flush().expect("flush");
    p.exp_string("12345 + 1")
        .expect("line from the previous session");
    p.send("\r").expect("enter");
    p.flush().expect("flush");
    p.exp_string("12346").expect("recalled line runs");
    p.exp_string(">>> ").expect("prompt");
    exit_ok(p);
}

#[test]
fn ctrl_c_interrupts_running_code() {
    let mut p = spawn();
    line(&mut p, "if True:", "... ");
    line(&mut p, "    print('spin' + 'ning')", "... ");
    line(&mut p, "    while True: pass", "... ");
    p.send_line("").expect("send");
    // The terminal is back in cooked mode once the code runs.
    p.exp_string("spinning").expect("loop started");
    std::thread::sleep(Duration::from_millis(200));
    p.send_control('c').expect("ctrl-c");
    p.exp_string("KeyboardInterrupt")
        .expect("KeyboardInterrupt");
    p.exp_string(">>> ").expect("prompt after interrupt");
    expect_output(&mut p, "6 * 7", "42");
    exit_ok(p);
}

#[test]
fn ctrl_c_at_prompt_cancels_input() {
    let mut p = spawn();
    line(&mut p, "if True:", "... ");
    p.send_control('c').expect("ctrl-c");
    p.exp_string("KeyboardInterrupt")
        .expect("KeyboardInterrupt");
    p.exp_string(">>> ").expect("fresh prompt");
    expect_output(&mut p, "2 ** 10", "1024");
    exit_ok(p);
}

#[test]
fn del_runs_finalizer() {
    let mut p = spawn();
    line(&mut p, "class A:", "... ");
    line(
        &mut p,
        "    def __del__(self): print('fin' + 'alized')",
        "... ",
    );
    line(&mut p, "", ">>> ");
    line(&mut p, "x = A()", ">>> ");
    expect_output(&mut p, "del x", "finalized");
    exit_ok(p);
}

#[test]
fn weakref_callback_runs_on_del() {
    let mut p = spawn();
    line(&mut p, "import weakref", ">>> ");
    line(&mut p, "class Node: pass", "... ");
    line(&mut p, "", ">>> ");
    line(&mut p, "n = Node()", ">>> ");
    line(
        &mut p,
        "r = weakref.ref(n, lambda w: print('call' + 'back', w() is None))",
        ">>> ",
    );
    expect_output(&mut p, "r() is n", "True");
    expect_output(&mut p, "del n", "callback True");
    expect_output(&mut p, "print(r())", "None");
    exit_ok(p);
}

#[test]
fn bare_exit_and_ctrl_d() {
    let mut p = spawn();
    p.send_line("exit").expect("send");
    p.exp_eof().expect("eof after bare exit");
    assert!(matches!(p.process().wait(), Ok(WaitStatus::Exited(_, 0))));

    let mut p = spawn();
    p.send_control('d').expect("ctrl-d");
    p.exp_eof().expect("eof after ctrl-d");
    assert!(matches!(p.process().wait(), Ok(WaitStatus::Exited(_, 0))));

    let mut p = spawn();
    p.send_line("exit(3)").expect("send");
    p.exp_eof().expect("eof after exit(3)");
    assert!(matches!(p.process().wait(), Ok(WaitStatus::Exited(_, 3))));
}

#[test]
fn piped_stdin_runs_as_script() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_wisp"))
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn wisp");
    let script = "x = 6 * 7\nx\nif x:\n    print(x)\nprint('end')\n";
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(script.as_bytes())
        .expect("write script");
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "42\nend\n");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn dash_i_stays_interactive_after_script() {
    let dir = temp_history();
    let script = dir.with_file_name("script.py");
    std::fs::write(&script, "y = 10\nraise ValueError('boom')\n").expect("write script");
    let mut child = Command::new(env!("CARGO_BIN_EXE_wisp"))
        .arg("-i")
        .arg(&script)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn wisp");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"y + 1\n")
        .expect("write input");
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "11\n");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("ValueError: boom\n>>> >>> "),
        "stderr: {}",
        err
    );
}
