//! Interpreter exit (DESIGN section 4): atexit functions (so
//! `weakref.finalize` exit hooks) first, then `__main__`'s globals are
//! released in the order CPython 3.11 releases them.
//!
//! Observed CPython behaviour this follows: values bound directly in
//! `__main__` die in insertion order, except that plain containers (list,
//! tuple, dict, set) are released after everything else; and when the
//! module's namespace is part of a reference cycle (it defines a function,
//! whose globals point back at it) it is reclaimed by the cycle collector,
//! so weak references living in it get no callbacks.

use crate::runtime::heap::ObjRef;
use crate::runtime::object::Payload;
use crate::runtime::types::str_hash;
use crate::runtime::weakref::weak_data;
use crate::runtime::Value;
use crate::vm::Vm;

fn is_plain_container(v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(
            Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::FrozenSet(_)
        )
    )
}

/// Walk what the namespace references (not into other modules): whether
/// it reaches a function defined in it (so it is part of a cycle), and the
/// weak references found on the way.
fn scan_namespace(globals: &ObjRef, values: &[Value]) -> (bool, Vec<Value>) {
    let mut seen = std::collections::HashSet::new();
    let mut stack: Vec<Value> = values.to_vec();
    let mut cyclic = false;
    let mut weakrefs = Vec::new();
    while let Some(v) = stack.pop() {
        let Some(o) = v.as_obj() else { continue };
        if !seen.insert(o.addr()) {
            continue;
        }
        match &o.payload {
            Payload::Module(_) => continue,
            Payload::Function(f) => {
                if f.globals.ptr_eq(globals) {
                    cyclic = true;
                }
                continue;
            }
            _ => {}
        }
        if weak_data(&v).is_some() {
            weakrefs.push(v.clone());
        }
        crate::gc::trace::visit_children(o, &mut |c| {
            if !c.ptr_eq(globals) {
                stack.push(Value::Obj(c.clone()))
            }
        });
    }
    (cyclic, weakrefs)
}

/// Release `__main__`'s globals.
pub fn release_main(vm: &Vm, globals: &ObjRef) {
    let Payload::Dict(d) = &globals.payload else {
        return;
    };
    let entries: Vec<(Value, Value)> = d
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    let values: Vec<Value> = entries.iter().map(|(_, v)| v.clone()).collect();
    let (cyclic, weakrefs) = scan_namespace(globals, &values);
    if cyclic {
        // Reclaimed as cyclic garbage in CPython: weak references inside it
        // are garbage too, and garbage weak references get no callbacks.
        for w in &weakrefs {
            if let Some(w) = weak_data(w) {
                let old = w.callback.borrow_mut().take();
                drop(old);
            }
        }
    }
    drop(weakrefs);
    drop(values);
    let keys: Vec<(Value, bool)> = entries
        .into_iter()
        .map(|(k, v)| (k, is_plain_container(&v)))
        .collect();
    for second_pass in [false, true] {
        for (k, container) in &keys {
            if *container != second_pass || k.as_str() == Some("__builtins__") {
                continue;
            }
            let old = {
                let mut b = d.borrow_mut();
                let text = k.as_str();
                match b.find(str_hash(k), |x| x.as_str() == text) {
                    Some(slot) => b.replace_value(slot, Value::None),
                    None => None,
                }
            };
            drop(old);
            vm.safe_point();
        }
    }
}
