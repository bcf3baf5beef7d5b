//! `iter()`, `next()` and collecting an iterable, for built-in iterables
//! and the `__iter__`/`__next__`/`__getitem__` protocols.

use super::heap::ObjRef;
use super::object::*;
use super::ops::*;
use super::types::{is_subtype, type_data};
use super::{PyResult, Value};
use crate::vm::Vm;

fn new_iter(state: IterState) -> Value {
    Value::Obj(ObjRef::new(Payload::Iter(std::cell::RefCell::new(state))))
}

/// `iter(v)`
pub fn iter(vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Some(inner) = inherited_builtin(vm, v, vm.sym.iter) {
        if !user_defines(vm, vm.type_of(v), vm.sym.getitem) {
            return iter(vm, inner);
        }
    }
    if let Some(o) = v.as_obj() {
        match &o.payload {
            Payload::List(_) | Payload::Tuple(_) => {
                return Ok(new_iter(IterState::Seq {
                    seq: v.clone(),
                    idx: 0,
                }))
            }
            Payload::Str(_) => {
                return Ok(new_iter(IterState::Str {
                    text: v.clone(),
                    byte_pos: 0,
                }))
            }
            Payload::Range(r) => {
                return Ok(new_iter(IterState::Range {
                    next: r.start,
                    stop: r.stop,
                    step: r.step,
                }))
            }
            Payload::Dict(d) => {
                let len = d.borrow().len();
                return Ok(new_iter(IterState::DictKeys {
                    dict: v.clone(),
                    idx: 0,
                    len,
                    kind: DictIterKind::Keys,
                }));
            }
            Payload::Set(_) | Payload::FrozenSet(_) => return Ok(super::setops::iter(v)),
            Payload::Bytes(b) => {
                let items: Vec<Value> = b.iter().map(|&x| Value::Int(x as i64)).collect();
                return Ok(new_iter(IterState::Seq {
                    seq: new_tuple(items),
                    idx: 0,
                }));
            }
            Payload::Iter(_) | Payload::Generator(_) => return Ok(v.clone()),
            _ => {}
        }
    }
    if let Some(r) = vm.call_special(v, vm.sym.iter, &[]) {
        let it = r?;
        if vm.special(&it, vm.sym.next).is_none() && !matches!(it.payload(), Some(Payload::Iter(_)))
        {
            return Err(vm.type_error(format!(
                "iter() returned non-iterator of type '{}'",
                vm.type_name(&it)
            )));
        }
        return Ok(it);
    }
    if vm.special(v, vm.sym.getitem).is_some() {
        return Ok(new_iter(IterState::GetItem {
            obj: v.clone(),
            idx: 0,
        }));
    }
    Err(vm.type_error(format!("'{}' object is not iterable", vm.type_name(v))))
}

/// Advance an iterator: `Ok(None)` when exhausted.
pub fn next(vm: &Vm, it: &Value) -> PyResult<Option<Value>> {
    match it.payload() {
        Some(Payload::Iter(state)) => return super::iterators::step(vm, state),
        Some(Payload::Generator(_)) => return crate::eval::generator::gen_next(vm, it),
        _ => {}
    }
    match vm.call_special(it, vm.sym.next, &[]) {
        Some(Ok(v)) => Ok(Some(v)),
        Some(Err(e)) => {
            if vm.exc_matches(&e, &vm.exc.stop_iteration) {
                Ok(None)
            } else {
                Err(e)
            }
        }
        None => Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it)))),
    }
}

/// Collect any iterable into a Vec.
pub fn collect(vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Some(items) = seq_items(v) {
        if !matches!(v.payload(), Some(Payload::Instance(_))) {
            return Ok(items);
        }
    }
    let it = iter(vm, v)?;
    let mut out = Vec::new();
    while let Some(x) = next(vm, &it)? {
        out.push(x);
    }
    Ok(out)
}

/// Is `v` an instance of class `cls` (walking the MRO)?
pub fn isinstance(vm: &Vm, v: &Value, cls: &ObjRef) -> bool {
    is_subtype(vm.type_of(v), cls)
}

/// The name of a class object (for messages).
pub fn class_name(cls: &ObjRef) -> String {
    type_data(cls).name.borrow().clone()
}
