//! Methods and attributes of `int`, `bool` and `float`: `bit_length`,
//! `to_bytes`/`from_bytes`, `as_integer_ratio` (float-only methods are in `floats`),
//! the `real`/`imag`/`numerator`/`denominator` properties, and the dunders
//! (`int.__add__(3, 4)`, `(2.5).__round__()`, ...).
//!
//! Owns only the method layer: operator semantics come from `arith`/`ops`,
//! numeric kernels from `num`. Binary dunders return `NotImplemented` for
//! operands of foreign types, as CPython's slot wrappers do.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

use super::arith::{self, int_value};
use super::heap::ObjRef;
use super::object::*;
use super::ops::{self, new_tuple, to_bigint};
use super::{PyResult, Value};
use crate::builtins::{
    add_methods, checked_natives, format_value, kwarg, method_arity, set_type_attr, Arity::*,
};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use crate::vm::Vm;

/// `int.name` or `float.name` after the kind of `self` (a static string
/// for argument-count errors).
macro_rules! num_qual {
    ($args:expr, $name:literal) => {
        match $args.pos.first().map(|v| v.builtin_base().unwrap_or(v)) {
            Some(Value::Float(_)) => concat!("float.", $name),
            _ => concat!("int.", $name),
        }
    };
}

pub fn install(vm: &Vm) {
    let t = &vm.types;
    add_methods(
        vm,
        &t.int,
        "int",
        &[
            ("bit_length", int_bit_length),
            ("bit_count", int_bit_count),
            ("to_bytes", int_to_bytes),
            ("conjugate", int_conjugate),
            ("as_integer_ratio", int_as_integer_ratio),
            ("__index__", int_index),
            ("__int__", int_int),
            ("__trunc__", int_trunc),
            ("__floor__", int_floor),
            ("__ceil__", int_ceil),
            ("__pos__", int_pos_),
            ("__invert__", d_invert),
            ("__float__", int_float),
            ("__round__", int_round),
            ("__getnewargs__", int_getnewargs),
        ],
    );
    add_methods(vm, &t.int, "int", COMMON);
    add_methods(vm, &t.int, "int", INT_BINOPS);
    add_methods(vm, &t.bool, "bool", BOOL_BINOPS);
    super::floats::install(vm);
    add_methods(vm, &t.float, "float", COMMON);
    add_methods(vm, &t.float, "float", FLOAT_BINOPS);
    let prop = |f: NativeFn, name: &'static str| crate::builtins::getset_property(name, "int", f);
    set_type_attr(vm, &t.int, "real", prop(int_real, "real"));
    set_type_attr(vm, &t.int, "numerator", prop(int_real, "numerator"));
    set_type_attr(vm, &t.int, "imag", prop(zero_int, "imag"));
    set_type_attr(vm, &t.int, "denominator", prop(one_int, "denominator"));
    let classmethod = |f: NativeFn, name: &'static str| {
        Value::Obj(ObjRef::new(Payload::ClassMethod(crate::builtins::native(
            name, f,
        ))))
    };
    set_type_attr(
        vm,
        &t.int,
        "from_bytes",
        classmethod(int_from_bytes, "from_bytes"),
    );
}

/// Unary dunders shared by int and float (they dispatch on the value).
const COMMON: &[(&str, NativeFn)] = &[
    ("__abs__", d_abs),
    ("__neg__", d_neg),
    ("__bool__", d_bool),
    ("__hash__", d_hash),
    ("__format__", d_format),
    ("__repr__", d_repr),
];

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.payload(), Some(Payload::BigInt(_)))
}

pub fn descr_err(vm: &Vm, name: &str, owner: &str, v: Option<&Value>) -> super::Exc {
    match v {
        Some(v) => vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            owner,
            vm.type_name(v)
        )),
        None => vm.type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            name, owner
        )),
    }
}

fn int_self(vm: &Vm, args: &Args, name: &str) -> PyResult<BigInt> {
    match args.pos.first().map(|v| v.builtin_base().unwrap_or(v)) {
        Some(v) if is_int(v) => Ok(to_bigint(v).unwrap_or_default()),
        other => Err(descr_err(vm, name, "int", other)),
    }
}

pub fn float_self(vm: &Vm, args: &Args, name: &str) -> PyResult<f64> {
    match args.pos.first().map(|v| v.builtin_base().unwrap_or(v)) {
        Some(Value::Float(f)) => Ok(*f),
        other => Err(descr_err(vm, name, "float", other)),
    }
}

/// The int value with bools turned into plain ints.
fn plain_int(v: &Value) -> Value {
    let v = v.builtin_base().unwrap_or(v);
    match v {
        Value::Bool(b) => Value::Int(*b as i64),
        _ => v.clone(),
    }
}

// ---- int ------------------------------------------------------------------

fn int_bit_length(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "int.bit_length", NoArgs)?;
    Ok(Value::Int(int_self(vm, &args, "bit_length")?.bits() as i64))
}

fn int_bit_count(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "int.bit_count", NoArgs)?;
    Ok(Value::Int(
        int_self(vm, &args, "bit_count")?.magnitude().count_ones() as i64,
    ))
}

checked_natives! {
    int_conjugate "int.conjugate" NoArgs => int_pos;
    int_index "int.__index__" Slot(0) => int_pos;
    int_int "int.__int__" Slot(0) => int_pos;
    int_trunc "int.__trunc__" NoArgs => int_pos;
    int_floor "int.__floor__" NoArgs => int_pos;
    int_ceil "int.__ceil__" NoArgs => int_pos;
    int_pos_ "int.__pos__" Slot(0) => int_pos;
}

/// The identity on ints (bools become ints); its callers check the arguments.
fn int_pos(vm: &Vm, args: Args) -> PyResult<Value> {
    int_self(vm, &args, "__pos__")?;
    Ok(plain_int(&args.pos[0]))
}

fn int_real(vm: &Vm, args: Args) -> PyResult<Value> {
    int_self(vm, &args, "real")?;
    Ok(plain_int(&args.pos[0]))
}
fn zero_int(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(0))
}
fn one_int(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn int_float(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "int.__float__", Slot(0))?;
    int_self(vm, &args, "__float__")?;
    arith::as_f64(vm, &args.pos[0])
        .unwrap_or(Ok(0.0))
        .map(Value::Float)
}

fn int_as_integer_ratio(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "int.as_integer_ratio", NoArgs)?;
    int_self(vm, &args, "as_integer_ratio")?;
    Ok(new_tuple(vec![plain_int(&args.pos[0]), Value::Int(1)]))
}

pub fn int_getnewargs(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, num_qual!(&args, "__getnewargs__"), NoArgs)?;
    Ok(new_tuple(vec![plain_int(&args.pos[0])]))
}

fn int_round(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "int.__round__", Clinic(0, 1))?;
    let x = int_self(vm, &args, "__round__")?;
    match args.pos.get(1).filter(|v| !v.is_none()) {
        None => Ok(plain_int(&args.pos[0])),
        Some(n) => {
            let n = ops::index_value(vm, n)?;
            Ok(int_value(super::num::int_round(
                &super::num::Int::Big(x).normalize(),
                n,
            )))
        }
    }
}

/// `length`, `byteorder` and `signed` of `to_bytes`/`from_bytes`.
fn byteorder(vm: &Vm, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => match v.as_str() {
            Some("little") => Ok(true),
            Some("big") => Ok(false),
            Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
            None => Err(vm.type_error(format!(
                "to_bytes() argument 'byteorder' must be str, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

fn int_to_bytes(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "int.to_bytes", Keywords(0, 2, 3))?;
    let x = int_self(vm, &args, "to_bytes")?;
    let length = match args.pos.get(1).or_else(|| kwarg(&args, "length")) {
        Some(v) => ops::index_value(vm, v)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = byteorder(vm, args.pos.get(2).or_else(|| kwarg(&args, "byteorder")))?;
    let signed = match kwarg(&args, "signed") {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    if !signed && x.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        x.to_signed_bytes_be()
    } else {
        x.magnitude().to_bytes_be()
    };
    if x.is_zero() {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        // Signed values may carry one redundant sign byte.
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if signed && x.is_negative() { 0xff } else { 0 };
    let mut out = vec![fill; length - bytes.len()];
    out.extend(bytes);
    if little {
        out.reverse();
    }
    Ok(Value::Obj(ObjRef::new(Payload::Bytes(
        out.into_boxed_slice(),
    ))))
}

fn int_from_bytes(vm: &Vm, args: Args) -> PyResult<Value> {
    Keywords(0, 2, 3).check(vm, "int.from_bytes", &args, 1)?;
    let Some(src) = args.pos.get(1).or_else(|| kwarg(&args, "bytes")) else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let data: Vec<u8> = match src.payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        _ => {
            if src.as_str().is_some() {
                return Err(vm.type_error("cannot convert 'str' object to bytes"));
            }
            let mut out = Vec::new();
            for x in ops::collect(vm, src)? {
                match ops::index_value(vm, &x)? {
                    b @ 0..=255 => out.push(b as u8),
                    _ => return Err(vm.value_error("bytes must be in range(0, 256)")),
                }
            }
            out
        }
    };
    let little = byteorder(vm, args.pos.get(2).or_else(|| kwarg(&args, "byteorder")))?;
    let signed = match kwarg(&args, "signed") {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    let n = match (little, signed) {
        (true, true) => BigInt::from_signed_bytes_le(&data),
        (false, true) => BigInt::from_signed_bytes_be(&data),
        (true, false) => BigInt::from_bytes_le(Sign::Plus, &data),
        (false, false) => BigInt::from_bytes_be(Sign::Plus, &data),
    };
    let v = Value::from_bigint(n);
    match args.pos.first().and_then(|c| c.as_obj()) {
        Some(c) if !c.ptr_eq(&vm.types.int) => vm.call(&args.pos[0], vec![v], &[]),
        _ => Ok(v),
    }
}

// ---- shared unary dunders ---------------------------------------------------

/// `self` of a unary slot wrapper (`qualname` is `int.name` or `float.name`).
fn num_self<'a>(vm: &Vm, args: &'a Args, qualname: &str) -> PyResult<&'a Value> {
    method_arity(vm, args, qualname, Slot(0))?;
    let name = qualname.rsplit('.').next().unwrap_or(qualname);
    match args.pos.first().map(|v| v.builtin_base().unwrap_or(v)) {
        Some(v) if is_int(v) || matches!(v, Value::Float(_)) => Ok(v),
        other => Err(descr_err(vm, name, "int", other)),
    }
}

fn d_abs(vm: &Vm, args: Args) -> PyResult<Value> {
    arith::abs(vm, num_self(vm, &args, num_qual!(&args, "__abs__"))?)
}
fn d_neg(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = num_self(vm, &args, num_qual!(&args, "__neg__"))?;
    arith::unary_op(vm, UnaryOp::Neg, v)
}
fn d_invert(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = num_self(vm, &args, "int.__invert__")?;
    if matches!(v, Value::Float(_)) {
        return Err(vm.type_error("bad operand type for unary ~: 'float'"));
    }
    arith::unary_op(vm, UnaryOp::Invert, v)
}
fn d_bool(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(ops::truthy(
        vm,
        num_self(vm, &args, num_qual!(&args, "__bool__"))?,
    )?))
}
fn d_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = num_self(vm, &args, num_qual!(&args, "__hash__"))?;
    Ok(Value::Int(ops::hash(vm, v)?))
}
fn d_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::str(super::repr::repr(
        vm,
        num_self(vm, &args, num_qual!(&args, "__repr__"))?,
    )?))
}
fn d_format(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, num_qual!(&args, "__format__"), One)?;
    let v = &args.pos[0];
    let Some(spec) = args.pos[1].as_str() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&args.pos[1])
        )));
    };
    Ok(Value::str(format_value(vm, v, spec)?))
}

// ---- binary dunders ---------------------------------------------------------

/// Which operands a type's binary dunders accept.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Int,
    Bool,
    Float,
}

fn accepts(kind: Kind, v: &Value) -> bool {
    match kind {
        Kind::Int => is_int(v),
        Kind::Bool => matches!(v, Value::Bool(_)),
        Kind::Float => is_int(v) || matches!(v, Value::Float(_)),
    }
}

enum Op {
    Bin(BinOp),
    Cmp(CmpOp),
    DivMod,
}

fn binop(vm: &Vm, args: &Args, kind: Kind, op: Op, rev: bool, qualname: &str) -> PyResult<Value> {
    let owner = match kind {
        Kind::Int => "int",
        Kind::Bool => "bool",
        Kind::Float => "float",
    };
    let is_pow = matches!(op, Op::Bin(BinOp::Pow));
    let arity = if is_pow { Unpack(1, 2) } else { Slot(1) };
    method_arity(vm, args, qualname, arity)?;
    let name = qualname.rsplit('.').next().unwrap_or(qualname);
    let me = args.pos[0].builtin_base().unwrap_or(&args.pos[0]);
    let self_ok = match kind {
        Kind::Float => matches!(me, Value::Float(_)),
        Kind::Bool => matches!(me, Value::Bool(_)),
        Kind::Int => is_int(me),
    };
    if !self_ok {
        return Err(descr_err(vm, name, owner, Some(me)));
    }
    let other = &args.pos[1];
    if !accepts(kind, other) {
        if kind == Kind::Bool {
            // bool's own `&`/`|`/`^` fall back to int's for int operands.
            return binop(vm, args, Kind::Int, op, rev, qualname);
        }
        return Ok(vm.not_implemented.clone());
    }
    if let (Kind::Bool, Value::Bool(x), Value::Bool(y), Op::Bin(o)) = (kind, me, other, &op) {
        return Ok(Value::Bool(match o {
            BinOp::BitAnd => x & y,
            BinOp::BitOr => x | y,
            _ => x ^ y,
        }));
    }
    let (a, b) = if kind == Kind::Int {
        (plain_int(me), plain_int(other))
    } else {
        (me.clone(), other.clone())
    };
    let (a, b) = if rev { (b, a) } else { (a, b) };
    match op {
        Op::Cmp(c) => ops::compare(vm, &a, &b, c),
        Op::DivMod => {
            let q = arith::binary_op(vm, BinOp::FloorDiv, &a, &b)?;
            let r = arith::binary_op(vm, BinOp::Mod, &a, &b)?;
            Ok(new_tuple(vec![q, r]))
        }
        Op::Bin(BinOp::Pow) if args.pos.len() == 3 && !args.pos[2].is_none() => {
            let m = &args.pos[2];
            if rev || kind == Kind::Float || !is_int(m) {
                if kind == Kind::Float {
                    return Err(vm.type_error(
                        "pow() 3rd argument not allowed unless all arguments are integers",
                    ));
                }
                return Ok(vm.not_implemented.clone());
            }
            crate::builtins::functions::pow3(vm, &a, &b, m)
        }
        Op::Bin(o) => arith::binary_op(vm, o, &a, &b),
    }
}

macro_rules! binops {
    ($table:ident, $kind:expr, $owner:literal: $($fname:ident $name:literal $op:expr, $rev:expr;)*) => {
        $(fn $fname(vm: &Vm, args: Args) -> PyResult<Value> {
            binop(vm, &args, $kind, $op, $rev, concat!($owner, ".", $name))
        })*
        const $table: &[(&str, NativeFn)] = &[$(($name, $fname),)*];
    };
}

binops!(INT_BINOPS, Kind::Int, "int":
    i_add "__add__" Op::Bin(BinOp::Add), false;
    i_radd "__radd__" Op::Bin(BinOp::Add), true;
    i_sub "__sub__" Op::Bin(BinOp::Sub), false;
    i_rsub "__rsub__" Op::Bin(BinOp::Sub), true;
    i_mul "__mul__" Op::Bin(BinOp::Mul), false;
    i_rmul "__rmul__" Op::Bin(BinOp::Mul), true;
    i_truediv "__truediv__" Op::Bin(BinOp::Div), false;
    i_rtruediv "__rtruediv__" Op::Bin(BinOp::Div), true;
    i_floordiv "__floordiv__" Op::Bin(BinOp::FloorDiv), false;
    i_rfloordiv "__rfloordiv__" Op::Bin(BinOp::FloorDiv), true;
    i_mod "__mod__" Op::Bin(BinOp::Mod), false;
    i_rmod "__rmod__" Op::Bin(BinOp::Mod), true;
    i_divmod "__divmod__" Op::DivMod, false;
    i_rdivmod "__rdivmod__" Op::DivMod, true;
    i_pow "__pow__" Op::Bin(BinOp::Pow), false;
    i_rpow "__rpow__" Op::Bin(BinOp::Pow), true;
    i_lshift "__lshift__" Op::Bin(BinOp::LShift), false;
    i_rlshift "__rlshift__" Op::Bin(BinOp::LShift), true;
    i_rshift "__rshift__" Op::Bin(BinOp::RShift), false;
    i_rrshift "__rrshift__" Op::Bin(BinOp::RShift), true;
    i_and "__and__" Op::Bin(BinOp::BitAnd), false;
    i_rand "__rand__" Op::Bin(BinOp::BitAnd), true;
    i_or "__or__" Op::Bin(BinOp::BitOr), false;
    i_ror "__ror__" Op::Bin(BinOp::BitOr), true;
    i_xor "__xor__" Op::Bin(BinOp::BitXor), false;
    i_rxor "__rxor__" Op::Bin(BinOp::BitXor), true;
    i_eq "__eq__" Op::Cmp(CmpOp::Eq), false;
    i_ne "__ne__" Op::Cmp(CmpOp::NotEq), false;
    i_lt "__lt__" Op::Cmp(CmpOp::Lt), false;
    i_le "__le__" Op::Cmp(CmpOp::LtE), false;
    i_gt "__gt__" Op::Cmp(CmpOp::Gt), false;
    i_ge "__ge__" Op::Cmp(CmpOp::GtE), false;
);

binops!(BOOL_BINOPS, Kind::Bool, "bool":
    b_and "__and__" Op::Bin(BinOp::BitAnd), false;
    b_rand "__rand__" Op::Bin(BinOp::BitAnd), true;
    b_or "__or__" Op::Bin(BinOp::BitOr), false;
    b_ror "__ror__" Op::Bin(BinOp::BitOr), true;
    b_xor "__xor__" Op::Bin(BinOp::BitXor), false;
    b_rxor "__rxor__" Op::Bin(BinOp::BitXor), true;
);

binops!(FLOAT_BINOPS, Kind::Float, "float":
    f_add "__add__" Op::Bin(BinOp::Add), false;
    f_radd "__radd__" Op::Bin(BinOp::Add), true;
    f_sub "__sub__" Op::Bin(BinOp::Sub), false;
    f_rsub "__rsub__" Op::Bin(BinOp::Sub), true;
    f_mul "__mul__" Op::Bin(BinOp::Mul), false;
    f_rmul "__rmul__" Op::Bin(BinOp::Mul), true;
    f_truediv "__truediv__" Op::Bin(BinOp::Div), false;
    f_rtruediv "__rtruediv__" Op::Bin(BinOp::Div), true;
    f_floordiv "__floordiv__" Op::Bin(BinOp::FloorDiv), false;
    f_rfloordiv "__rfloordiv__" Op::Bin(BinOp::FloorDiv), true;
    f_mod "__mod__" Op::Bin(BinOp::Mod), false;
    f_rmod "__rmod__" Op::Bin(BinOp::Mod), true;
    f_divmod "__divmod__" Op::DivMod, false;
    f_rdivmod "__rdivmod__" Op::DivMod, true;
    f_pow "__pow__" Op::Bin(BinOp::Pow), false;
    f_rpow "__rpow__" Op::Bin(BinOp::Pow), true;
    f_eq "__eq__" Op::Cmp(CmpOp::Eq), false;
    f_ne "__ne__" Op::Cmp(CmpOp::NotEq), false;
    f_lt "__lt__" Op::Cmp(CmpOp::Lt), false;
    f_le "__le__" Op::Cmp(CmpOp::LtE), false;
    f_gt "__gt__" Op::Cmp(CmpOp::Gt), false;
    f_ge "__ge__" Op::Cmp(CmpOp::GtE), false;
);
