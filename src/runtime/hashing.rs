//! `hash()` with CPython's values: ints modulo 2**61 - 1, pointer hashes
//! for identity-hashed objects, the xxHash-based tuple hash, user
//! `__hash__`, and unhashable types.

use super::dictops::dict_of;
use super::object::*;
use super::ops::*;
use super::types::type_data;
use super::{Exc, PyResult, Value};
use crate::vm::Vm;

/// Python's hash of an int (modulus 2**61 - 1; `hash(-1) == -2`).
pub fn hash_i64(i: i64) -> i64 {
    const M: i64 = (1 << 61) - 1;
    let h = if i >= 0 {
        i % M
    } else {
        -((-(i as i128) % M as i128) as i64)
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn hash_pointer(addr: usize) -> i64 {
    let h = addr.rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(v)`
pub fn hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    if let Some(Payload::Instance(i)) = v.payload() {
        // A plain instance whose class keeps object's __hash__.
        if matches!(i.base, Base::None) && type_data(&i.class).has(TF_IDENTITY_HASH) {
            return Ok(hash_pointer(v.id()));
        }
    }
    if let Some(inner) = v.builtin_base() {
        let ty = vm.type_of(v);
        if !user_defines(vm, ty, vm.sym.hash) && !user_defines(vm, ty, vm.sym.eq) {
            return hash(vm, inner);
        }
    }
    match v {
        Value::None => Ok(hash_pointer(0x1000) & 0x7fff_ffff),
        Value::Bool(b) => Ok(*b as i64),
        Value::Int(i) => Ok(hash_i64(*i)),
        Value::Float(f) => Ok(super::arith::hash_float(*f, v.id())),
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Ok(s.hash()),
            Payload::BigInt(b) => Ok(super::arith::hash_bigint(b)),
            Payload::Complex(_) => Ok(super::complex_type::hash(v).unwrap_or(0)),
            Payload::Tuple(items) => tuple_hash(vm, items),
            Payload::FrozenSet(s) => Ok(super::setops::frozenset_hash(s)),
            Payload::List(_) | Payload::Dict(_) | Payload::Set(_) => Err(unhashable(vm, v)),
            Payload::WeakRef(_) => crate::modules::weakref_native::hash(vm, v).unwrap_or(Ok(0)),
            Payload::Instance(_) => {
                let ty = vm.type_of(v).clone();
                let found = super::types::lookup(&ty, vm.sym.hash, &vm.sym_str(vm.sym.hash));
                if let (Some(Value::Obj(h)), Some(_)) = (&found, super::weakref::weak_data(v)) {
                    if matches!(h.payload, Payload::Native(_)) {
                        return crate::modules::weakref_native::hash(vm, v).unwrap_or(Ok(0));
                    }
                }
                match found {
                    Some(Value::None) => Err(unhashable(vm, v)),
                    Some(h) if !matches!(h.payload(), Some(Payload::Native(_))) => {
                        let r = vm.call(&h, vec![v.clone()], &[])?;
                        match r {
                            // An int that fits is the hash itself (CPython only maps -1 to -2).
                            Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                            Value::Bool(b) => Ok(b as i64),
                            other => match other.payload() {
                                Some(Payload::BigInt(b)) => Ok(super::arith::hash_bigint(b)),
                                _ => Err(vm.type_error("__hash__ method should return an integer")),
                            },
                        }
                    }
                    _ => {
                        if let Some(l) = list_of(v) {
                            let _ = l;
                            return Err(unhashable(vm, v));
                        }
                        if dict_of(v).is_some() {
                            return Err(unhashable(vm, v));
                        }
                        Ok(hash_pointer(o.addr()))
                    }
                }
            }
            _ => {
                // A built-in type's own native __hash__ (e.g. method, bytes).
                if let Some(h) = vm.special(v, vm.sym.hash) {
                    match h.payload() {
                        Some(Payload::Native(n)) if n.owner != Some("object") => {
                            let r = vm.call(&h, vec![v.clone()], &[])?;
                            if let Value::Int(i) = r {
                                return Ok(i);
                            }
                        }
                        None => return Err(unhashable(vm, v)),
                        _ => {}
                    }
                }
                Ok(hash_pointer(o.addr()))
            }
        },
    }
}

pub(super) fn unhashable(vm: &Vm, v: &Value) -> Exc {
    vm.type_error(format!("unhashable type: '{}'", vm.type_name(v)))
}

/// CPython 3.11's tuple hash (xxHash-based `tuplehash`).
/// Like CPython's, it does not count against the recursion limit; only a
/// nesting deep enough to exhaust the stack fails.
fn tuple_hash(vm: &Vm, items: &[Value]) -> PyResult<i64> {
    if crate::eval::coro::stack_here() < vm.stack_floor.get() {
        return Err(vm.err(&vm.exc.recursion_error, "maximum recursion depth exceeded"));
    }
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for it in items {
        let lane = hash(vm, it)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}
