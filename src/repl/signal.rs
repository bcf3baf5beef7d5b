//! Ctrl-C while REPL input runs: a SIGINT handler that sets the VM's
//! `interrupted` flag, which the evaluator polls in loops
//! (`eval::stmt::check_interrupt`) and turns into `KeyboardInterrupt`.
//!
//! At the prompt rustyline reads Ctrl-C as a key itself. Outside the REPL
//! (after it ends) SIGINT terminates the process as by default.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use crate::vm::Vm;

/// The VM's flag, reachable from the handler thread. `Vm::interrupted` is
/// an `Rc`, so a clone of it is leaked (never dropped) to lend the flag out
/// for the whole process; `AtomicBool` itself is safe to share.
static FLAG: OnceLock<&'static AtomicBool> = OnceLock::new();
/// Whether the REPL is active; when not, SIGINT ends the process.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Route SIGINT to `vm.interrupted` until [`deactivate`].
pub fn activate(vm: &Vm) {
    if FLAG.get().is_none() {
        let leaked: &'static std::rc::Rc<AtomicBool> = Box::leak(Box::new(vm.interrupted.clone()));
        let flag: &'static AtomicBool = leaked;
        let _ = FLAG.set(flag);
        let _ = ctrlc::set_handler(|| {
            match FLAG.get() {
                Some(f) if ACTIVE.load(Ordering::SeqCst) => f.store(true, Ordering::SeqCst),
                // The default action of SIGINT: terminate (status 130 as a
                // shell reports a SIGINT death).
                _ => std::process::exit(130),
            }
        });
    }
    ACTIVE.store(true, Ordering::SeqCst);
}

/// Forget any Ctrl-C that arrived while nothing was running.
pub fn clear(vm: &Vm) {
    vm.interrupted.store(false, Ordering::SeqCst);
}

/// SIGINT terminates the process again.
pub fn deactivate() {
    ACTIVE.store(false, Ordering::SeqCst);
}
