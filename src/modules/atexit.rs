//! The `atexit` module: `register`, `unregister`, `_run_exitfuncs`,
//! `_clear`, `_ncallbacks`. The registered functions run at interpreter
//! exit, last registered first, through [`run_exitfuncs`], which
//! `Interpreter::shutdown` calls before `__main__`'s globals are released.

use std::cell::RefCell;

use crate::builtins::{arity, native};
use crate::runtime::object::Args;
use crate::runtime::{ops, PyResult, Value};
use crate::syntax::intern::Symbol;
use crate::vm::Vm;

use super::{new_module, set_attr};

struct Callback {
    func: Value,
    args: Vec<Value>,
    kw: Vec<(Symbol, Value)>,
}

thread_local! {
    /// Registered callbacks; `unregister` empties slots (as CPython does) so
    /// a running `run_exitfuncs` keeps its indexes.
    static CALLBACKS: RefCell<Vec<Option<Callback>>> = const { RefCell::new(Vec::new()) };
}

pub fn create(vm: &Vm) -> Value {
    let m = new_module(vm, "atexit");
    set_attr(vm, &m, "register", native("register", register));
    set_attr(vm, &m, "unregister", native("unregister", unregister));
    set_attr(
        vm,
        &m,
        "_run_exitfuncs",
        native("_run_exitfuncs", run_exitfuncs_native),
    );
    set_attr(vm, &m, "_clear", native("_clear", clear));
    set_attr(vm, &m, "_ncallbacks", native("_ncallbacks", ncallbacks));
    m
}

fn is_callable(vm: &Vm, v: &Value) -> bool {
    use crate::runtime::object::Payload;
    match v.payload() {
        Some(
            Payload::Function(_) | Payload::Native(_) | Payload::BoundMethod(_) | Payload::Type(_),
        ) => true,
        _ => vm.special(v, vm.sym.call).is_some(),
    }
}

fn register(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error("register() takes at least 1 argument (0 given)"));
    }
    let func = args.pos[0].clone();
    if !is_callable(vm, &func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let cb = Callback {
        func: func.clone(),
        args: args.pos[1..].to_vec(),
        kw: args.kw.to_vec(),
    };
    CALLBACKS.with(|c| c.borrow_mut().push(Some(cb)));
    Ok(func)
}

fn unregister(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "unregister", &args, 1, 1)?;
    let target = &args.pos[0];
    // Compare outside the borrow: `__eq__` may run user code.
    let funcs: Vec<Option<Value>> = CALLBACKS.with(|c| {
        c.borrow()
            .iter()
            .map(|cb| cb.as_ref().map(|cb| cb.func.clone()))
            .collect()
    });
    for (i, f) in funcs.iter().enumerate() {
        let Some(f) = f else { continue };
        if ops::eq(vm, f, target)? {
            let old = CALLBACKS.with(|c| c.borrow_mut().get_mut(i).and_then(|slot| slot.take()));
            drop(old);
        }
    }
    Ok(Value::None)
}

fn clear(_vm: &Vm, _args: Args) -> PyResult<Value> {
    let old = CALLBACKS.with(|c| std::mem::take(&mut *c.borrow_mut()));
    drop(old);
    Ok(Value::None)
}

fn ncallbacks(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        CALLBACKS.with(|c| c.borrow().iter().filter(|cb| cb.is_some()).count()) as i64,
    ))
}

fn run_exitfuncs_native(vm: &Vm, _args: Args) -> PyResult<Value> {
    run_exitfuncs(vm);
    Ok(Value::None)
}

/// Call every registered function, last registered first; an exception is
/// reported as CPython does (`Exception ignored in atexit callback: ...`)
/// and the next function still runs. As in CPython 3.11, functions
/// registered while this runs are not called; all are cleared at the end.
pub fn run_exitfuncs(vm: &Vm) {
    let n = CALLBACKS.with(|c| c.borrow().len());
    for i in (0..n).rev() {
        let Some((func, args, kw)) = CALLBACKS.with(|c| {
            c.borrow().get(i).and_then(|cb| {
                cb.as_ref()
                    .map(|cb| (cb.func.clone(), cb.args.clone(), cb.kw.clone()))
            })
        }) else {
            continue;
        };
        let r = vm.call(&func, args, &kw);
        if let Err(e) = r {
            crate::builtins::io::flush_stdout();
            let what = crate::runtime::repr::repr(vm, &func)
                .unwrap_or_else(|_| "<object repr() failed>".into());
            crate::builtins::io::write_stderr(&format!(
                "Exception ignored in atexit callback: {}\n",
                what
            ));
            crate::error::traceback::print_unraisable(vm, &e, None);
        }
        drop(func);
        vm.safe_point();
    }
    let old = CALLBACKS.with(|c| std::mem::take(&mut *c.borrow_mut()));
    drop(old);
    vm.safe_point();
}
