//! Dict operations with Python semantics: hashing keys, comparing them with
//! `__eq__` outside any borrow, and `KeyError`s.
//!
//! Owns the safe lookup protocol over `dict::Dict`: a first probe compares
//! keys natively (str, int, float, None, bool, and identity); only keys that
//! need user `__eq__` are compared after the borrow is released, and the
//! found slot is re-validated before use.

use std::cell::RefCell;

use super::dict::Dict;
use super::object::Payload;
use super::ops;
use super::{PyResult, Value};
use crate::vm::Vm;

/// `a == b` for values compared by value alone (numbers, strings, None),
/// without the identity shortcut containers use: `None` otherwise.
#[inline]
pub fn value_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::None, Value::None) => Some(true),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t)) => Some(s.text == t.text),
            _ => None,
        },
        _ => None,
    }
}

/// Compare two keys natively: `Some(result)` when no user code is needed.
#[inline]
pub fn native_key_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
            Some(*x as f64 == *y)
        }
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => Some(*x as i64 == *y),
        (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => {
            Some(*x as i64 as f64 == *y)
        }
        (Value::None, _) | (_, Value::None) => Some(false),
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t)) => Some(s.text == t.text),
            (Payload::BigInt(s), Payload::BigInt(t)) => Some(s == t),
            (Payload::Complex(s), Payload::Complex(t)) => Some(s == t),
            (Payload::Tuple(s), Payload::Tuple(t)) => {
                if s.len() != t.len() {
                    return Some(false);
                }
                for (p, q) in s.iter().zip(t.iter()) {
                    if !native_key_eq(p, q)? {
                        return Some(false);
                    }
                }
                Some(true)
            }
            (Payload::Str(_), Payload::Tuple(_) | Payload::BigInt(_))
            | (Payload::Tuple(_) | Payload::BigInt(_), Payload::Str(_)) => Some(false),
            (Payload::Instance(_), _) | (_, Payload::Instance(_)) => None,
            (Payload::Str(_), _) | (_, Payload::Str(_)) => Some(false),
            _ => None,
        },
        (Value::Obj(o), _) | (_, Value::Obj(o)) => match &o.payload {
            Payload::Str(_) | Payload::Tuple(_) => Some(false),
            Payload::Instance(_) => None,
            _ => None,
        },
        _ => Some(false),
    }
}

/// Find the slot of `key` (with precomputed `hash`).
pub fn find_slot(vm: &Vm, d: &RefCell<Dict>, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    let mut needs_user = false;
    let found = d.borrow().find(hash, |k| match native_key_eq(k, key) {
        Some(r) => r,
        None => {
            needs_user = true;
            false
        }
    });
    if found.is_some() || !needs_user {
        return Ok(found);
    }
    let candidates: Vec<(usize, Value)> = {
        let b = d.borrow();
        b.candidates(hash)
            .into_iter()
            .filter_map(|slot| b.entry(slot).map(|e| (slot, e.key.clone())))
            .collect()
    };
    for (slot, k) in candidates {
        if ops::eq(vm, &k, key)? {
            let still = d.borrow().entry(slot).is_some_and(|e| e.key.is(&k));
            if still {
                return Ok(Some(slot));
            }
        }
    }
    Ok(None)
}

pub fn get(vm: &Vm, d: &RefCell<Dict>, key: &Value) -> PyResult<Option<Value>> {
    let hash = ops::hash(vm, key)?;
    Ok(find_slot(vm, d, key, hash)?.and_then(|s| d.borrow().entry(s).map(|e| e.value.clone())))
}

pub fn set(vm: &Vm, d: &RefCell<Dict>, key: Value, value: Value) -> PyResult<()> {
    let hash = ops::hash(vm, &key)?;
    set_hashed(vm, d, key, hash, value)
}

pub fn set_hashed(vm: &Vm, d: &RefCell<Dict>, key: Value, hash: i64, value: Value) -> PyResult<()> {
    let old = match find_slot(vm, d, &key, hash)? {
        Some(slot) => d.borrow_mut().replace_value(slot, value),
        None => {
            d.borrow_mut().push_new(hash, key, value);
            None
        }
    };
    drop(old);
    Ok(())
}

/// Remove `key`, returning its value (`None` if absent).
pub fn remove(vm: &Vm, d: &RefCell<Dict>, key: &Value) -> PyResult<Option<Value>> {
    let hash = ops::hash(vm, key)?;
    let entry = match find_slot(vm, d, key, hash)? {
        Some(slot) => d.borrow_mut().remove_slot(slot),
        None => None,
    };
    Ok(entry.map(|e| e.value))
}

/// A new dict object from key/value pairs.
pub fn new_dict(vm: &Vm, pairs: Vec<(Value, Value)>) -> PyResult<Value> {
    let d = RefCell::new(Dict::with_capacity(pairs.len()));
    for (k, v) in pairs {
        set(vm, &d, k, v)?;
    }
    Ok(Value::Obj(super::ObjRef::new(Payload::Dict(d))))
}

/// The dict storage of a dict or dict-subclass instance.
pub fn dict_of(v: &Value) -> Option<&RefCell<Dict>> {
    match v.payload()? {
        Payload::Dict(d) => Some(d),
        Payload::Instance(i) => match &i.base {
            super::object::Base::Dict(d) => Some(d),
            _ => None,
        },
        _ => None,
    }
}

/// Snapshot of (key, value) pairs.
pub fn items(d: &RefCell<Dict>) -> Vec<(Value, Value)> {
    d.borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect()
}

/// Drop every entry outside the borrow.
pub fn clear(d: &RefCell<Dict>) {
    let old = d.borrow_mut().take_all();
    drop(old);
}
