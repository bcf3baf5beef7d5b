//! The interactive REPL (`wisp` on a terminal, `wisp -i script.py`): reads
//! input one line at a time with `>>> ` / `... ` prompts until
//! `input_completeness` says it is complete, runs it in `__main__` as
//! source `<stdin>`, echoes expression values with `repr` into
//! `builtins._`, and survives errors. Exits on `exit`, `exit()`, Ctrl-D or
//! `SystemExit`, then shuts the interpreter down like a script.
//!
//! Line editing, history and completion come from rustyline (`helper.rs`);
//! when stdin is not a terminal, lines are read plainly and prompts go to
//! stderr, as CPython does. Owns no interpreter state beyond `builtins._`,
//! `exit` and `quit`.

mod complete;
mod helper;
mod highlight;
mod history;
mod signal;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::rc::Rc;

use rustyline::config::{ColorMode, CompletionType, Config};
use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::Editor;

use crate::builtins::io::{flush_stdout, set_line_buffered, write_stderr, write_stdout};
use crate::builtins::set_builtin;
use crate::runtime::repr::repr;
use crate::runtime::{PyResult, Value};
use crate::source::SourceFile;
use crate::syntax::parser::{input_completeness, Completeness};
use crate::vm::Vm;
use crate::{Interpreter, RunError};

use helper::ReplHelper;

/// `exit` and `quit`, as CPython's `site` module defines them.
const SITE: &str = "\
class Quitter:
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof
    def __repr__(self):
        return 'Use ' + self.name + '() or ' + self.eof + ' to exit'
    def __call__(self, code=None):
        raise SystemExit(code)
exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
";

/// Where input lines come from.
enum Reader<'a> {
    Terminal {
        editor: Box<Editor<ReplHelper<'a>, FileHistory>>,
        history: Option<PathBuf>,
    },
    Plain,
}

/// One read: a line, Ctrl-C, or end of input.
enum Line {
    Text(String),
    Interrupted,
    Eof,
}

impl Reader<'_> {
    fn read(&mut self, prompt: &str) -> Line {
        flush_stdout();
        match self {
            Reader::Terminal { editor, history } => match editor.readline(prompt) {
                Ok(line) => {
                    if !line.trim().is_empty() {
                        let _ = editor.add_history_entry(line.as_str());
                        if let Some(path) = history {
                            let _ = editor.append_history(path);
                        }
                    }
                    Line::Text(line)
                }
                Err(ReadlineError::Interrupted) => Line::Interrupted,
                Err(ReadlineError::Eof) => Line::Eof,
                Err(e) => {
                    write_stderr(&format!("wisp: cannot read input: {}\n", e));
                    Line::Eof
                }
            },
            Reader::Plain => {
                // Not locked across reads: `input()` shares stdin.
                write_stderr(prompt);
                let mut s = String::new();
                match std::io::stdin().read_line(&mut s) {
                    Ok(0) | Err(_) => Line::Eof,
                    Ok(_) => {
                        if s.ends_with('\n') {
                            s.pop();
                            if s.ends_with('\r') {
                                s.pop();
                            }
                        }
                        Line::Text(s)
                    }
                }
            }
        }
    }
}

/// Run the REPL until the user leaves; returns the exit status. `banner`:
/// print the greeting (not after `-i script`, as CPython).
pub fn run(interp: Interpreter, banner: bool) -> i32 {
    set_line_buffered(true);
    install_site(&interp);
    if banner {
        write_stderr(&format!(
            "wisp {} (Python 3.11 compatible)\nType \"exit\" or press Ctrl-D to leave.\n",
            env!("CARGO_PKG_VERSION")
        ));
    }
    signal::activate(&interp.vm);
    let mut reader = make_reader(&interp);
    let mut buf = String::new();
    let status = loop {
        let prompt = if buf.is_empty() { ">>> " } else { "... " };
        match reader.read(prompt) {
            Line::Text(line) => {
                buf.push_str(&line);
                buf.push('\n');
                if buf.trim().is_empty() {
                    buf.clear();
                    continue;
                }
                match input_completeness(&buf) {
                    Completeness::Incomplete => continue,
                    Completeness::Complete if open_compound(&buf) => continue,
                    _ => {}
                }
                let src = std::mem::take(&mut buf);
                if let Some(code) = execute(&interp, &src) {
                    break code;
                }
            }
            Line::Interrupted => {
                buf.clear();
                write_stderr("KeyboardInterrupt\n");
            }
            Line::Eof => break 0,
        }
    };
    drop(reader);
    signal::deactivate();
    finish(&interp);
    status
}

fn make_reader(interp: &Interpreter) -> Reader<'_> {
    if !std::io::stdin().is_terminal() {
        return Reader::Plain;
    }
    let color = std::env::var_os("NO_COLOR").is_none()
        && std::io::stdout().is_terminal()
        && std::env::var("TERM").map_or(true, |t| t != "dumb");
    let config = Config::builder()
        .auto_add_history(false)
        .max_history_size(10_000)
        .unwrap_or_else(|_| Config::builder())
        .completion_type(CompletionType::List)
        .color_mode(if color {
            ColorMode::Enabled
        } else {
            ColorMode::Disabled
        })
        .build();
    let mut editor = match Editor::<ReplHelper<'_>, FileHistory>::with_config(config) {
        Ok(e) => Box::new(e),
        Err(_) => return Reader::Plain,
    };
    editor.set_helper(Some(ReplHelper::new(interp, color)));
    let history = history::history_path();
    if let Some(path) = &history {
        history::ensure_parent(path);
        let _ = editor.load_history(path);
    }
    Reader::Terminal { editor, history }
}

/// Define `exit` and `quit` in builtins unless something already did.
fn install_site(interp: &Interpreter) {
    let vm = &interp.vm;
    let has = |name: &str| match &vm.builtins.payload {
        crate::runtime::object::Payload::Dict(d) => {
            crate::runtime::types::dict_get_str(&d.borrow(), &Value::str(name)).is_some()
        }
        _ => true,
    };
    if has("exit") && has("quit") {
        return;
    }
    let globals = crate::eval::new_globals(vm, "_sitebuiltins", None);
    let src = Rc::new(SourceFile::new("<site>", SITE));
    let Ok(mut module) = crate::syntax::parse_module(SITE) else {
        return;
    };
    if crate::sema::resolve_module(&mut module).is_err()
        || crate::eval::run_module(vm, &module, &globals, &src).is_err()
    {
        return;
    }
    if let Some(d) = crate::eval::dict_cell(&globals) {
        for name in ["exit", "quit"] {
            let v = crate::runtime::types::dict_get_str(&d.borrow(), &Value::str(name));
            if let Some(v) = v {
                set_builtin(vm, name, v);
            }
        }
    }
}

/// `sys.displayhook`: `_` is cleared first (so the old value dies before
/// the new one prints), then the repr is written, then `_` is set.
fn display(vm: &Vm, v: Value) -> PyResult<()> {
    set_builtin(vm, "_", Value::None);
    vm.safe_point();
    let text = repr(vm, &v)?;
    write_stdout(&text);
    write_stdout("\n");
    set_builtin(vm, "_", v);
    Ok(())
}

/// Is `src` a bare `exit` / `quit` naming the builtin (CPython 3.13 leaves
/// on these without the call)?
fn is_bare_exit(interp: &Interpreter, src: &str) -> bool {
    let word = src.trim();
    (word == "exit" || word == "quit")
        && crate::eval::dict_cell(&interp.main_globals).is_some_and(|d| {
            crate::runtime::types::dict_get_str(&d.borrow(), &Value::str(word)).is_none()
        })
}

/// CPython asks for more after a compound statement even when it fits on
/// one line (`if x: f()`, `while True: pass`) — an `elif`, `else` or
/// `except` may follow — until a blank line ends it.
fn open_compound(buf: &str) -> bool {
    let Some(first) = buf
        .lines()
        .map(str::trim_start)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
    else {
        return false;
    };
    let word: String = first
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    let compound = first.starts_with('@')
        || matches!(
            word.as_str(),
            "if" | "while" | "for" | "def" | "class" | "with" | "try" | "async"
        )
        || (word == "match" && first.trim_end().ends_with(':'));
    let last_blank = buf
        .strip_suffix('\n')
        .and_then(|b| b.rsplit('\n').next())
        .is_some_and(|l| l.trim().is_empty());
    compound && !last_blank
}

/// Run one complete input; `Some(status)` when the REPL should end.
fn execute(interp: &Interpreter, src: &str) -> Option<i32> {
    if is_bare_exit(interp, src) {
        return Some(0);
    }
    let vm = &interp.vm;
    let source = Rc::new(SourceFile::new("<stdin>", src));
    let parsed = crate::syntax::parse_module(src)
        .and_then(|mut m| crate::sema::resolve_module(&mut m).map(|_| m));
    let module = match parsed {
        Ok(m) => m,
        Err(e) => {
            write_stderr(&crate::error::report::render_syntax_error(&source, &e));
            return None;
        }
    };
    signal::clear(vm);
    let r = crate::eval::run_interactive(vm, &module, &interp.main_globals, &source, &display);
    drop(module);
    signal::clear(vm);
    let e = r.err()?;
    if vm.exc_matches(&e, &vm.exc.system_exit) {
        return crate::cli::report(interp, Err(RunError::Exception(e)));
    }
    crate::error::traceback::print_exception(vm, &e);
    drop(e);
    vm.safe_point();
    None
}

/// Leave like CPython's finalization: `builtins._` goes first, then
/// `__main__` is torn down by [`Interpreter::shutdown`].
fn finish(interp: &Interpreter) {
    set_builtin(&interp.vm, "_", Value::None);
    interp.vm.safe_point();
    interp.shutdown();
    flush_stdout();
}

#[cfg(test)]
mod tests {
    use super::open_compound;

    #[test]
    fn one_line_compound_statements_wait_for_a_blank_line() {
        assert!(open_compound("while True: pass\n"));
        assert!(open_compound("if x: f()\n"));
        assert!(open_compound("@deco\n"));
        assert!(!open_compound("if x: f()\n\n"));
        assert!(!open_compound("iffy = 1\n"));
        assert!(!open_compound("match = 1\n"));
        assert!(open_compound("match x:\n"));
    }
}
