//! The `wisp` binary: runs the CLI on a thread with a large stack (the
//! evaluator recurses on the Rust stack) and exits with its status.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let child = std::thread::Builder::new()
        .name("wisp".into())
        .stack_size(wisp::cli::STACK_SIZE)
        // Exit from the interpreter thread itself: no thread-local
        // destructors run after the program (CPython also skips teardown).
        .spawn(move || std::process::exit(wisp::cli::run(args)));
    let code = match child {
        Ok(handle) => handle.join().unwrap_or(70),
        Err(e) => {
            eprintln!("wisp: cannot start interpreter thread: {}", e);
            70
        }
    };
    std::process::exit(code);
}
