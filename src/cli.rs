//! Command-line modes: `wisp FILE [ARGS]`, `wisp -c CODE`, `wisp -` / piped
//! stdin, `wisp -i FILE`, the REPL, `--version`, `--help`; `sys.argv`; and
//! the exit-status policy (0 ok, 1 uncaught exception or syntax error, 2
//! usage errors, `SystemExit` codes).

use std::io::{IsTerminal, Read};

use crate::builtins::io::{flush_stdout, write_stderr};
use crate::runtime::exception::exc_args;
use crate::runtime::repr::str_of;
use crate::runtime::Value;
use crate::{Interpreter, RunError};

/// Stack for the interpreter thread: deep Python recursion and deeply
/// nested expressions recurse on it. Running low raises `RecursionError`
/// (see `Interpreter::new`), never overflows.
pub const STACK_SIZE: usize = 256 << 20;

const USAGE: &str = "usage: wisp [option] ... [-c cmd | file | -] [arg] ...
Options:
  -c cmd   : program passed in as string
  -i       : inspect interactively after running script
  -h       : print this help message and exit (also --help)
  -V       : print the version number and exit (also --version)
  file     : program read from script file
  -        : program read from stdin (default; interactive mode if a tty)
  arg ...  : arguments passed to program in sys.argv[1:]
";

enum Program {
    File(String),
    Code(String),
    Stdin,
    Repl,
}

/// Run the CLI; returns the process exit status.
pub fn run(args: Vec<String>) -> i32 {
    let mut i = 1;
    let mut interactive = false;
    let mut program = None;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-h" | "--help" => {
                print!("{}", USAGE);
                return 0;
            }
            "-V" | "--version" => {
                println!("wisp {}", env!("CARGO_PKG_VERSION"));
                return 0;
            }
            "-i" => interactive = true,
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -c option");
                    eprint!("{}", USAGE.lines().next().unwrap_or(""));
                    eprintln!();
                    return 2;
                };
                program = Some((Program::Code(code.clone()), i + 2, "-c".to_owned()));
                break;
            }
            "-" => {
                program = Some((Program::Stdin, i + 1, "-".to_owned()));
                break;
            }
            s if s.starts_with('-') && s.len() > 1 => {
                eprintln!("Unknown option: {}", s);
                eprintln!("{}", USAGE.lines().next().unwrap_or(""));
                eprintln!("Try `wisp -h' for more information.");
                return 2;
            }
            _ => {
                program = Some((Program::File(a.clone()), i + 1, a.clone()));
                break;
            }
        }
        i += 1;
    }
    let (program, rest, argv0) = program.unwrap_or_else(|| {
        if interactive || std::io::stdin().is_terminal() {
            (Program::Repl, args.len(), String::new())
        } else {
            (Program::Stdin, args.len(), String::new())
        }
    });
    let mut argv = vec![argv0];
    argv.extend(args[rest.min(args.len())..].iter().cloned());
    let (name, text) = match program {
        Program::Repl => return crate::cli::repl(argv),
        Program::Code(c) => ("<string>".to_owned(), c),
        Program::Stdin => {
            let mut s = String::new();
            if let Err(e) = std::io::stdin().read_to_string(&mut s) {
                eprintln!("wisp: can't read stdin: {}", e);
                return 2;
            }
            ("<stdin>".to_owned(), s)
        }
        Program::File(path) => {
            let abs = std::path::absolute(&path)
                .map(|p| p.display().to_string())
                .unwrap_or(path.clone());
            match std::fs::read(&path) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(s) => (abs, s),
                    Err(_) => {
                        eprintln!("wisp: can't decode file '{}': not valid UTF-8", abs);
                        return 1;
                    }
                },
                Err(e) => {
                    let errno = e.raw_os_error().unwrap_or(2);
                    let msg = match e.kind() {
                        std::io::ErrorKind::NotFound => "No such file or directory".to_owned(),
                        std::io::ErrorKind::PermissionDenied => "Permission denied".to_owned(),
                        _ => e.to_string(),
                    };
                    eprintln!("wisp: can't open file '{}': [Errno {}] {}", abs, errno, msg);
                    return 2;
                }
            }
        }
    };
    let interp = Interpreter::new(argv, Some(&name));
    // sys.path[0]: the script's directory, else the current directory.
    let dir = std::path::Path::new(&name)
        .parent()
        .filter(|_| name.ends_with(".py") || std::path::Path::new(&name).is_file())
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| ".".to_owned());
    interp.vm.search_path.borrow_mut().push(dir);
    let status = report(&interp, interp.run_source(&name, &text));
    if interactive {
        return repl_with(interp);
    }
    // Exit finalizers run however the program ended (CPython's
    // Py_FinalizeEx also runs after SystemExit and uncaught exceptions).
    interp.shutdown();
    if std::env::var_os("WISP_DEBUG_LEAKS").is_some() {
        write_stderr(&format!(
            "wisp: {} objects leaked\n",
            interp.leaked_objects()
        ));
    }
    flush_stdout();
    status.unwrap_or(0)
}

/// Print an uncaught error; `None` when the program finished normally,
/// `Some(status)` otherwise.
pub fn report(interp: &Interpreter, r: Result<(), RunError>) -> Option<i32> {
    match r {
        Ok(()) => None,
        Err(RunError::Syntax(text)) => {
            write_stderr(&text);
            Some(1)
        }
        Err(RunError::Exception(e)) => {
            let vm = &interp.vm;
            if vm.exc_matches(&e, &vm.exc.system_exit) {
                let code = exc_args(&e.0).into_iter().next().unwrap_or(Value::None);
                return Some(match code {
                    Value::None => 0,
                    Value::Int(i) => i as i32,
                    Value::Bool(b) => b as i32,
                    other => {
                        let text = str_of(vm, &other).unwrap_or_default();
                        write_stderr(&format!("{}\n", text));
                        1
                    }
                });
            }
            crate::error::traceback::print_exception(vm, &e);
            Some(1)
        }
    }
}

/// `wisp` with no program on a terminal (or `wisp -i` alone): the REPL,
/// with the banner.
fn repl(argv: Vec<String>) -> i32 {
    let interp = Interpreter::new(argv, None);
    crate::repl::run(interp, true)
}

/// `wisp -i ...`: after the program ran (whatever its outcome, even
/// `SystemExit`, as CPython), stay interactive in its `__main__`.
fn repl_with(interp: Interpreter) -> i32 {
    crate::repl::run(interp, false)
}
