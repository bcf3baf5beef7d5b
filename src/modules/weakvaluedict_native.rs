//! The hot methods of `weakref.WeakValueDictionary`, in Rust because the
//! `weakvaluedict` benchmark says so (DESIGN section 1): `get`,
//! `__getitem__`, `__setitem__`, `__contains__`, `__len__`, the removal
//! callback each dictionary gives its `KeyedRef`s, and `_weakref`'s
//! `_remove_dead_weakref` (native in CPython too). They work on the same
//! state as the Python methods in `stdlib/weakref.py` (`data`,
//! `_pending_removals`, `_iterating`, `_remove`), so both kinds of method
//! mix freely; `_wvd_setup(WeakValueDictionary, KeyedRef)` installs them.

use std::cell::RefCell;
use std::mem::ManuallyDrop;

use crate::runtime::attr::{get_attr, set_attr};
use crate::runtime::object::*;
use crate::runtime::weakref::{new_weakref, referent, WeakKind};
use crate::runtime::{dictops, ops, ObjRef, PyResult, Value};
use crate::syntax::intern::intern;
use crate::vm::Vm;

thread_local! {
    // ManuallyDrop: thread-local destructors must not drop Python objects.
    /// The `KeyedRef` class the values' weak references are made of.
    static KEYED_REF: ManuallyDrop<RefCell<Option<ObjRef>>> =
        const { ManuallyDrop::new(RefCell::new(None)) };
}

/// `_weakref._wvd_setup(WeakValueDictionary, KeyedRef)`
pub fn setup(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::builtins::arity(vm, "_wvd_setup", &args, 2, 2)?;
    let (cls, keyed) = (&args.pos[0], &args.pos[1]);
    let old = KEYED_REF.with(|k| k.replace(keyed.as_obj().cloned()));
    drop(old);
    crate::builtins::install_methods(
        vm,
        cls,
        "WeakValueDictionary",
        &[
            ("get", get),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__contains__", contains),
            ("__len__", len),
        ],
    )?;
    Ok(Value::None)
}

/// Forget the `KeyedRef` class (the interpreter is being torn down).
pub fn clear() {
    let old = KEYED_REF.with(|k| k.take());
    drop(old);
}

/// `obj.name`, read from a plain instance's dict when it is there.
fn field(vm: &Vm, obj: &Value, name: &str) -> PyResult<Value> {
    let sym = intern(name);
    if let Some(Payload::Instance(inst)) = obj.payload() {
        let found = vm.with_key(sym, |key| {
            crate::runtime::types::dict_get_str(&inst.attrs().borrow(), key)
        });
        if let Some(v) = found {
            return Ok(v);
        }
    }
    get_attr(vm, obj, sym)
}

/// Apply the removals deferred while the dictionary was being iterated.
fn commit_pending(vm: &Vm, this: &Value) -> PyResult<()> {
    let pending = field(vm, this, "_pending_removals")?;
    let any = match pending.payload() {
        Some(Payload::List(l)) => !l.borrow().is_empty(),
        _ => ops::truthy(vm, &pending)?,
    };
    if any {
        let commit = get_attr(vm, this, intern("_commit_removals"))?;
        vm.call(&commit, Vec::new(), &[])?;
    }
    Ok(())
}

/// The live value stored under `key`, if any.
fn lookup(vm: &Vm, this: &Value, key: &Value) -> PyResult<Option<Value>> {
    commit_pending(vm, this)?;
    let data = field(vm, this, "data")?;
    let Some(Payload::Dict(d)) = data.payload() else {
        return ops::getitem(vm, &data, key).map(|wr| live_referent(&wr));
    };
    Ok(dictops::get(vm, d, key)?.and_then(|wr| live_referent(&wr)))
}

fn live_referent(wr: &Value) -> Option<Value> {
    match wr.payload() {
        Some(Payload::WeakRef(w)) => referent(w),
        Some(Payload::Instance(Instance {
            base: Base::WeakRef(w),
            ..
        })) => referent(w),
        _ => None,
    }
}

/// `d.get(key, default=None)`
fn get(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::builtins::arity(vm, "get", &args, 2, 3)?;
    let default = args.pos.get(2).cloned().unwrap_or(Value::None);
    Ok(lookup(vm, &args.pos[0], &args.pos[1])?.unwrap_or(default))
}

/// `d[key]`
fn getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::builtins::arity(vm, "__getitem__", &args, 2, 2)?;
    lookup(vm, &args.pos[0], &args.pos[1])?.ok_or_else(|| vm.key_error(args.pos[1].clone()))
}

/// `key in d`
fn contains(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::builtins::arity(vm, "__contains__", &args, 2, 2)?;
    Ok(Value::Bool(
        lookup(vm, &args.pos[0], &args.pos[1])?.is_some(),
    ))
}

/// `len(d)`
fn len(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::builtins::arity(vm, "__len__", &args, 1, 1)?;
    commit_pending(vm, &args.pos[0])?;
    let data = field(vm, &args.pos[0], "data")?;
    Ok(Value::Int(ops::len(vm, &data)? as i64))
}

/// `d[key] = value`: stores `KeyedRef(value, d._remove, key)`.
fn setitem(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::builtins::arity(vm, "__setitem__", &args, 3, 3)?;
    let (this, key, value) = (&args.pos[0], &args.pos[1], &args.pos[2]);
    commit_pending(vm, this)?;
    let remove = field(vm, this, "_remove")?;
    let keyed = KEYED_REF.with(|k| k.borrow().clone());
    let wr = new_weakref(vm, value, Some(remove), WeakKind::Ref, keyed.as_ref())?;
    set_attr(vm, &wr, intern("key"), key.clone())?;
    let data = field(vm, this, "data")?;
    ops::setitem(vm, &data, key, wr)?;
    Ok(Value::None)
}

/// `_weakref._wvd_remover(d)`: the callback `d`'s weak references call when
/// their value dies. It holds `d` weakly.
pub fn remover(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::builtins::arity(vm, "_wvd_remover", &args, 1, 1)?;
    let selfref = new_weakref(vm, &args.pos[0], None, WeakKind::Ref, None)?;
    Ok(Value::Obj(ObjRef::new(Payload::Native(Box::new(
        NativeFunction {
            name: "remove",
            func: remove,
            bound_self: Some(selfref),
            owner: None,
        },
    )))))
}

/// The removal callback: `(selfref, wr)`.
fn remove(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::builtins::arity(vm, "remove", &args, 2, 2)?;
    let Some(this) = live_referent(&args.pos[0]) else {
        return Ok(Value::None);
    };
    let key = get_attr(vm, &args.pos[1], intern("key"))?;
    let iterating = field(vm, &this, "_iterating")?;
    if ops::truthy(vm, &iterating)? {
        let pending = field(vm, &this, "_pending_removals")?;
        let append = get_attr(vm, &pending, intern("append"))?;
        vm.call(&append, vec![key], &[])?;
    } else {
        let data = field(vm, &this, "data")?;
        remove_dead(vm, &data, &key)?;
    }
    Ok(Value::None)
}

/// `_weakref._remove_dead_weakref(d, key)`: delete `d[key]` if it is a
/// dead weak reference.
pub fn remove_dead_weakref(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::builtins::arity(vm, "_remove_dead_weakref", &args, 2, 2)?;
    remove_dead(vm, &args.pos[0], &args.pos[1])?;
    Ok(Value::None)
}

fn remove_dead(vm: &Vm, data: &Value, key: &Value) -> PyResult<()> {
    let Some(Payload::Dict(d)) = data.payload() else {
        return Err(vm.type_error("_remove_dead_weakref() argument 1 must be dict"));
    };
    let Some(wr) = dictops::get(vm, d, key)? else {
        return Ok(());
    };
    if live_referent(&wr).is_none() {
        let removed = dictops::remove(vm, d, key)?;
        drop(removed);
    }
    Ok(())
}
