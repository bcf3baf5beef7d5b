//! Weak references: the data a `weakref.ref`/`proxy` carries, creating them
//! (with CPython's sharing of callback-less references), clearing them when
//! their referent dies, and running their callbacks.
//!
//! Owns the order of the referent's weak list (linked by
//! `runtime::weaklist`), CPython's order: the shared plain `ref` first,
//! then the shared plain proxy, then every other reference newest first.
//! That order is the order callbacks run in when the referent dies
//! (`PyObject_ClearWeakRefs`). Weak references hold an uncounted `WeakPtr`;
//! a weak reference that dies removes itself from its referent's list, and
//! a dying referent clears every reference before it is freed, so the
//! pointer is never dangling.

use std::cell::{Cell, RefCell};

use super::heap::{HeapObj, ObjRef, Pending, WeakPtr};
use super::object::*;
use super::types::type_data;
use super::weaklist;
use super::{Exc, PyResult, Value};
use crate::vm::Vm;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum WeakKind {
    Ref,
    Proxy,
    CallableProxy,
}

pub struct WeakRefData {
    pub referent: Cell<Option<WeakPtr>>,
    pub callback: RefCell<Option<Value>>,
    /// `hash(ref)` once computed (it survives the referent's death).
    pub hash: Cell<Option<i64>>,
    pub kind: WeakKind,
    /// Neighbours in the referent's weak list (`runtime::weaklist`).
    pub prev: Cell<Option<WeakPtr>>,
    pub next: Cell<Option<WeakPtr>>,
}

/// The weak-reference data of a ref, proxy, or instance of a `ref` subclass.
pub fn weak_data(v: &Value) -> Option<&WeakRefData> {
    match v.payload()? {
        Payload::WeakRef(w) => Some(w),
        Payload::Instance(Instance {
            base: Base::WeakRef(w),
            ..
        }) => Some(w),
        _ => None,
    }
}

pub fn weak_data_obj(o: &HeapObj) -> Option<&WeakRefData> {
    match &o.payload {
        Payload::WeakRef(w) => Some(w),
        Payload::Instance(Instance {
            base: Base::WeakRef(w),
            ..
        }) => Some(w),
        _ => None,
    }
}

/// The live referent, if any.
pub fn referent(w: &WeakRefData) -> Option<Value> {
    w.referent.get().map(|p| Value::Obj(p.upgrade_alive()))
}

/// Can objects of this value's type be weakly referenced?
pub fn weakrefable(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Native(n)) => n.bound_self.is_none() || n.owner.is_none(),
        Some(_) => type_data(vm.type_of(v)).has(TF_WEAKREFABLE),
        None => false,
    }
}

fn is_basic(w: &WeakRefData, exact_type: bool) -> bool {
    exact_type && w.callback.borrow().is_none()
}

/// Create (or reuse) a weak reference to `target`. `subclass` is the class
/// when a subclass of `ref` is being instantiated.
pub fn new_weakref(
    vm: &Vm,
    target: &Value,
    callback: Option<Value>,
    kind: WeakKind,
    subclass: Option<&ObjRef>,
) -> PyResult<Value> {
    let Some(obj) = target.as_obj().filter(|_| weakrefable(vm, target)) else {
        return Err(vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(target)
        )));
    };
    let callback = callback.filter(|c| !c.is_none());
    let exact = subclass.is_none();
    // Reuse the shared callback-less ref or proxy (CPython's
    // get_basic_refs); they are always the first two of the list.
    let mut basics: [Option<WeakPtr>; 2] = [None; 2];
    for (slot, p) in basics.iter_mut().zip(weaklist::nodes(obj)) {
        if !p.with_alive(is_basic_node) {
            break;
        }
        *slot = Some(p);
    }
    if callback.is_none() && exact {
        for p in basics.iter().flatten() {
            let shared = p.with_alive(|o| {
                weak_data_obj(o).is_some_and(|w| {
                    w.kind == kind || (kind != WeakKind::Ref && w.kind != WeakKind::Ref)
                })
            });
            if shared {
                return Ok(Value::Obj(p.upgrade_alive()));
            }
        }
    }
    let basic = exact && callback.is_none();
    let data = || WeakRefData {
        referent: Cell::new(Some(obj.downgrade())),
        callback: RefCell::new(callback),
        hash: Cell::new(None),
        kind,
        prev: Cell::new(None),
        next: Cell::new(None),
    };
    let wr = match subclass {
        None => ObjRef::new_with(|| Payload::WeakRef(data())),
        Some(cls) => ObjRef::new(Payload::Instance(Instance::new(
            cls.clone(),
            Base::WeakRef(Box::new(data())),
        ))),
    };
    // Position: basics first (ref, then proxy), then the rest newest first.
    let after = if basic && kind == WeakKind::Ref {
        None
    } else {
        basics.iter().flatten().last().copied()
    };
    weaklist::insert_after(obj, after, &wr);
    Ok(Value::Obj(wr))
}

/// Is this list node a shared callback-less `ref` or proxy?
fn is_basic_node(o: &HeapObj) -> bool {
    weak_data_obj(o).is_some_and(|w| is_basic(w, matches!(o.payload, Payload::WeakRef(_))))
}

/// Number of weak references to `v`.
pub fn weakref_count(v: &Value) -> usize {
    v.as_obj().map(|o| weaklist::nodes(o).count()).unwrap_or(0)
}

/// The weak references to `v`, in list order.
pub fn weakrefs_of(v: &Value) -> Vec<Value> {
    let Some(o) = v.as_obj() else {
        return Vec::new();
    };
    weaklist::nodes(o)
        .map(|p| Value::Obj(p.upgrade_alive()))
        .collect()
}

/// Death-path hook for a dying weak reference: leave its referent's list.
/// Runs no user code.
pub fn on_weakref_death(obj: &HeapObj) {
    let Some(w) = weak_data_obj(obj) else { return };
    let Some(target) = w.referent.take() else {
        return;
    };
    // The referent is alive: it clears its references before it is freed.
    target.with_alive(|t| weaklist::unlink(t, w));
}

/// Death-path hook for a dying referent: clear every weak reference to it
/// and queue the callbacks of those that have one. Runs no user code.
pub fn clear_weakrefs(obj: &HeapObj, push: &mut dyn FnMut(Pending)) {
    weaklist::detach_all(obj, |wr| {
        if weak_data_obj(&wr).is_some_and(|w| w.callback.borrow().is_some()) {
            push(Pending::Callback(wr));
        }
    });
}

/// Run a dead weak reference's callback (from the pending queue).
pub fn run_callback(vm: &Vm, wr: ObjRef) {
    let wv = Value::Obj(wr);
    let cb = weak_data(&wv).and_then(|w| w.callback.borrow_mut().take());
    if let Some(cb) = cb {
        if let Err(e) = crate::eval::call::call_one(vm, &cb, wv.clone()) {
            crate::error::traceback::print_unraisable(vm, &e, Some(&cb));
        }
    }
}

/// The referent of a proxy, or `ReferenceError` when it is dead; `None`
/// when `v` is not a proxy.
pub fn proxy_target(vm: &Vm, v: &Value) -> Option<PyResult<Value>> {
    let Some(Payload::WeakRef(w)) = v.payload() else {
        return None;
    };
    if w.kind == WeakKind::Ref {
        return None;
    }
    Some(referent(w).ok_or_else(|| dead_proxy(vm)))
}

pub fn dead_proxy(vm: &Vm) -> Exc {
    vm.err(
        &vm.exc.reference_error,
        "weakly-referenced object no longer exists",
    )
}

/// `repr()` of a weak reference or proxy.
pub fn weakref_repr(vm: &Vm, v: &Value) -> String {
    let Some(w) = weak_data(v) else {
        return String::new();
    };
    match referent(w) {
        None if w.kind != WeakKind::Ref => {
            format!(
                "<weakproxy at {:#x} to NoneType at {:#x}>",
                v.id(),
                Value::None.id()
            )
        }
        None => format!("<weakref at {:#x}; dead>", v.id()),
        Some(t) => {
            let tname = vm.type_name(&t);
            if w.kind != WeakKind::Ref {
                return format!("<weakproxy at {:#x} to {} at {:#x}>", v.id(), tname, t.id());
            }
            let name = match t.payload() {
                Some(Payload::Function(f)) => f.name.borrow().as_str().map(str::to_owned),
                Some(Payload::Type(td)) => Some(td.name.borrow().clone()),
                Some(Payload::Native(n)) => Some(n.name.to_owned()),
                _ => None,
            };
            match name {
                Some(n) => format!(
                    "<weakref at {:#x}; to '{}' at {:#x} ({})>",
                    v.id(),
                    tname,
                    t.id(),
                    n
                ),
                None => format!(
                    "<weakref at {:#x}; to '{}' at {:#x}>",
                    v.id(),
                    tname,
                    t.id()
                ),
            }
        }
    }
}
