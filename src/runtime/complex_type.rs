//! The `complex` type as Python sees it: the constructor (`complex(1, 2)`,
//! `complex("1+2j")`, `__complex__`), the operators with int/float/complex
//! mixing in both directions, equality, the methods and the `real`/`imag`
//! properties.
//!
//! Owns only the object layer; the arithmetic, text forms and hashing are
//! in `complex`. Operands of other types give `NotImplemented` (so the
//! usual "unsupported operand" errors come out), as CPython's slots do.

use super::arith::{self, num_err};
use super::complex::{self, C64};
use super::heap::ObjRef;
use super::object::*;
use super::{PyResult, Value};
use crate::builtins::{add_methods, checked_natives, kwarg, method_arity, set_type_attr, Arity::*};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::Vm;

/// A new complex value.
pub fn new_value(z: C64) -> Value {
    Value::Obj(ObjRef::new(Payload::Complex(z)))
}

/// The complex inside a complex (or complex-subclass) value.
pub fn as_complex(v: &Value) -> Option<C64> {
    match v.builtin_base().unwrap_or(v).payload() {
        Some(Payload::Complex(z)) => Some(*z),
        _ => None,
    }
}

/// A number usable as a complex operand (int, bool, float, complex and
/// their subclasses); `None` for anything else.
fn operand(vm: &Vm, v: &Value) -> Option<PyResult<C64>> {
    if let Some(z) = as_complex(v) {
        return Some(Ok(z));
    }
    arith::as_f64(vm, v).map(|r| r.map(|f| C64::new(f, 0.0)))
}

/// `a op b` when either side is a complex; `Ok(None)` when the operation
/// does not apply (another type, or `//`, `%`, bit operators).
pub fn binary_op(vm: &Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if as_complex(a).is_none() && as_complex(b).is_none() {
        return Ok(None);
    }
    if !matches!(
        op,
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Pow
    ) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (operand(vm, a), operand(vm, b)) else {
        return Ok(None);
    };
    apply(vm, op, x?, y?).map(Some)
}

/// The common cases first: a plain complex with a plain complex, float or
/// small int (no subclass instances, which may override the operator).
#[inline]
pub fn fast_binary_op(vm: &Vm, op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let plain = |v: &Value| match v {
        Value::Obj(o) => match &o.payload {
            Payload::Complex(z) => Some(*z),
            _ => None,
        },
        Value::Float(f) => Some(C64::new(*f, 0.0)),
        Value::Int(i) => Some(C64::new(*i as f64, 0.0)),
        _ => None,
    };
    let (x, y) = (plain(a)?, plain(b)?);
    let is_complex = |v: &Value| matches!(v, Value::Obj(_));
    if !(is_complex(a) || is_complex(b))
        || !matches!(
            op,
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Pow
        )
    {
        return None;
    }
    Some(apply(vm, op, x, y))
}

fn apply(vm: &Vm, op: BinOp, x: C64, y: C64) -> PyResult<Value> {
    let z = match op {
        BinOp::Add => complex::add(x, y),
        BinOp::Sub => complex::sub(x, y),
        BinOp::Mul => complex::mul(x, y),
        BinOp::Div => {
            complex::quot(x, y).ok_or_else(|| vm.zero_division("complex division by zero"))?
        }
        _ => complex::pow(x, y).map_err(|e| num_err(vm, e))?,
    };
    Ok(new_value(z))
}

/// `x ** y` for floats whose result is complex (a negative base with a
/// non-integral exponent: CPython's `float_pow` hands it to complex pow).
pub fn real_pow(vm: &Vm, x: f64, y: f64) -> PyResult<Value> {
    apply(vm, BinOp::Pow, C64::new(x, 0.0), C64::new(y, 0.0))
}

/// `-z`, `+z` and `abs(z)` for a complex `v`; `None` for other values.
pub fn negate(v: &Value) -> Option<Value> {
    as_complex(v).map(|z| new_value(C64::new(-z.re, -z.im)))
}
pub fn positive(v: &Value) -> Option<Value> {
    as_complex(v).map(new_value)
}
pub fn abs(vm: &Vm, v: &Value) -> Option<PyResult<Value>> {
    let z = as_complex(v)?;
    Some(
        complex::abs(z)
            .map(Value::Float)
            .map_err(|e| num_err(vm, e)),
    )
}

/// `hash(z)`; NaN parts hash by the object's identity as in CPython.
pub fn hash(v: &Value) -> Option<i64> {
    let z = as_complex(v)?;
    Some(complex::hash(z, |f| arith::hash_float(f, v.id())))
}

/// Rich comparison when one side is a complex and the other a built-in
/// number (`complex_richcompare`): equality by value, ordering refused.
pub fn compare(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> Option<PyResult<Value>> {
    let (z, other) = match (as_complex(a), as_complex(b)) {
        (Some(z), _) => (z, b),
        (None, Some(z)) => (z, a),
        _ => return None,
    };
    let eq = match op {
        CmpOp::Eq => true,
        CmpOp::NotEq => false,
        _ => {
            if let Err(e) = operand(vm, other)? {
                return Some(Err(e));
            }
            return Some(Err(vm.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                cmp_text(op),
                vm.type_name(a),
                vm.type_name(b)
            ))));
        }
    };
    let same = if let Some(w) = as_complex(other) {
        z.re == w.re && z.im == w.im
    } else if arith::as_f64(vm, other).is_some() {
        // Ints compare exactly (through float-vs-int comparison).
        if z.im != 0.0 {
            false
        } else {
            match super::ops::eq(
                vm,
                &Value::Float(z.re),
                other.builtin_base().unwrap_or(other),
            ) {
                Ok(r) => r,
                Err(e) => return Some(Err(e)),
            }
        }
    } else {
        return None;
    };
    Some(Ok(Value::Bool(same == eq)))
}

fn cmp_text(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        _ => ">=",
    }
}

// ---- the type ---------------------------------------------------------------

pub fn install(vm: &Vm) {
    let t = &vm.types;
    add_methods(
        vm,
        &t.complex,
        "complex",
        &[
            ("__new__", complex_new),
            ("conjugate", c_conjugate),
            ("__complex__", c_complex),
            ("__getnewargs__", c_getnewargs),
            ("__abs__", c_abs),
            ("__neg__", c_neg),
            ("__pos__", c_pos),
            ("__bool__", c_bool),
            ("__hash__", c_hash),
            ("__repr__", c_repr),
            ("__format__", c_format),
        ],
    );
    add_methods(vm, &t.complex, "complex", BINOPS);
    let prop = |f: NativeFn, name: &'static str| crate::builtins::getter_property(name, f);
    set_type_attr(vm, &t.complex, "real", prop(c_real, "real"));
    set_type_attr(vm, &t.complex, "imag", prop(c_imag, "imag"));
}

fn self_of(vm: &Vm, args: &Args, name: &str) -> PyResult<C64> {
    match args.pos.first() {
        Some(v) => {
            as_complex(v).ok_or_else(|| super::numbers::descr_err(vm, name, "complex", Some(v)))
        }
        None => Err(super::numbers::descr_err(vm, name, "complex", None)),
    }
}

fn c_real(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(self_of(vm, &args, "real")?.re))
}
fn c_imag(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(self_of(vm, &args, "imag")?.im))
}
fn c_conjugate(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "complex.conjugate", NoArgs)?;
    let z = self_of(vm, &args, "conjugate")?;
    Ok(new_value(C64::new(z.re, -z.im)))
}
checked_natives! {
    c_complex "complex.__complex__" NoArgs => c_plain;
    c_pos "complex.__pos__" Slot(0) => c_plain;
}
/// `self` as a plain complex; its callers check the arguments.
fn c_plain(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(new_value(self_of(vm, &args, "__complex__")?))
}
fn c_getnewargs(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "complex.__getnewargs__", NoArgs)?;
    let z = self_of(vm, &args, "__getnewargs__")?;
    Ok(super::ops::new_tuple(vec![
        Value::Float(z.re),
        Value::Float(z.im),
    ]))
}
fn c_abs(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "complex.__abs__", Slot(0))?;
    let z = self_of(vm, &args, "__abs__")?;
    complex::abs(z)
        .map(Value::Float)
        .map_err(|e| num_err(vm, e))
}
fn c_neg(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "complex.__neg__", Slot(0))?;
    let z = self_of(vm, &args, "__neg__")?;
    Ok(new_value(C64::new(-z.re, -z.im)))
}
fn c_bool(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "complex.__bool__", Slot(0))?;
    let z = self_of(vm, &args, "__bool__")?;
    Ok(Value::Bool(z.re != 0.0 || z.im != 0.0))
}
fn c_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "complex.__hash__", Slot(0))?;
    self_of(vm, &args, "__hash__")?;
    Ok(Value::Int(hash(&args.pos[0]).unwrap_or(0)))
}
fn c_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "complex.__repr__", Slot(0))?;
    Ok(Value::str(complex::repr(self_of(vm, &args, "__repr__")?)))
}
fn c_format(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "complex.__format__", One)?;
    let z = self_of(vm, &args, "__format__")?;
    let Some(spec) = args.pos[1].as_str() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&args.pos[1])
        )));
    };
    format(vm, &args.pos[0], z, spec).map(Value::str)
}

/// `format(z, spec)`: an empty spec is `str(z)` (which a subclass may
/// override), anything else the complex format mini-language.
pub fn format(vm: &Vm, v: &Value, z: C64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return super::repr::str_of(vm, v);
    }
    complex::format(z, spec).map_err(|e| num_err(vm, e))
}

enum Op {
    Bin(BinOp),
    Cmp(CmpOp),
}

fn binop(vm: &Vm, args: &Args, op: Op, reflected: bool, qualname: &str) -> PyResult<Value> {
    let is_pow = matches!(op, Op::Bin(BinOp::Pow));
    let arity = if is_pow { Unpack(1, 2) } else { Slot(1) };
    method_arity(vm, args, qualname, arity)?;
    let name = qualname.rsplit('.').next().unwrap_or(qualname);
    let me = self_of(vm, args, name)?;
    let Some(other) = operand(vm, &args.pos[1]) else {
        return Ok(vm.not_implemented.clone());
    };
    let other = other?;
    match op {
        Op::Bin(o) => {
            if is_pow && args.pos.get(2).is_some_and(|m| !m.is_none()) {
                return Err(vm.value_error("complex modulo"));
            }
            let (x, y) = if reflected { (other, me) } else { (me, other) };
            apply(vm, o, x, y)
        }
        Op::Cmp(c) => compare(vm, &args.pos[0], &args.pos[1], c)
            .unwrap_or_else(|| Ok(vm.not_implemented.clone()))
            .or_else(|e| match c {
                CmpOp::Eq | CmpOp::NotEq => Err(e),
                _ => Ok(vm.not_implemented.clone()),
            }),
    }
}

macro_rules! binops {
    ($($fname:ident $name:literal $op:expr, $rev:expr;)*) => {
        $(fn $fname(vm: &Vm, args: Args) -> PyResult<Value> {
            binop(vm, &args, $op, $rev, concat!("complex.", $name))
        })*
        const BINOPS: &[(&str, NativeFn)] = &[$(($name, $fname),)*];
    };
}

binops!(
    c_add "__add__" Op::Bin(BinOp::Add), false;
    c_radd "__radd__" Op::Bin(BinOp::Add), true;
    c_sub "__sub__" Op::Bin(BinOp::Sub), false;
    c_rsub "__rsub__" Op::Bin(BinOp::Sub), true;
    c_mul "__mul__" Op::Bin(BinOp::Mul), false;
    c_rmul "__rmul__" Op::Bin(BinOp::Mul), true;
    c_truediv "__truediv__" Op::Bin(BinOp::Div), false;
    c_rtruediv "__rtruediv__" Op::Bin(BinOp::Div), true;
    c_pow "__pow__" Op::Bin(BinOp::Pow), false;
    c_rpow "__rpow__" Op::Bin(BinOp::Pow), true;
    c_eq "__eq__" Op::Cmp(CmpOp::Eq), false;
    c_ne "__ne__" Op::Cmp(CmpOp::NotEq), false;
    c_lt "__lt__" Op::Cmp(CmpOp::Lt), false;
    c_le "__le__" Op::Cmp(CmpOp::LtE), false;
    c_gt "__gt__" Op::Cmp(CmpOp::Gt), false;
    c_ge "__ge__" Op::Cmp(CmpOp::GtE), false;
);

// ---- the constructor ----------------------------------------------------------

fn complex_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = crate::builtins::convert::cls_arg(vm, &args)?;
    if args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    for (k, _) in args.kw {
        if !matches!(k.as_str(), "real" | "imag") {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for complex()",
                k.as_str()
            )));
        }
    }
    let real = args.pos.get(1).or_else(|| kwarg(&args, "real"));
    let imag = args.pos.get(2).or_else(|| kwarg(&args, "imag"));
    let z = match real {
        Some(r) if cls.ptr_eq(&vm.types.complex) && imag.is_none() => {
            if let Some(Payload::Complex(_)) = r.payload() {
                return Ok(r.clone());
            }
            from_args(vm, r, None)?
        }
        Some(r) => from_args(vm, r, imag)?,
        None => match imag {
            Some(i) => from_args(vm, &Value::Int(0), Some(i))?,
            None => C64::new(0.0, 0.0),
        },
    };
    crate::builtins::convert::as_subclass(vm, &cls, &vm.types.complex, Ok(new_value(z)))
}

/// `complex(real, imag)` (CPython's `complex_new_impl`).
fn from_args(vm: &Vm, real: &Value, imag: Option<&Value>) -> PyResult<C64> {
    if let Some(s) = real.as_str() {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return complex::parse(s).map_err(|e| match e {
            complex::ParseError::Malformed => vm.value_error("complex() arg is a malformed string"),
            complex::ParseError::Underscores => vm.value_error(format!(
                "could not convert string to complex: {}",
                super::repr::str_repr(s)
            )),
        });
    }
    if imag.is_some_and(|i| i.as_str().is_some()) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let real = match special_complex(vm, real)? {
        Some(z) => new_value(z),
        None => real.clone(),
    };
    if !is_number(vm, &real) {
        return Err(vm.type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            vm.type_name(&real)
        )));
    }
    if let Some(i) = imag {
        if !is_number(vm, i) {
            return Err(vm.type_error(format!(
                "complex() second argument must be a number, not '{}'",
                vm.type_name(i)
            )));
        }
    }
    let (cr, cr_is_complex) = match as_complex(&real) {
        Some(z) => (z, true),
        None => (C64::new(to_float(vm, &real)?, 0.0), false),
    };
    let (ci, ci_is_complex) = match imag {
        None => (C64::new(cr.im, 0.0), false),
        Some(i) => match as_complex(i) {
            Some(z) => (z, true),
            None => (C64::new(to_float(vm, i)?, 0.0), false),
        },
    };
    let mut re = cr.re;
    let mut im = ci.re;
    if ci_is_complex {
        re -= ci.im;
    }
    if cr_is_complex && imag.is_some() {
        im += cr.im;
    }
    Ok(C64::new(re, im))
}

/// Any number as a complex (`PyComplex_AsCComplex`: complex, `__complex__`,
/// then `__float__`/`__index__`), for `cmath`.
pub fn to_c64(vm: &Vm, v: &Value) -> PyResult<C64> {
    if let Some(z) = as_complex(v) {
        return Ok(z);
    }
    if let Some(z) = special_complex(vm, v)? {
        return Ok(z);
    }
    Ok(C64::new(to_float(vm, v)?, 0.0))
}

/// The result of `__complex__` for an object whose type defines it.
fn special_complex(vm: &Vm, v: &Value) -> PyResult<Option<C64>> {
    if matches!(v.payload(), Some(Payload::Complex(_))) {
        return Ok(None);
    }
    let Some(r) = vm.call_special(v, crate::syntax::intern::intern("__complex__"), &[]) else {
        return Ok(None);
    };
    let r = r?;
    match as_complex(&r) {
        Some(z) => Ok(Some(z)),
        None => Err(vm.type_error(format!(
            "__complex__ returned non-complex (type {})",
            vm.type_name(&r)
        ))),
    }
}

fn is_number(vm: &Vm, v: &Value) -> bool {
    as_complex(v).is_some()
        || arith::as_f64(vm, v).is_some()
        || vm.special(v, vm.sym.float).is_some()
        || vm.special(v, vm.sym.index).is_some()
}

/// `float(v)` for a number that is not complex (`PyNumber_Float`).
fn to_float(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(r) = arith::as_f64(vm, v) {
        return r;
    }
    for sym in [vm.sym.float, vm.sym.index] {
        if let Some(r) = vm.call_special(v, sym, &[]) {
            let r = r?;
            if let Some(f) = arith::as_f64(vm, &r) {
                return f;
            }
            return Err(vm.type_error(format!(
                "{}() returned non-float (type {})",
                vm.sym_str(sym).as_str().unwrap_or("__float__"),
                vm.type_name(&r)
            )));
        }
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}
