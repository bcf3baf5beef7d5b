//! `float`-only methods: `is_integer`, `as_integer_ratio`, `hex`/`fromhex`,
//! `__trunc__`/`__floor__`/`__ceil__`/`__round__`, `real`/`imag`.
//!
//! Shared numeric dunders (`__add__` ...) are installed by `numbers`.

use num_bigint::BigInt;
use num_traits::{One, ToPrimitive, Zero};

use super::arith;
use super::heap::ObjRef;
use super::numbers::{float_self, int_getnewargs};
use super::object::*;
use super::ops::{self, new_tuple};
use super::{PyResult, Value};
use crate::builtins::{add_methods, checked_natives, method_arity, set_type_attr, Arity::*};
use crate::vm::Vm;

pub fn install(vm: &Vm) {
    let t = &vm.types;
    add_methods(
        vm,
        &t.float,
        "float",
        &[
            ("is_integer", float_is_integer),
            ("as_integer_ratio", float_as_integer_ratio),
            ("hex", float_hex),
            ("conjugate", float_conjugate),
            ("__pos__", float_pos_),
            ("__float__", float_float),
            ("__int__", float_int),
            ("__trunc__", float_trunc_),
            ("__floor__", float_floor),
            ("__ceil__", float_ceil),
            ("__round__", float_round),
            ("__getnewargs__", int_getnewargs),
        ],
    );
    let prop = |f: NativeFn, name: &'static str| crate::builtins::getset_property(name, "float", f);
    set_type_attr(vm, &t.float, "real", prop(float_real, "real"));
    set_type_attr(vm, &t.float, "imag", prop(zero_float, "imag"));
    let fh = crate::builtins::native("fromhex", float_fromhex);
    set_type_attr(
        vm,
        &t.float,
        "fromhex",
        Value::Obj(ObjRef::new(Payload::ClassMethod(fh))),
    );
}

// ---- float ----------------------------------------------------------------

checked_natives! {
    float_conjugate "float.conjugate" NoArgs => float_pos;
    float_pos_ "float.__pos__" Slot(0) => float_pos;
    float_float "float.__float__" Slot(0) => float_pos;
    float_int "float.__int__" Slot(0) => float_trunc;
    float_trunc_ "float.__trunc__" NoArgs => float_trunc;
}

/// The identity on floats; its callers check the arguments (as `float_trunc`'s).
fn float_pos(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(float_self(vm, &args, "__pos__")?))
}
fn float_real(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(float_self(vm, &args, "real")?))
}
fn zero_float(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(0.0))
}

fn float_is_integer(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "float.is_integer", NoArgs)?;
    let f = float_self(vm, &args, "is_integer")?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn to_int_checked(vm: &Vm, f: f64) -> PyResult<Value> {
    arith::float_to_int(vm, f)
}

fn float_trunc(vm: &Vm, args: Args) -> PyResult<Value> {
    to_int_checked(vm, float_self(vm, &args, "__trunc__")?)
}
fn float_floor(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "float.__floor__", NoArgs)?;
    to_int_checked(vm, float_self(vm, &args, "__floor__")?.floor())
}
fn float_ceil(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "float.__ceil__", NoArgs)?;
    to_int_checked(vm, float_self(vm, &args, "__ceil__")?.ceil())
}

fn float_round(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "float.__round__", Clinic(0, 1))?;
    let f = float_self(vm, &args, "__round__")?;
    match args.pos.get(1).filter(|v| !v.is_none()) {
        None => super::num_float::float_round(f)
            .map(super::arith::int_value)
            .map_err(|e| super::arith::num_err(vm, e)),
        Some(n) => {
            let n = ops::index_value(vm, n)?;
            super::num_float::float_round_ndigits(f, n)
                .map(Value::Float)
                .map_err(|e| super::arith::num_err(vm, e))
        }
    }
}

/// Mantissa and exponent with `f == m * 2**e` exactly, `m` odd (or 0).
fn decompose(f: f64) -> (BigInt, i64) {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    if m == 0 {
        return (BigInt::zero(), 0);
    }
    let tz = m.trailing_zeros();
    m >>= tz;
    e += tz as i64;
    let m = BigInt::from(m);
    (if f < 0.0 { -m } else { m }, e)
}

fn float_as_integer_ratio(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "float.as_integer_ratio", NoArgs)?;
    let f = float_self(vm, &args, "as_integer_ratio")?;
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let (m, e) = decompose(f);
    let (n, d) = if e >= 0 {
        (m << e as usize, BigInt::one())
    } else {
        (m, BigInt::one() << (-e) as usize)
    };
    Ok(new_tuple(vec![
        Value::from_bigint(n),
        Value::from_bigint(d),
    ]))
}

/// `float.hex()`: CPython's `float_hex` format.
pub fn float_to_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    format!(
        "{}0x{}.{:013x}p{}{}",
        sign,
        lead,
        frac,
        if e >= 0 { "+" } else { "" },
        e
    )
}

fn float_hex(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "float.hex", NoArgs)?;
    Ok(Value::str(float_to_hex(float_self(vm, &args, "hex")?)))
}

/// `2.0 ** k` exactly, for -1074 <= k <= 1023.
fn pow2(k: i64) -> f64 {
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

/// Parse CPython's hexadecimal float syntax (`float.fromhex`).
pub fn parse_hex_float(s: &str) -> Result<f64, &'static str> {
    const BAD: &str = "invalid hexadecimal floating-point string";
    let t = s.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if neg { -v } else { v });
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(BAD);
    }
    let mut m = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or(BAD)?;
        m = m * 16 + d;
    }
    let mut e: i64 = -4 * frac_part.len() as i64;
    if let Some(x) = exp {
        let v: i64 = match x.parse::<i64>() {
            Ok(v) => v,
            Err(_)
                if !x.is_empty()
                    && x.trim_start_matches(['+', '-'])
                        .bytes()
                        .all(|b| b.is_ascii_digit()) =>
            {
                if x.starts_with('-') {
                    -(1 << 40)
                } else {
                    1 << 40
                }
            }
            Err(_) => return Err(BAD),
        };
        e = e.saturating_add(v);
    }
    let sign = if neg { -1.0 } else { 1.0 };
    if m.is_zero() {
        return Ok(sign * 0.0);
    }
    let bits = m.bits() as i64;
    let top = bits - 1 + e;
    if top > 1023 {
        return Err("hexadecimal value too large to represent as a float");
    }
    let prec = if top >= -1022 {
        53
    } else {
        (53 - (-1022 - top)).max(0)
    };
    let shift = bits - prec;
    let (mut q, mut k) = (m.clone(), e);
    if shift > 0 {
        q = &m >> shift as usize;
        let rem = &m - (&q << shift as usize);
        let half = BigInt::one() << (shift - 1) as usize;
        if rem > half || (rem == half && q.bit(0)) {
            q += 1;
        }
        k += shift;
    }
    let qf = q.to_f64().unwrap_or(0.0);
    if qf == 0.0 {
        return Ok(sign * 0.0);
    }
    // Rounding may carry into a new top bit.
    let top_after = q.bits() as i64 - 1 + k;
    if top_after > 1023 {
        return Err("hexadecimal value too large to represent as a float");
    }
    if k > 1023 {
        return Ok(sign * qf * pow2(k - 1023) * pow2(1023));
    }
    Ok(sign * qf * pow2(k.max(-1074)))
}

fn float_fromhex(vm: &Vm, args: Args) -> PyResult<Value> {
    One.check(vm, "float.fromhex", &args, 1)?;
    let Some(s) = args.pos[1].as_str() else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&args.pos[1])
        )));
    };
    let f = parse_hex_float(s).map_err(|m| {
        if m.starts_with("hexadecimal value") {
            vm.overflow_error(m)
        } else {
            vm.value_error(m)
        }
    })?;
    let v = Value::Float(f);
    match args.pos.first().and_then(|c| c.as_obj()) {
        Some(c) if !c.ptr_eq(&vm.types.float) => vm.call(&args.pos[0], vec![v], &[]),
        _ => Ok(v),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips() {
        for f in [
            1.0,
            0.1,
            -2.5,
            1e300,
            5e-324,
            2.2250738585072014e-308,
            123456.789,
        ] {
            assert_eq!(parse_hex_float(&float_to_hex(f)), Ok(f));
        }
        assert_eq!(float_to_hex(1.0), "0x1.0000000000000p+0");
        assert_eq!(float_to_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(parse_hex_float("0x1.8p1"), Ok(3.0));
        assert_eq!(parse_hex_float("  -0X.8  "), Ok(-0.5));
        assert!(parse_hex_float("0x1p1024").is_err());
        assert!(parse_hex_float("zz").is_err());
    }
}
