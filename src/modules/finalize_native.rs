//! The state and hot methods of `weakref.finalize`, in Rust because the
//! `finalize` benchmark says so (DESIGN section 1): the registry of live
//! finalizers (CPython's `finalize._registry`, which keeps each finalizer
//! alive until it runs or is detached), `__init__`, `__call__`, `detach`,
//! `peek`, and the `alive` and `atexit` properties. `stdlib/weakref.py`
//! keeps the class itself, its `__repr__` and the exit-time loop, and
//! installs these methods with `_weakref._finalize_setup(finalize)`.
//!
//! Nothing here drops a Python value while the registry is borrowed: entries
//! are taken out first, so a `__del__` or callback that re-enters finds a
//! consistent registry.

use std::cell::RefCell;
use std::collections::HashMap;
use std::mem::ManuallyDrop;

use crate::runtime::object::*;
use crate::runtime::weakref::{new_weakref, referent, WeakKind};
use crate::runtime::{ops, ObjRef, PyResult, Value};
use crate::syntax::ast::Symbol;
use crate::vm::Vm;

/// One live finalizer (CPython's `finalize._Info`).
struct Info {
    /// The finalize object itself: the registry keeps it alive.
    this: ObjRef,
    /// Weak reference to the watched object, with the finalizer as callback.
    weakref: Value,
    func: Value,
    /// A tuple.
    args: Value,
    /// A dict, or `None` when no keywords were given.
    kwargs: Option<Value>,
    atexit: bool,
    /// Creation order: exit runs finalizers newest first.
    index: u64,
}

#[derive(Default)]
struct Registry {
    /// Keyed by the finalize object's address.
    live: HashMap<usize, Info>,
    next_index: u64,
    /// A finalizer was created since the exit loop last looked.
    dirty: bool,
    /// The exit loop has run: calls no longer run the function.
    shutdown: bool,
    /// The class `_finalize_setup` installed the methods on.
    class: Option<ObjRef>,
    /// Address of the interpreter (`Vm`) the entries belong to.
    owner: usize,
    atexit_registered: bool,
}

thread_local! {
    // ManuallyDrop: thread-local destructors must not drop Python objects.
    static REGISTRY: ManuallyDrop<RefCell<Registry>> =
        ManuallyDrop::new(RefCell::new(Registry::default()));
}

fn with<R>(f: impl FnOnce(&mut Registry) -> R) -> R {
    REGISTRY.with(|r| f(&mut r.borrow_mut()))
}

/// `_weakref._finalize_setup(cls)`: install the native methods on the
/// `finalize` class.
pub fn setup(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::builtins::arity(vm, "_finalize_setup", &args, 1, 1)?;
    let cls = args.pos[0].clone();
    let Some(c) = cls.as_obj() else {
        return Err(vm.type_error("_finalize_setup() needs a class"));
    };
    // Entries an earlier interpreter on this thread left behind belong to
    // it: they are forgotten (never dropped, so none of its code runs
    // here), and the flags start afresh. A second import of `weakref` in
    // the same interpreter keeps its finalizers.
    let owner = vm as *const Vm as usize;
    let stale = with(|r| {
        if r.owner == owner {
            return None;
        }
        r.owner = owner;
        r.shutdown = false;
        r.dirty = false;
        r.atexit_registered = false;
        Some((r.class.take(), std::mem::take(&mut r.live)))
    });
    std::mem::forget(stale);
    let old = with(|r| r.class.replace(c.clone()));
    drop(old);
    crate::builtins::install_methods(
        vm,
        &cls,
        "finalize",
        &[
            ("__init__", init),
            ("__call__", call),
            ("detach", detach),
            ("peek", peek),
        ],
    )?;
    let alive = Value::Obj(ObjRef::new(Payload::Property(PropertyObj::new(
        [
            crate::builtins::native("_get_alive", alive),
            Value::None,
            Value::None,
            Value::str("Whether finalizer is alive"),
        ],
        Value::str("alive"),
    ))));
    crate::runtime::attr::set_attr(vm, &cls, crate::syntax::intern::intern("alive"), alive)?;
    let atexit = Value::Obj(ObjRef::new(Payload::Property(PropertyObj::new(
        [
            crate::builtins::native("_get_atexit", get_atexit),
            crate::builtins::native("_set_atexit", set_atexit),
            Value::None,
            Value::str("Whether finalizer should be called at exit"),
        ],
        Value::str("atexit"),
    ))));
    crate::runtime::attr::set_attr(vm, &cls, crate::syntax::intern::intern("atexit"), atexit)?;
    Ok(Value::None)
}

fn key(v: &Value) -> usize {
    v.id()
}

/// `finalize(obj, func, /, *args, **kwargs)`
fn init(vm: &Vm, args: Args) -> PyResult<Value> {
    let [this, rest @ ..] = args.pos else {
        return Err(vm.type_error("descriptor '__init__' of 'finalize' object needs an argument"));
    };
    let (obj, func, fargs) = match rest {
        [obj, func, fargs @ ..] => (obj, func, fargs),
        [_] => {
            return Err(
                vm.type_error("finalize.__init__() missing 1 required positional argument: 'func'")
            )
        }
        [] => {
            return Err(vm.type_error(
                "finalize.__init__() missing 2 required positional arguments: 'obj' and 'func'",
            ))
        }
    };
    register_exit_once(vm)?;
    let Some(this_obj) = this.as_obj().cloned() else {
        return Err(vm.type_error("finalize.__init__() needs a finalize object"));
    };
    let weakref = new_weakref(vm, obj, Some(this.clone()), WeakKind::Ref, None)?;
    let kwargs = if args.kw.is_empty() {
        None
    } else {
        let d = ops::empty_dict();
        if let Payload::Dict(cell) = &d.payload {
            for (name, v) in args.kw {
                crate::runtime::dictops::set(vm, cell, vm.sym_str(*name), v.clone())?;
            }
        }
        Some(Value::Obj(d))
    };
    let info = Info {
        this: this_obj,
        weakref,
        func: func.clone(),
        args: ops::new_tuple(fargs.to_vec()),
        kwargs,
        atexit: true,
        index: 0,
    };
    let replaced = with(|r| {
        let mut info = info;
        info.index = r.next_index;
        r.next_index += 1;
        r.dirty = true;
        r.live.insert(key(this), info)
    });
    drop(replaced);
    Ok(Value::None)
}

/// The first finalizer registers the class's `_exitfunc` with `atexit`.
fn register_exit_once(vm: &Vm) -> PyResult<()> {
    let Some(cls) = with(|r| (!r.atexit_registered).then(|| r.class.clone()).flatten()) else {
        return Ok(());
    };
    let atexit = super::import(vm, "atexit")?;
    let register =
        crate::runtime::attr::get_attr(vm, &atexit, crate::syntax::intern::intern("register"))?;
    let exitfunc = crate::runtime::attr::get_attr(
        vm,
        &Value::Obj(cls),
        crate::syntax::intern::intern("_exitfunc"),
    )?;
    vm.call(&register, vec![exitfunc], &[])?;
    with(|r| r.atexit_registered = true);
    Ok(())
}

fn take(this: &Value) -> Option<Info> {
    with(|r| r.live.remove(&key(this)))
}

/// `f()` (also the weak reference's callback): kill the finalizer and
/// return the function's result; `None` if it was already dead.
fn call(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::builtins::arity(vm, "__call__", &args, 1, 2)?;
    let Some(info) = take(&args.pos[0]) else {
        return Ok(Value::None);
    };
    if with(|r| r.shutdown) {
        return Ok(Value::None);
    }
    let pos = match info.args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let mut kw: Vec<(Symbol, Value)> = Vec::new();
    if let Some(d) = &info.kwargs {
        for (k, v) in crate::eval::expr::mapping_items(vm, d)? {
            if let Some(s) = k.as_str() {
                kw.push((crate::syntax::intern::intern(s), v));
            }
        }
    }
    vm.call(&info.func, pos, &kw)
}

/// `(obj, func, args, kwargs)` of a live finalizer whose object is alive.
fn details(info: &Info) -> Option<Value> {
    let obj = match info.weakref.payload() {
        Some(Payload::WeakRef(w)) => referent(w)?,
        _ => return None,
    };
    let kwargs = info
        .kwargs
        .clone()
        .unwrap_or_else(|| Value::Obj(ops::empty_dict()));
    Some(ops::new_tuple(vec![
        obj,
        info.func.clone(),
        info.args.clone(),
        kwargs,
    ]))
}

/// `f.detach()`: kill the finalizer without running it.
fn detach(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::builtins::arity(vm, "detach", &args, 1, 1)?;
    let Some(info) = take(&args.pos[0]) else {
        return Ok(Value::None);
    };
    match details(&info) {
        Some(t) => Ok(t),
        None => {
            // The object is dead (its callback is pending): stay registered.
            let back = with(|r| r.live.insert(key(&args.pos[0]), info));
            drop(back);
            Ok(Value::None)
        }
    }
}

/// `f.peek()`: the details while alive, changing nothing.
fn peek(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::builtins::arity(vm, "peek", &args, 1, 1)?;
    // `details` only clones and builds new objects: nothing is dropped
    // while the registry is borrowed.
    let k = key(&args.pos[0]);
    Ok(with(|r| r.live.get(&k).and_then(details)).unwrap_or(Value::None))
}

fn alive(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::builtins::arity(vm, "alive", &args, 1, 1)?;
    Ok(Value::Bool(with(|r| {
        r.live.contains_key(&key(&args.pos[0]))
    })))
}

fn get_atexit(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::builtins::arity(vm, "atexit", &args, 1, 1)?;
    let k = key(&args.pos[0]);
    Ok(Value::Bool(with(|r| {
        r.live.get(&k).is_some_and(|i| i.atexit)
    })))
}

fn set_atexit(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::builtins::arity(vm, "atexit", &args, 2, 2)?;
    let on = ops::truthy(vm, &args.pos[1])?;
    let k = key(&args.pos[0]);
    with(|r| {
        if let Some(i) = r.live.get_mut(&k) {
            i.atexit = on;
        }
    });
    Ok(Value::None)
}

/// `_weakref._finalize_exit_list()`: the live finalizers marked for exit,
/// oldest first (the exit loop pops the newest); clears the dirty flag.
pub fn exit_list(_vm: &Vm, _args: Args) -> PyResult<Value> {
    let mut items: Vec<(u64, Value)> = with(|r| {
        r.dirty = false;
        r.live
            .values()
            .filter(|i| i.atexit)
            .map(|i| (i.index, Value::Obj(i.this.clone())))
            .collect()
    });
    items.sort_by_key(|(index, _)| *index);
    Ok(ops::new_list(items.into_iter().map(|(_, f)| f).collect()))
}

/// `_weakref._finalize_dirty()`: was a finalizer created since the last
/// `_finalize_exit_list()`?
pub fn dirty(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(with(|r| r.dirty)))
}

/// `_weakref._finalize_count()`: how many finalizers are alive.
pub fn count(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(with(|r| r.live.len()) as i64))
}

/// `_weakref._finalize_shutdown()`: from now on calls do not run functions.
pub fn shutdown(_vm: &Vm, _args: Args) -> PyResult<Value> {
    with(|r| r.shutdown = true);
    Ok(Value::None)
}

/// Forget every finalizer (the interpreter is being torn down).
pub fn clear() {
    let (live, class) = with(|r| (std::mem::take(&mut r.live), r.class.take()));
    drop(live);
    drop(class);
}
