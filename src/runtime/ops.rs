//! The object protocols: truth, equality and ordering, hashing, `len`,
//! `in`, subscripting, and iteration — native fast paths for built-in types
//! and dispatch to dunder methods for the rest.
//!
//! Owns protocol semantics (reflected comparisons, `NotImplemented`,
//! unhashable types, `__getitem__` iteration fallback). Arithmetic is in
//! `arith`, text conversion in `repr`.

use std::cmp::Ordering;

use num_bigint::BigInt;

use super::dictops::{self, dict_of};
use super::heap::ObjRef;
use super::object::*;
use super::types::{is_subtype, type_data};
use super::{Exc, PyResult, Value};
use crate::syntax::ast::{CmpOp, Symbol};
use crate::vm::Vm;

/// The list storage of a list or list-subclass instance.
pub fn list_of(v: &Value) -> Option<&std::cell::RefCell<Vec<Value>>> {
    match v.payload()? {
        Payload::List(l) => Some(l),
        Payload::Instance(i) => match &i.base {
            Base::List(l) => Some(l),
            _ => None,
        },
        _ => None,
    }
}

pub fn new_list(items: Vec<Value>) -> Value {
    Value::Obj(ObjRef::new(Payload::List(std::cell::RefCell::new(items))))
}

pub fn new_tuple(items: Vec<Value>) -> Value {
    Value::Obj(ObjRef::new(Payload::Tuple(items.into_boxed_slice())))
}

/// For an instance of a subclass of an immutable built-in that does not
/// override `name` in Python: the built-in value to operate on instead.
#[inline]
fn inherited_builtin<'a>(vm: &Vm, v: &'a Value, name: Symbol) -> Option<&'a Value> {
    let inner = v.builtin_base()?;
    if user_defines(vm, vm.type_of(v), name) {
        return None;
    }
    Some(inner)
}

/// `bool(v)`
pub fn truthy(vm: &Vm, v: &Value) -> PyResult<bool> {
    if let Some(inner) = v.builtin_base() {
        if !user_defines(vm, vm.type_of(v), vm.sym.bool_)
            && !user_defines(vm, vm.type_of(v), vm.sym.len)
        {
            return truthy(vm, inner);
        }
    }
    match v {
        Value::None => Ok(false),
        Value::Bool(b) => Ok(*b),
        Value::Int(i) => Ok(*i != 0),
        Value::Float(f) => Ok(*f != 0.0),
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Ok(!s.text.is_empty()),
            Payload::List(l) => Ok(!l.borrow().is_empty()),
            Payload::Tuple(t) => Ok(!t.is_empty()),
            Payload::Dict(d) => Ok(!d.borrow().is_empty()),
            Payload::Set(s) => Ok(!s.borrow().is_empty()),
            Payload::FrozenSet(s) => Ok(!s.is_empty()),
            Payload::BigInt(_) => Ok(true),
            Payload::Range(r) => Ok(!r.is_empty()),
            Payload::Bytes(b) => Ok(!b.is_empty()),
            Payload::WeakRef(_) => match super::weakref::proxy_target(vm, v) {
                Some(t) => truthy(vm, &t?),
                None => Ok(true),
            },
            Payload::Instance(_) => {
                if let Some(r) = vm.call_special(v, vm.sym.bool_, &[]) {
                    return match r? {
                        Value::Bool(b) => Ok(b),
                        other => Err(vm.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            vm.type_name(&other)
                        ))),
                    };
                }
                if let Some(r) = vm.call_special(v, vm.sym.len, &[]) {
                    return Ok(len_result(vm, r?)? != 0);
                }
                Ok(true)
            }
            _ => Ok(true),
        },
    }
}

fn len_result(vm: &Vm, r: Value) -> PyResult<usize> {
    match r {
        Value::Int(i) if i >= 0 => Ok(i as usize),
        Value::Int(_) => Err(vm.value_error("__len__() should return >= 0")),
        Value::Bool(b) => Ok(b as usize),
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&other)
        ))),
    }
}

/// `len(v)`
pub fn len(vm: &Vm, v: &Value) -> PyResult<usize> {
    if let Some(inner) = inherited_builtin(vm, v, vm.sym.len) {
        return len(vm, inner);
    }
    if let Some(o) = v.as_obj() {
        match &o.payload {
            Payload::Str(s) => return Ok(s.char_len),
            Payload::List(l) => return Ok(l.borrow().len()),
            Payload::Tuple(t) => return Ok(t.len()),
            Payload::Dict(d) => return Ok(d.borrow().len()),
            Payload::Set(s) => return Ok(s.borrow().len()),
            Payload::FrozenSet(s) => return Ok(s.len()),
            Payload::Range(r) => return Ok(r.len() as usize),
            Payload::Bytes(b) => return Ok(b.len()),
            _ => {}
        }
    }
    match vm.call_special(v, vm.sym.len, &[]) {
        Some(r) => len_result(vm, r?),
        None => Err(vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v)))),
    }
}

/// `a == b`
pub fn eq(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = dictops::native_key_eq(a, b) {
        return Ok(r);
    }
    if let (Some(x), Some(y)) = (a.as_obj(), b.as_obj()) {
        match (&x.payload, &y.payload) {
            (Payload::List(_), Payload::List(_)) | (Payload::Tuple(_), Payload::Tuple(_)) => {
                return seq_compare(vm, a, b, CmpOp::Eq).and_then(|v| truthy(vm, &v));
            }
            _ => {}
        }
    }
    let r = compare(vm, a, b, CmpOp::Eq)?;
    truthy(vm, &r)
}

fn seq_items(v: &Value) -> Option<Vec<Value>> {
    match v.payload()? {
        Payload::Tuple(t) => Some(t.to_vec()),
        Payload::List(l) => Some(l.borrow().clone()),
        Payload::Instance(Instance {
            base: Base::List(l),
            ..
        }) => Some(l.borrow().clone()),
        _ => None,
    }
}

/// Lexicographic comparison of two lists or two tuples.
fn seq_compare(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let _level = vm.enter_recursion(" in comparison")?;
    let (Some(x), Some(y)) = (seq_items(a), seq_items(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    for (p, q) in x.iter().zip(y.iter()) {
        if !(p.is(q) || eq(vm, p, q)?) {
            return match op {
                CmpOp::Eq => Ok(Value::Bool(false)),
                CmpOp::NotEq => Ok(Value::Bool(true)),
                _ => compare(vm, p, q, op),
            };
        }
    }
    Ok(Value::Bool(ord_holds(x.len().cmp(&y.len()), op)))
}

fn ord_holds(o: Ordering, op: CmpOp) -> bool {
    match op {
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::NotEq => o != Ordering::Equal,
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::LtE => o != Ordering::Greater,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::GtE => o != Ordering::Less,
        _ => false,
    }
}

pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Some((**b).clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Native ordering of numbers and strings; `None` when not both native.
fn native_order(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(Some(x.cmp(y))),
        (Value::Float(x), Value::Float(y)) => Some(x.partial_cmp(y)),
        (Value::Int(x), Value::Float(y)) => {
            Some(super::arith::cmp_int_float(&BigInt::from(*x), *y))
        }
        (Value::Float(x), Value::Int(y)) => {
            Some(super::arith::cmp_int_float(&BigInt::from(*y), *x).map(|o| o.reverse()))
        }
        (Value::Bool(_), _) | (_, Value::Bool(_)) => {
            let fa = match a {
                Value::Bool(b) => Value::Int(*b as i64),
                v => v.clone(),
            };
            let fb = match b {
                Value::Bool(b) => Value::Int(*b as i64),
                v => v.clone(),
            };
            if matches!(fa, Value::Bool(_)) || matches!(fb, Value::Bool(_)) {
                return None;
            }
            native_order(&fa, &fb)
        }
        _ => {
            if let (Some(s), Some(t)) = (a.as_str(), b.as_str()) {
                return Some(Some(s.cmp(t)));
            }
            let big = |v: &Value| matches!(v.payload(), Some(Payload::BigInt(_)));
            if big(a) || big(b) {
                match (a, b) {
                    (Value::Float(f), _) => {
                        return Some(
                            super::arith::cmp_int_float(&to_bigint(b)?, *f).map(|o| o.reverse()),
                        )
                    }
                    (_, Value::Float(f)) => {
                        return Some(super::arith::cmp_int_float(&to_bigint(a)?, *f))
                    }
                    _ => {}
                }
                return Some(Some(to_bigint(a)?.cmp(&to_bigint(b)?)));
            }
            None
        }
    }
}

fn op_syms(vm: &Vm, op: CmpOp) -> (Symbol, Symbol, &'static str) {
    let s = &vm.sym;
    match op {
        CmpOp::Eq => (s.eq, s.eq, "=="),
        CmpOp::NotEq => (s.ne, s.ne, "!="),
        CmpOp::Lt => (s.lt, s.gt, "<"),
        CmpOp::LtE => (s.le, s.ge, "<="),
        CmpOp::Gt => (s.gt, s.lt, ">"),
        CmpOp::GtE => (s.ge, s.le, ">="),
        _ => (s.eq, s.eq, "?"),
    }
}

/// Rich comparison `a op b` for the six ordering operators.
pub fn compare(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if a.builtin_base().is_some() || b.builtin_base().is_some() {
        let (name, reflected, _) = op_syms(vm, op);
        let x = inherited_builtin(vm, a, name).unwrap_or(a);
        let y = inherited_builtin(vm, b, reflected).unwrap_or(b);
        if !(x.is(a) && y.is(b)) {
            return compare(vm, x, y, op);
        }
    }
    if let Some(o) = native_order(a, b) {
        return Ok(Value::Bool(match o {
            Some(o) => ord_holds(o, op),
            None => op == CmpOp::NotEq,
        }));
    }
    if let Some(r) = crate::modules::weakref_native::compare(vm, a, b, op) {
        return r;
    }
    let both_builtin = !matches!(a.payload(), Some(Payload::Instance(_)))
        && !matches!(b.payload(), Some(Payload::Instance(_)));
    if both_builtin {
        if let (Some(_), Some(_)) = (seq_items(a), seq_items(b)) {
            let same = vm.type_of(a).ptr_eq(vm.type_of(b));
            if same {
                return seq_compare(vm, a, b, op);
            }
        }
        match (a.payload(), b.payload()) {
            (Some(Payload::Dict(_)), Some(Payload::Dict(_)))
                if matches!(op, CmpOp::Eq | CmpOp::NotEq) =>
            {
                let r = dict_eq(vm, a, b)?;
                return Ok(Value::Bool(if op == CmpOp::Eq { r } else { !r }));
            }
            (
                Some(Payload::Set(_) | Payload::FrozenSet(_)),
                Some(Payload::Set(_) | Payload::FrozenSet(_)),
            ) => {
                return super::setops::compare_sets(vm, a, b, op);
            }
            _ => {}
        }
    }
    let (name, reflected, text) = op_syms(vm, op);
    let ta = vm.type_of(a).clone();
    let tb = vm.type_of(b).clone();
    // A subclass's reflected method goes first (CPython's do_richcompare).
    let try_reflected_first =
        !ta.ptr_eq(&tb) && is_subtype(&tb, &ta) && user_defines(vm, &tb, reflected);
    if try_reflected_first {
        if let Some(r) = vm.call_special(b, reflected, std::slice::from_ref(a)) {
            let r = r?;
            if !r.is(&vm.not_implemented) {
                return Ok(r);
            }
        }
    }
    if let Some(r) = user_special(vm, a, name, b) {
        let r = r?;
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    if !try_reflected_first {
        if let Some(r) = user_special(vm, b, reflected, a) {
            let r = r?;
            if !r.is(&vm.not_implemented) {
                return Ok(r);
            }
        }
    }
    // Built-in types with their own native comparison (method, range,
    // bytes, dict views, ...).
    if let Some(r) = native_special_compare(vm, a, b, name, reflected) {
        let r = r?;
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    match op {
        CmpOp::Eq => Ok(Value::Bool(a.is(b))),
        CmpOp::NotEq => {
            // object.__ne__ inverts __eq__ when __eq__ is defined.
            if let Some(r) = user_special(vm, a, vm.sym.eq, b) {
                let r = r?;
                if !r.is(&vm.not_implemented) {
                    return Ok(Value::Bool(!truthy(vm, &r)?));
                }
            }
            Ok(Value::Bool(!a.is(b)))
        }
        _ => Err(vm.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            text,
            vm.type_name(a),
            vm.type_name(b)
        ))),
    }
}

/// Call a native comparison method defined by a built-in type (not
/// `object`'s defaults), trying the reflected one on `b` next.
fn native_special_compare(
    vm: &Vm,
    a: &Value,
    b: &Value,
    name: Symbol,
    reflected: Symbol,
) -> Option<PyResult<Value>> {
    for (x, y, sym) in [(a, b, name), (b, a, reflected)] {
        if matches!(x.payload(), Some(Payload::Instance(_)) | None) {
            continue;
        }
        if let Some(m) = vm.special(x, sym) {
            if let Some(Payload::Native(n)) = m.payload() {
                if n.owner != Some("object") {
                    let r = vm.call(&m, vec![x.clone(), y.clone()], &[]);
                    match r {
                        Ok(v) if v.is(&vm.not_implemented) => continue,
                        other => return Some(other),
                    }
                }
            }
        }
    }
    None
}

/// Does the class define `name` in Python code (not a native default)?
pub fn user_defines(vm: &Vm, ty: &ObjRef, name: Symbol) -> bool {
    matches!(
        super::types::lookup(ty, name, &vm.sym_str(name)).as_ref().and_then(|v| v.payload()),
        Some(p) if !matches!(p, Payload::Native(_))
    )
}

/// Call `type(obj).name(obj, arg)` if it is defined in Python code.
fn user_special(vm: &Vm, obj: &Value, name: Symbol, arg: &Value) -> Option<PyResult<Value>> {
    if !matches!(obj.payload(), Some(Payload::Instance(_))) {
        return None;
    }
    if !user_defines(vm, vm.type_of(obj), name) {
        return None;
    }
    vm.call_special(obj, name, std::slice::from_ref(arg))
}

fn dict_eq(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let (Some(da), Some(db)) = (dict_of(a), dict_of(b)) else {
        return Ok(false);
    };
    if da.borrow().len() != db.borrow().len() {
        return Ok(false);
    }
    for (k, v) in dictops::items(da) {
        match dictops::get(vm, db, &k)? {
            Some(w) => {
                if !(v.is(&w) || eq(vm, &v, &w)?) {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

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
                            Value::Int(i) => Ok(if i == -1 { -2 } else { hash_i64(i) }),
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

fn unhashable(vm: &Vm, v: &Value) -> Exc {
    vm.type_error(format!("unhashable type: '{}'", vm.type_name(v)))
}

/// CPython 3.11's tuple hash (xxHash-based `tuplehash`).
fn tuple_hash(vm: &Vm, items: &[Value]) -> PyResult<i64> {
    let _level = vm.enter_recursion("")?;
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

/// `item in container`
pub fn contains(vm: &Vm, container: &Value, item: &Value) -> PyResult<bool> {
    if let Some(inner) = inherited_builtin(vm, container, vm.sym.contains) {
        return contains(vm, inner, item);
    }
    if let Some(o) = container.as_obj() {
        match &o.payload {
            Payload::Str(s) => {
                return match item.as_str() {
                    Some(t) => Ok(s.text.contains(t)),
                    None => Err(vm.type_error(format!(
                        "'in <string>' requires string as left operand, not {}",
                        vm.type_name(item)
                    ))),
                }
            }
            Payload::List(_) | Payload::Tuple(_) => {
                let items = seq_items(container).unwrap_or_default();
                for x in items.iter() {
                    if x.is(item) || eq(vm, x, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            Payload::Dict(d) => return Ok(dictops::get(vm, d, item)?.is_some()),
            Payload::Set(_) | Payload::FrozenSet(_) => {
                return super::setops::contains(vm, container, item)
            }
            Payload::Range(r) => {
                if let Value::Int(i) = item {
                    let i = *i;
                    let inside = if r.step > 0 {
                        i >= r.start && i < r.stop
                    } else {
                        i <= r.start && i > r.stop
                    };
                    return Ok(inside && (i - r.start) % r.step == 0);
                }
            }
            _ => {}
        }
    }
    if let Some(r) = vm.call_special(container, vm.sym.contains, std::slice::from_ref(item)) {
        return truthy(vm, &r?);
    }
    let it = iter(vm, container)?;
    while let Some(x) = next(vm, &it)? {
        if x.is(item) || eq(vm, &x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Convert an index-like value to i64 (`__index__`).
pub fn index_value(vm: &Vm, v: &Value) -> PyResult<i64> {
    if let Some(inner) = inherited_builtin(vm, v, vm.sym.index) {
        return index_value(vm, inner);
    }
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(_) => Err(vm.err(
                &vm.exc.index_error,
                "cannot fit 'int' into an index-sized integer",
            )),
            _ => match vm.call_special(v, vm.sym.index, &[]) {
                Some(r) => index_value(vm, &r?),
                None => Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                ))),
            },
        },
        _ => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

/// CPython's `PySlice_GetIndicesEx`: (start, stop, step, length).
pub fn slice_indices(vm: &Vm, s: &[Value; 3], len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let len = len as i64;
    let step = if s[2].is_none() {
        1
    } else {
        index_value(vm, &s[2])?
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let conv = |v: &Value, default: i64| -> PyResult<i64> {
        if v.is_none() {
            return Ok(default);
        }
        let i = index_value(vm, v)?;
        Ok(if i < 0 {
            (i + len).max(lower)
        } else {
            i.min(upper)
        })
    };
    let start = conv(&s[0], if step < 0 { upper } else { lower })?;
    let stop = conv(&s[1], if step < 0 { lower } else { upper })?;
    let n = if step > 0 {
        if stop > start {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok((start, stop, step, n as usize))
}

fn norm_index(vm: &Vm, idx: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = index_value(vm, idx).map_err(|_| {
        vm.type_error(format!(
            "{} indices must be integers or slices, not {}",
            what,
            vm.type_name(idx)
        ))
    })?;
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error(format!("{} index out of range", what)));
    }
    Ok(j as usize)
}

fn slice_pick<T: Clone>(items: &[T], start: i64, step: i64, n: usize) -> Vec<T> {
    (0..n)
        .map(|k| items[(start + k as i64 * step) as usize].clone())
        .collect()
}

/// `container[index]`
pub fn getitem(vm: &Vm, container: &Value, index: &Value) -> PyResult<Value> {
    if let Some(inner) = inherited_builtin(vm, container, vm.sym.getitem) {
        return getitem(vm, inner, index);
    }
    if let Some(o) = container.as_obj() {
        match &o.payload {
            Payload::List(l) => {
                if let Some(Payload::Slice(s)) = index.payload() {
                    let (start, _, step, n) = slice_indices(vm, s, l.borrow().len())?;
                    return Ok(new_list(slice_pick(&l.borrow(), start, step, n)));
                }
                let b = l.borrow();
                let i = norm_index(vm, index, b.len(), "list")?;
                return Ok(b[i].clone());
            }
            Payload::Tuple(t) => {
                if let Some(Payload::Slice(s)) = index.payload() {
                    let (start, _, step, n) = slice_indices(vm, s, t.len())?;
                    return Ok(new_tuple(slice_pick(t, start, step, n)));
                }
                let i = norm_index(vm, index, t.len(), "tuple")?;
                return Ok(t[i].clone());
            }
            Payload::Str(s) => return super::strings::str_getitem(vm, s, index),
            Payload::Dict(d) => {
                return match dictops::get(vm, d, index)? {
                    Some(v) => Ok(v),
                    None => Err(vm.key_error(index.clone())),
                }
            }
            Payload::Range(r) => {
                if let Some(Payload::Slice(s)) = index.payload() {
                    let (start, stop, step, _) = slice_indices(vm, s, r.len() as usize)?;
                    return Ok(Value::Obj(ObjRef::new(Payload::Range(Range {
                        start: r.start + start * r.step,
                        stop: r.start + stop * r.step,
                        step: r.step * step,
                    }))));
                }
                let i = norm_index(vm, index, r.len() as usize, "range object")?;
                return Ok(Value::Int(r.start + i as i64 * r.step));
            }
            Payload::Bytes(b) => {
                let i = norm_index(vm, index, b.len(), "index")?;
                return Ok(Value::Int(b[i] as i64));
            }
            Payload::Type(_) => {
                // `list[int]` style generic aliases: return the class itself.
                return Ok(container.clone());
            }
            _ => {}
        }
    }
    match vm.call_special(container, vm.sym.getitem, std::slice::from_ref(index)) {
        Some(r) => r,
        None => Err(vm.type_error(format!(
            "'{}' object is not subscriptable",
            vm.type_name(container)
        ))),
    }
}

/// `container[index] = value`
pub fn setitem(vm: &Vm, container: &Value, index: &Value, value: Value) -> PyResult<()> {
    if let Some(o) = container.as_obj() {
        match &o.payload {
            Payload::List(l) => return super::list::list_setitem(vm, l, index, value),
            Payload::Dict(d) => return dictops::set(vm, d, index.clone(), value),
            _ => {}
        }
    }
    match vm.call_special(container, vm.sym.setitem, &[index.clone(), value]) {
        Some(r) => r.map(|_| ()),
        None => Err(vm.type_error(format!(
            "'{}' object does not support item assignment",
            vm.type_name(container)
        ))),
    }
}

/// `del container[index]`
pub fn delitem(vm: &Vm, container: &Value, index: &Value) -> PyResult<()> {
    if let Some(o) = container.as_obj() {
        match &o.payload {
            Payload::List(l) => return super::list::list_delitem(vm, l, index),
            Payload::Dict(d) => {
                return match dictops::remove(vm, d, index)? {
                    Some(old) => {
                        drop(old);
                        Ok(())
                    }
                    None => Err(vm.key_error(index.clone())),
                }
            }
            _ => {}
        }
    }
    match vm.call_special(container, vm.sym.delitem, std::slice::from_ref(index)) {
        Some(r) => r.map(|_| ()),
        None => Err(vm.type_error(format!(
            "'{}' object doesn't support item deletion",
            vm.type_name(container)
        ))),
    }
}

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
