//! wisp: a Python-3 interpreter built around object lifetime — reference
//! counting, weak references, `__del__` and a cycle collector — with
//! CPython's observable behaviour.
//!
//! The embedding API (`Interpreter`) is shared by the CLI, the REPL and the
//! tests. See `src/README.md` for the map of modules.
pub mod builtins;
pub mod cli;
pub mod error;
pub mod eval;
pub mod exit;
pub mod gc;
pub mod modules;
pub mod repl;
pub mod runtime;
pub mod sema;
pub mod source;
pub mod syntax;
pub mod vm;

use std::rc::Rc;

use runtime::heap::ObjRef;
use runtime::{Exc, Value};
use source::SourceFile;
use vm::Vm;

/// How running a program ended, when it did not end normally.
pub enum RunError {
    /// A syntax error, already rendered for the user.
    Syntax(String),
    /// An uncaught exception.
    Exception(Exc),
}

/// One interpreter: a VM and its `__main__` module.
pub struct Interpreter {
    pub vm: Vm,
    pub main_globals: ObjRef,
    /// Tracked containers alive once the interpreter was set up (the
    /// baseline for `leaked_objects`).
    baseline_containers: usize,
}

impl Interpreter {
    pub fn new(argv: Vec<String>, main_file: Option<&str>) -> Interpreter {
        let vm = Vm::new();
        *vm.argv.borrow_mut() = argv;
        // Python calls stop (RecursionError) well before the interpreter
        // thread's stack runs out, whatever the recursion limit says.
        if std::thread::current().name() == Some("wisp") {
            let here = eval::coro::stack_here();
            vm.stack_floor
                .set(here.saturating_sub(cli::STACK_SIZE - (4 << 20)));
        }
        let main_globals = eval::new_globals(&vm, "__main__", main_file);
        let main = Value::Obj(ObjRef::new(runtime::object::Payload::Module(Box::new(
            runtime::object::Module {
                name: "__main__".into(),
                dict: main_globals.clone(),
            },
        ))));
        vm.modules.borrow_mut().insert("__main__".into(), main);
        let baseline_containers = runtime::heap::tracked_count();
        Interpreter {
            vm,
            main_globals,
            baseline_containers,
        }
    }

    /// After `shutdown`: drop every imported module, empty the caches that
    /// hold objects, run the cycle collector, and count the containers
    /// still alive beyond those the interpreter itself owned at start-up
    /// (`WISP_DEBUG_LEAKS=1` reports it at exit).
    pub fn leaked_objects(&self) -> usize {
        let modules: Vec<(String, Value)> = self.vm.modules.borrow_mut().drain().collect();
        drop(modules);
        modules::finalize_native::clear();
        modules::weakvaluedict_native::clear();
        self.vm.handling.borrow_mut().clear();
        runtime::types::invalidate_cache();
        self.vm.safe_point();
        for _ in 0..3 {
            gc::collect(&self.vm);
        }
        let now = runtime::heap::tracked_count();
        now.saturating_sub(self.baseline_containers)
    }

    /// Parse, resolve and run `text` in `__main__`.
    pub fn run_source(&self, name: &str, text: &str) -> Result<(), RunError> {
        let src = Rc::new(SourceFile::new(name, text));
        let mut module = match syntax::parse_module(text) {
            Ok(m) => m,
            Err(e) => {
                return Err(RunError::Syntax(error::report::render_syntax_error(
                    &src, &e,
                )))
            }
        };
        if let Err(e) = sema::resolve_module(&mut module) {
            return Err(RunError::Syntax(error::report::render_syntax_error(
                &src, &e,
            )));
        }
        let r = eval::run_module(&self.vm, &module, &self.main_globals, &src);
        // The AST must outlive every function object made from it; function
        // objects hold `Rc`s to their own definitions, so dropping it is fine.
        drop(module);
        r.map_err(RunError::Exception)
    }

    /// Interpreter shutdown (see `exit`): atexit functions, then
    /// `__main__`'s globals, running finalizers; then flush output.
    pub fn shutdown(&self) {
        // atexit functions (and so weakref.finalize's exit hook) run first.
        modules::atexit::run_exitfuncs(&self.vm);
        self.vm.safe_point();
        exit::release_main(&self.vm, &self.main_globals);
        self.vm.safe_point();
        builtins::io::flush_stdout();
    }
}
