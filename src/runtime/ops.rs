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
use super::types::is_subtype;
use super::{PyResult, Value};
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

/// A new, empty dict object.
pub fn empty_dict() -> ObjRef {
    ObjRef::new(Payload::Dict(std::cell::RefCell::new(
        super::dict::Dict::new(),
    )))
}

pub fn new_tuple(items: Vec<Value>) -> Value {
    Value::Obj(ObjRef::new(Payload::Tuple(items.into_boxed_slice())))
}

/// For an instance of a subclass of an immutable built-in that does not
/// override `name` in Python: the built-in value to operate on instead.
#[inline]
pub(super) fn inherited_builtin<'a>(vm: &Vm, v: &'a Value, name: Symbol) -> Option<&'a Value> {
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
            Payload::Complex(z) => Ok(z.re != 0.0 || z.im != 0.0),
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

pub fn seq_items(v: &Value) -> Option<Vec<Value>> {
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
        if let Some(r) = super::complex_type::compare(vm, a, b, op) {
            return r;
        }
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

pub use super::hashing::{hash, hash_i64};
pub use super::iteration::{class_name, collect, isinstance, iter, next};
pub use super::subscript::{contains, delitem, getitem, index_value, setitem, slice_indices};
