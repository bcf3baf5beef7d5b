//! Arithmetic operators: `+ - * / // % ** << >> & | ^ @`, unary `- + ~`,
//! in-place variants, and int/float/bool/str/list/tuple behaviour, with
//! dispatch to `__add__`/`__radd__`/`__iadd__` and `NotImplemented`.
//!
//! Owns operator semantics; numeric kernels (big ints, float rules) are in
//! `num`. Never panics: overflow promotes to big ints.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use super::num::{self, Int, NumError};
use super::object::*;
use super::ops::{self, new_list, new_tuple, to_bigint};
use super::types::is_subtype;
use super::{Exc, PyResult, Value};
use crate::syntax::ast::{BinOp, UnaryOp};
use crate::vm::Vm;

fn to_int(v: &Value) -> Option<Int> {
    if let Some(inner) = v.builtin_base() {
        return to_int(inner);
    }
    match v {
        Value::Int(i) => Some(Int::Small(*i)),
        Value::Bool(b) => Some(Int::Small(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Some(Int::Big((**b).clone())),
            _ => None,
        },
        _ => None,
    }
}

pub fn int_value(i: Int) -> Value {
    match i {
        Int::Small(i) => Value::Int(i),
        Int::Big(b) => Value::from_bigint(b),
    }
}

fn to_float(v: &Value) -> Option<Result<f64, NumError>> {
    if let Some(inner) = v.builtin_base() {
        return to_float(inner);
    }
    match v {
        Value::Float(f) => Some(Ok(*f)),
        Value::Int(i) => Some(Ok(*i as f64)),
        Value::Bool(b) => Some(Ok(*b as i64 as f64)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Some(num::int_to_f64(&Int::Big((**b).clone()))),
            _ => None,
        },
        _ => None,
    }
}

pub fn num_err(vm: &Vm, e: NumError) -> Exc {
    match e {
        NumError::ZeroDivision(m) => vm.zero_division(m),
        NumError::Overflow(m) => vm.overflow_error(m),
        NumError::Value(m) => vm.value_error(m),
        NumError::Type(m) => vm.type_error(m),
    }
}

/// Compare an int with a float exactly.
pub fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    num::int_float_cmp(&Int::Big(i.clone()).normalize(), f)
}

pub fn hash_float(f: f64, id: usize) -> i64 {
    if f.is_nan() {
        return (id >> 4) as i64;
    }
    super::num_float::hash_float(f)
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    super::num_float::hash_int(&Int::Big(b.clone()).normalize())
}

fn op_names(vm: &Vm, op: BinOp) -> (&'static str, &'static str, &'static str, &'static str) {
    let _ = vm;
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__", "+"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__", "-"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__", "*"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__", "@"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__", "/"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__", "%"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__", "** or pow()"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__", "<<"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__", ">>"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__", "|"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__", "^"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__", "&"),
    }
}

/// Fast path for two small ints; `None` to fall back.
#[inline(always)]
pub fn small_int_op(op: BinOp, a: i64, b: i64) -> Option<Value> {
    Some(Value::Int(match op {
        BinOp::Add => a.checked_add(b)?,
        BinOp::Sub => a.checked_sub(b)?,
        BinOp::Mul => a.checked_mul(b)?,
        BinOp::FloorDiv => {
            if b == 0 {
                return None;
            }
            let q = a.checked_div(b)?;
            if (a % b != 0) && ((a < 0) != (b < 0)) {
                q - 1
            } else {
                q
            }
        }
        BinOp::Mod => {
            if b == 0 {
                return None;
            }
            let r = a.checked_rem(b)?;
            if r != 0 && ((r < 0) != (b < 0)) {
                r + b
            } else {
                r
            }
        }
        BinOp::BitAnd => a & b,
        BinOp::BitOr => a | b,
        BinOp::BitXor => a ^ b,
        BinOp::LShift => {
            if !(0..63).contains(&b) {
                return None;
            }
            let r = a.checked_shl(b as u32)?;
            if r >> b != a {
                return None;
            }
            r
        }
        BinOp::RShift => {
            if b < 0 {
                return None;
            }
            a >> b.min(63)
        }
        _ => return None,
    }))
}

/// Numeric (int/float) operation; `Ok(None)` if the operands aren't numbers.
fn numeric_op(vm: &Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let is_float = matches!(a, Value::Float(_)) || matches!(b, Value::Float(_));
    if !is_float {
        if let (Some(x), Some(y)) = (to_int(a), to_int(b)) {
            let r = match op {
                BinOp::Add => Ok(num::int_add(&x, &y)),
                BinOp::Sub => Ok(num::int_sub(&x, &y)),
                BinOp::Mul => Ok(num::int_mul(&x, &y)),
                BinOp::FloorDiv => num::int_floordiv(&x, &y),
                BinOp::Mod => num::int_mod(&x, &y),
                BinOp::Div => {
                    return num::int_truediv(&x, &y)
                        .map(|f| Some(Value::Float(f)))
                        .map_err(|e| num_err(vm, e))
                }
                BinOp::Pow => {
                    return match num::int_pow(&x, &y) {
                        Ok(num::PowResult::Int(i)) => Ok(Some(int_value(i))),
                        Ok(num::PowResult::Float(f)) => Ok(Some(Value::Float(f))),
                        Err(e) => Err(num_err(vm, e)),
                    }
                }
                BinOp::LShift => num::int_lshift(&x, &y),
                BinOp::RShift => num::int_rshift(&x, &y),
                BinOp::BitAnd => Ok(num::int_and(&x, &y)),
                BinOp::BitOr => Ok(num::int_or(&x, &y)),
                BinOp::BitXor => Ok(num::int_xor(&x, &y)),
                BinOp::MatMul => return Ok(None),
            };
            return r.map(|i| Some(int_value(i))).map_err(|e| num_err(vm, e));
        }
        return Ok(None);
    }
    let (Some(x), Some(y)) = (to_float(a), to_float(b)) else {
        return Ok(None);
    };
    let x = x.map_err(|e| num_err(vm, e))?;
    let y = y.map_err(|e| num_err(vm, e))?;
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => super::num_float::float_floordiv(x, y).map_err(|e| num_err(vm, e))?,
        BinOp::Mod => super::num_float::float_mod(x, y).map_err(|e| num_err(vm, e))?,
        BinOp::Pow => match super::num_float::float_pow(x, y) {
            Err(e) if e.is_complex_result() => {
                return super::complex_type::real_pow(vm, x, y).map(Some)
            }
            r => r.map_err(|e| num_err(vm, e))?,
        },
        _ => return Ok(None),
    };
    Ok(Some(Value::Float(r)))
}

/// Sequence concatenation/repetition on built-in types.
fn sequence_op(vm: &Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match op {
        BinOp::Add => match (a.payload(), b.payload()) {
            (Some(Payload::Str(x)), Some(Payload::Str(y))) => {
                let mut s = String::with_capacity(x.text.len() + y.text.len());
                s.push_str(&x.text);
                s.push_str(&y.text);
                Ok(Some(Value::str(s)))
            }
            (Some(Payload::List(x)), Some(Payload::List(y))) => {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                Ok(Some(new_list(v)))
            }
            (Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                Ok(Some(new_tuple(v)))
            }
            (Some(Payload::Bytes(x)), Some(Payload::Bytes(y))) => {
                let mut v = x.to_vec();
                v.extend_from_slice(y);
                Ok(Some(Value::Obj(super::ObjRef::new(Payload::Bytes(
                    v.into_boxed_slice(),
                )))))
            }
            _ => Ok(None),
        },
        BinOp::Mul => {
            let (seq, n) = match (a, b) {
                (Value::Int(_) | Value::Bool(_), _) => (b, a),
                _ => (a, b),
            };
            let count = match n {
                Value::Int(i) => *i,
                Value::Bool(b) => *b as i64,
                _ => return Ok(None),
            };
            let count = count.max(0) as usize;
            match seq.payload() {
                Some(Payload::Str(s)) => {
                    check_size(vm, s.text.len(), count)?;
                    Ok(Some(Value::str(s.text.repeat(count))))
                }
                Some(Payload::List(l)) => {
                    let items = l.borrow().clone();
                    check_size(vm, items.len(), count)?;
                    let mut v = Vec::with_capacity(items.len() * count);
                    for _ in 0..count {
                        v.extend(items.iter().cloned());
                    }
                    Ok(Some(new_list(v)))
                }
                Some(Payload::Tuple(t)) => {
                    check_size(vm, t.len(), count)?;
                    let mut v = Vec::with_capacity(t.len() * count);
                    for _ in 0..count {
                        v.extend(t.iter().cloned());
                    }
                    Ok(Some(new_tuple(v)))
                }
                _ => Ok(None),
            }
        }
        BinOp::Mod => match a.payload() {
            Some(Payload::Str(s)) => super::strings::percent_format(vm, &s.text, b).map(Some),
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

fn check_size(vm: &Vm, unit: usize, count: usize) -> PyResult<()> {
    match unit.checked_mul(count) {
        Some(n) if n <= (1 << 34) => Ok(()),
        _ => Err(vm.err(&vm.exc.memory_error, "")),
    }
}

/// `a op b`
pub fn binary_op(vm: &Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let Some(v) = small_int_op(op, *x, *y) {
            return Ok(v);
        }
    }
    binary(vm, op, a, b, false)
}

/// `a op b`, where `inplace` says the operation stands for `a op= b` (no
/// in-place method applied): only the error's operator text differs.
fn binary(vm: &Vm, op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
    if let Some(r) = super::complex_type::fast_binary_op(vm, op, a, b) {
        return r;
    }
    let a_inst = matches!(a.payload(), Some(Payload::Instance(_)));
    let b_inst = matches!(b.payload(), Some(Payload::Instance(_)));
    if !a_inst && !b_inst {
        if let Some(r) = crate::modules::weakref_native::binary_op(vm, op, a, b) {
            return r;
        }
        if let Some(v) = numeric_op(vm, op, a, b)? {
            return Ok(v);
        }
        if let Some(v) = super::complex_type::binary_op(vm, op, a, b)? {
            return Ok(v);
        }
        if let Some(v) = sequence_op(vm, op, a, b)? {
            return Ok(v);
        }
        if let Some(v) = super::setops::set_binop(vm, op, a, b)? {
            return Ok(v);
        }
        if let Some(v) = dict_merge_op(vm, op, a, b)? {
            return Ok(v);
        }
        return Err(unsupported(vm, op, a, b, inplace));
    }
    dunder_binary(vm, op, a, b, inplace)
}

fn dict_merge_op(vm: &Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if op != BinOp::BitOr {
        return Ok(None);
    }
    match (a.payload(), b.payload()) {
        (Some(Payload::Dict(x)), Some(Payload::Dict(y))) => {
            let mut pairs = super::dictops::items(x);
            pairs.extend(super::dictops::items(y));
            super::dictops::new_dict(vm, pairs).map(Some)
        }
        _ => Ok(None),
    }
}

fn unsupported(vm: &Vm, op: BinOp, a: &Value, b: &Value, inplace: bool) -> Exc {
    let (_, _, _, text) = op_names(vm, op);
    let text = match (inplace, op) {
        (false, _) => text.to_owned(),
        (true, BinOp::Pow) => "**=".to_owned(),
        (true, _) => format!("{}=", text),
    };
    if op == BinOp::Add && a.as_str().is_some() {
        return vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(b)
        ));
    }
    if op == BinOp::Add && matches!(a.payload(), Some(Payload::List(_))) {
        return vm.type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            vm.type_name(b)
        ));
    }
    if op == BinOp::Add && matches!(a.payload(), Some(Payload::Tuple(_))) {
        return vm.type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            vm.type_name(b)
        ));
    }
    if op == BinOp::Mul
        && (a.as_str().is_some()
            || b.as_str().is_some()
            || ops::list_of(a).is_some()
            || ops::list_of(b).is_some())
    {
        let other = if a.as_str().is_some() || ops::list_of(a).is_some() {
            b
        } else {
            a
        };
        return vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(other)
        ));
    }
    vm.type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        text,
        vm.type_name(a),
        vm.type_name(b)
    ))
}

/// Builtin behaviour for an instance of a builtin-subclass (e.g. list subclass).
fn builtin_fallback(vm: &Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let unwrap = |v: &Value| -> Value {
        match v.payload() {
            Some(Payload::Instance(Instance {
                base: Base::List(l),
                ..
            })) => new_list(l.borrow().clone()),
            Some(Payload::Instance(Instance {
                base: Base::Value(inner),
                ..
            })) => inner.clone(),
            _ => v.clone(),
        }
    };
    let (x, y) = (unwrap(a), unwrap(b));
    if matches!(x.payload(), Some(Payload::Instance(_)))
        || matches!(y.payload(), Some(Payload::Instance(_)))
    {
        return Ok(None);
    }
    if let Some(v) = numeric_op(vm, op, &x, &y)? {
        return Ok(Some(v));
    }
    if let Some(v) = super::complex_type::binary_op(vm, op, &x, &y)? {
        return Ok(Some(v));
    }
    sequence_op(vm, op, &x, &y)
}

fn dunder_binary(vm: &Vm, op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
    let (name, rname, _, _) = op_names(vm, op);
    let lname = crate::syntax::intern::intern(name);
    let rsym = crate::syntax::intern::intern(rname);
    let ta = vm.type_of(a).clone();
    let tb = vm.type_of(b).clone();
    let b_first = !ta.ptr_eq(&tb) && is_subtype(&tb, &ta) && ops::user_defines(vm, &tb, rsym);
    if b_first {
        if let Some(r) = vm.call_special(b, rsym, std::slice::from_ref(a)) {
            let r = r?;
            if !r.is(&vm.not_implemented) {
                return Ok(r);
            }
        }
    }
    if ops::user_defines(vm, &ta, lname) {
        if let Some(r) = vm.call_special(a, lname, std::slice::from_ref(b)) {
            let r = r?;
            if !r.is(&vm.not_implemented) {
                return Ok(r);
            }
        }
    }
    if !b_first && !ta.ptr_eq(&tb) && ops::user_defines(vm, &tb, rsym) {
        if let Some(r) = vm.call_special(b, rsym, std::slice::from_ref(a)) {
            let r = r?;
            if !r.is(&vm.not_implemented) {
                return Ok(r);
            }
        }
    }
    if op == BinOp::Mod {
        if let Some(s) = a.as_str() {
            return super::strings::percent_format(vm, s, b);
        }
    }
    if let Some(v) = builtin_fallback(vm, op, a, b)? {
        return Ok(v);
    }
    Err(unsupported(vm, op, a, b, inplace))
}

/// `a op= b`
pub fn inplace_op(vm: &Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    // A proxy applies the in-place operator to its referent (proxy_iadd).
    if let Some(t) = super::weakref::proxy_target(vm, a) {
        return inplace_op(vm, op, &t?, b);
    }
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let Some(v) = small_int_op(op, *x, *y) {
            return Ok(v);
        }
    }
    match (op, a.payload()) {
        (BinOp::Add, Some(Payload::List(l))) => {
            let items = ops::collect(vm, b)?;
            l.borrow_mut().extend(items);
            return Ok(a.clone());
        }
        (BinOp::Mul, Some(Payload::List(l))) => {
            let n = ops::index_value(vm, b)?.max(0) as usize;
            let items = l.borrow().clone();
            check_size(vm, items.len(), n)?;
            let mut out = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            let old = std::mem::replace(&mut *l.borrow_mut(), out);
            drop(old);
            return Ok(a.clone());
        }
        (_, Some(Payload::Set(_))) => {
            if let Some(v) = super::setops::set_inplace(vm, op, a, b)? {
                return Ok(v);
            }
        }
        (BinOp::BitOr, Some(Payload::Dict(d))) => {
            if let Some(src) = super::dictops::dict_of(b) {
                for (k, v) in super::dictops::items(src) {
                    super::dictops::set(vm, d, k, v)?;
                }
                return Ok(a.clone());
            }
        }
        (_, Some(Payload::Instance(_))) => {
            let (_, _, iname, _) = op_names(vm, op);
            let isym = crate::syntax::intern::intern(iname);
            if ops::user_defines(vm, vm.type_of(a), isym) {
                if let Some(r) = vm.call_special(a, isym, std::slice::from_ref(b)) {
                    let r = r?;
                    if !r.is(&vm.not_implemented) {
                        return Ok(r);
                    }
                }
            }
            if let Some(l) = ops::list_of(a) {
                if op == BinOp::Add
                    && !ops::user_defines(
                        vm,
                        vm.type_of(a),
                        crate::syntax::intern::intern("__add__"),
                    )
                {
                    let items = ops::collect(vm, b)?;
                    l.borrow_mut().extend(items);
                    return Ok(a.clone());
                }
            }
        }
        _ => {}
    }
    binary(vm, op, a, b, true)
}

/// Unary operators.
pub fn unary_op(vm: &Vm, op: UnaryOp, v: &Value) -> PyResult<Value> {
    if let Some(inner) = v.builtin_base() {
        let sym = match op {
            UnaryOp::Neg => Some(vm.sym.neg),
            UnaryOp::Pos => Some(vm.sym.pos),
            UnaryOp::Invert => Some(vm.sym.invert),
            UnaryOp::Not => None,
        };
        if let Some(sym) = sym {
            if !ops::user_defines(vm, vm.type_of(v), sym) {
                return unary_op(vm, op, inner);
            }
        }
    }
    match op {
        UnaryOp::Not => return Ok(Value::Bool(!ops::truthy(vm, v)?)),
        UnaryOp::Neg => match v {
            Value::Int(i) => {
                return Ok(i
                    .checked_neg()
                    .map_or_else(|| Value::from_bigint(-BigInt::from(*i)), Value::Int))
            }
            Value::Bool(b) => return Ok(Value::Int(-(*b as i64))),
            Value::Float(f) => return Ok(Value::Float(-f)),
            _ => {
                if let Some(b) = big_of(v) {
                    return Ok(Value::from_bigint(-b));
                }
                if let Some(z) = super::complex_type::negate(v) {
                    return Ok(z);
                }
            }
        },
        UnaryOp::Pos => match v {
            Value::Int(_) | Value::Float(_) => return Ok(v.clone()),
            Value::Bool(b) => return Ok(Value::Int(*b as i64)),
            _ => {
                if big_of(v).is_some() {
                    return Ok(v.clone());
                }
                if let Some(z) = super::complex_type::positive(v) {
                    return Ok(z);
                }
            }
        },
        UnaryOp::Invert => match v {
            Value::Int(i) => return Ok(Value::Int(!i)),
            Value::Bool(b) => return Ok(Value::Int(!(*b as i64))),
            _ => {
                if let Some(b) = big_of(v) {
                    return Ok(Value::from_bigint(-b - 1));
                }
            }
        },
    }
    let (sym, text) = match op {
        UnaryOp::Neg => (vm.sym.neg, "-"),
        UnaryOp::Pos => (vm.sym.pos, "+"),
        _ => (vm.sym.invert, "~"),
    };
    match vm.call_special(v, sym, &[]) {
        Some(r) => r,
        None => Err(vm.type_error(format!(
            "bad operand type for unary {}: '{}'",
            text,
            vm.type_name(v)
        ))),
    }
}

fn big_of(v: &Value) -> Option<BigInt> {
    match v.payload() {
        Some(Payload::BigInt(b)) => Some((**b).clone()),
        _ => None,
    }
}

/// `abs(v)`
pub fn abs(vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Some(inner) = v.builtin_base() {
        if !ops::user_defines(vm, vm.type_of(v), vm.sym.abs) {
            return abs(vm, inner);
        }
    }
    match v {
        Value::Int(i) => Ok(i.checked_abs().map_or_else(
            || Value::from_bigint(BigInt::from(*i).magnitude().clone().into()),
            Value::Int,
        )),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        _ => {
            if let Some(b) = big_of(v) {
                return Ok(Value::from_bigint(if b < BigInt::zero() { -b } else { b }));
            }
            if let Some(r) = super::complex_type::abs(vm, v) {
                return r;
            }
            match vm.call_special(v, vm.sym.abs, &[]) {
                Some(r) => r,
                None => {
                    Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v))))
                }
            }
        }
    }
}

/// An int value as f64 if it is a number (for `float()`).
pub fn as_f64(vm: &Vm, v: &Value) -> Option<PyResult<f64>> {
    to_float(v).map(|r| r.map_err(|e| num_err(vm, e)))
}

/// Convert an int-like value to BigInt (for formatting etc.).
pub fn as_bigint(v: &Value) -> Option<BigInt> {
    match v.builtin_base() {
        Some(inner) => to_bigint(inner),
        None => to_bigint(v),
    }
}

/// f64 → Python int value.
pub fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_finite() && f.abs() < 9.0e18 {
        return Ok(Value::Int(f.trunc() as i64));
    }
    num::float_to_int(f)
        .map(int_value)
        .map_err(|e| num_err(vm, e))
}

/// i64 from any int value if it fits.
pub fn small(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => b.to_i64(),
            _ => None,
        },
        _ => None,
    }
}
