//! Integer and float kernels with Python semantics (provisional: BigInt
//! based; to be replaced by the full numeric module).
use std::cmp::Ordering;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

#[derive(Clone, Debug)]
pub enum Int {
    Small(i64),
    Big(BigInt),
}

#[derive(Debug)]
pub enum NumError {
    ZeroDivision(&'static str),
    Overflow(String),
    Value(String),
    Type(String),
}

pub enum PowResult {
    Int(Int),
    Float(f64),
}

fn big(i: &Int) -> BigInt {
    match i {
        Int::Small(v) => BigInt::from(*v),
        Int::Big(b) => b.clone(),
    }
}

fn norm(b: BigInt) -> Int {
    match b.to_i64() {
        Some(v) => Int::Small(v),
        None => Int::Big(b),
    }
}

pub fn add(a: &Int, b: &Int) -> Int {
    norm(big(a) + big(b))
}
pub fn sub(a: &Int, b: &Int) -> Int {
    norm(big(a) - big(b))
}
pub fn mul(a: &Int, b: &Int) -> Int {
    norm(big(a) * big(b))
}
pub fn floordiv(a: &Int, b: &Int) -> Result<Int, NumError> {
    let d = big(b);
    if d.is_zero() {
        return Err(NumError::ZeroDivision("integer division or modulo by zero"));
    }
    Ok(norm(big(a).div_floor(&d)))
}
pub fn modulo(a: &Int, b: &Int) -> Result<Int, NumError> {
    let d = big(b);
    if d.is_zero() {
        return Err(NumError::ZeroDivision("integer modulo by zero"));
    }
    Ok(norm(big(a).mod_floor(&d)))
}
pub fn truediv(a: &Int, b: &Int) -> Result<f64, NumError> {
    let d = big(b);
    if d.is_zero() {
        return Err(NumError::ZeroDivision("division by zero"));
    }
    let (x, y) = (big(a), d);
    match (x.to_f64(), y.to_f64()) {
        (Some(p), Some(q)) if p.abs() < 9.0e15 && q.abs() < 9.0e15 => Ok(p / q),
        _ => {
            let r = num_rational_div(&x, &y);
            if r.is_infinite() {
                Err(NumError::Overflow("integer division result too large for a float".into()))
            } else {
                Ok(r)
            }
        }
    }
}
fn num_rational_div(x: &BigInt, y: &BigInt) -> f64 {
    // Scale so the quotient carries 64 significant bits, then convert.
    let shift = (x.bits() as i64 - y.bits() as i64) - 64;
    let q = if shift > 0 { x / (y << shift as usize) } else { (x << (-shift) as usize) / y };
    q.to_f64().unwrap_or(f64::INFINITY) * 2f64.powi(shift as i32)
}
pub fn pow(a: &Int, b: &Int) -> Result<PowResult, NumError> {
    let e = big(b);
    if e.is_negative() {
        let base = int_to_f64(a)?;
        if base == 0.0 {
            return Err(NumError::ZeroDivision("0.0 cannot be raised to a negative power"));
        }
        let ef = e.to_f64().unwrap_or(f64::NEG_INFINITY);
        return Ok(PowResult::Float(base.powf(ef)));
    }
    let base = big(a);
    if base.is_zero() || base.is_one() {
        return Ok(PowResult::Int(norm(if e.is_zero() { BigInt::one() } else { base })));
    }
    let Some(ex) = e.to_u32() else {
        return Err(NumError::Overflow("exponent too large".into()));
    };
    if base.bits() as u64 * ex as u64 > 64_000_000 {
        return Err(NumError::Overflow("result too large".into()));
    }
    Ok(PowResult::Int(norm(base.pow(ex))))
}
pub fn pow_mod(a: &Int, b: &Int, m: &Int) -> Result<Int, NumError> {
    let m = big(m);
    if m.is_zero() {
        return Err(NumError::Value("pow() 3rd argument cannot be 0".into()));
    }
    let e = big(b);
    if e.is_negative() {
        return Err(NumError::Value("base is not invertible for the given modulus".into()));
    }
    let r = big(a).modpow(&e, &m.abs());
    let r = if m.is_negative() && !r.is_zero() { r + &m } else { r };
    Ok(norm(r))
}
pub fn lshift(a: &Int, b: &Int) -> Result<Int, NumError> {
    let s = big(b);
    if s.is_negative() {
        return Err(NumError::Value("negative shift count".into()));
    }
    let x = big(a);
    if x.is_zero() {
        return Ok(Int::Small(0));
    }
    match s.to_usize() {
        Some(n) if n < 1 << 32 => Ok(norm(x << n)),
        _ => Err(NumError::Overflow("too many digits in integer".into())),
    }
}
pub fn rshift(a: &Int, b: &Int) -> Result<Int, NumError> {
    let s = big(b);
    if s.is_negative() {
        return Err(NumError::Value("negative shift count".into()));
    }
    let x = big(a);
    match s.to_usize() {
        Some(n) => Ok(norm(x >> n)),
        None => Ok(Int::Small(if x.is_negative() { -1 } else { 0 })),
    }
}
pub fn bitand(a: &Int, b: &Int) -> Int {
    norm(big(a) & big(b))
}
pub fn bitor(a: &Int, b: &Int) -> Int {
    norm(big(a) | big(b))
}
pub fn bitxor(a: &Int, b: &Int) -> Int {
    norm(big(a) ^ big(b))
}
pub fn int_to_f64(a: &Int) -> Result<f64, NumError> {
    match a {
        Int::Small(v) => Ok(*v as f64),
        Int::Big(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => Err(NumError::Overflow("int too large to convert to float".into())),
        },
    }
}
pub fn cmp_int_float(a: &Int, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let fl = f.floor();
    let fi = BigInt::from_f64_exact(fl);
    let x = big(a);
    match x.cmp(&fi) {
        Ordering::Equal => Some(if f > fl { Ordering::Less } else { Ordering::Equal }),
        o => Some(o),
    }
}
trait FromF64Exact {
    fn from_f64_exact(f: f64) -> BigInt;
}
impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> BigInt {
        num_traits::FromPrimitive::from_f64(f).unwrap_or_default()
    }
}
const MODULUS: u64 = (1 << 61) - 1;
pub fn hash_int(a: &Int) -> i64 {
    let x = big(a);
    let m = BigInt::from(MODULUS);
    let r = (x.abs() % &m).to_i64().unwrap_or(0);
    let h = if x.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}
pub fn hash_float(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let h = (x as i64) * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (0.0, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}
pub fn float_floordiv(x: f64, y: f64) -> Result<f64, NumError> {
    if y == 0.0 {
        return Err(NumError::ZeroDivision("float floor division by zero"));
    }
    Ok(float_divmod(x, y).0)
}
pub fn float_mod(x: f64, y: f64) -> Result<f64, NumError> {
    if y == 0.0 {
        return Err(NumError::ZeroDivision("float modulo"));
    }
    Ok(float_divmod(x, y).1)
}
fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}
pub fn float_pow(x: f64, y: f64) -> Result<f64, NumError> {
    if x == 0.0 && y < 0.0 {
        return Err(NumError::ZeroDivision("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 {
        return Err(NumError::Value("complex".into()));
    }
    Ok(x.powf(y))
}
pub fn float_to_int(f: f64) -> Result<Int, NumError> {
    if f.is_nan() {
        return Err(NumError::Value("cannot convert float NaN to integer".into()));
    }
    if f.is_infinite() {
        return Err(NumError::Overflow("cannot convert float infinity to integer".into()));
    }
    Ok(norm(BigInt::from_f64_exact(f.trunc())))
}
pub fn round_half_even(f: f64) -> f64 {
    let r = f.round();
    if (f - f.trunc()).abs() == 0.5 {
        2.0 * (f / 2.0).round()
    } else {
        r
    }
}
pub fn round_float(f: f64, nd: i64) -> f64 {
    if !f.is_finite() || nd > 308 {
        return f;
    }
    if nd < -308 {
        return 0.0 * f;
    }
    let s = format!("{:.*e}", 17, f);
    let _ = s;
    let text = format!("{:.*}", nd.max(0) as usize, f);
    if nd >= 0 {
        return text.parse().unwrap_or(f);
    }
    let p = 10f64.powi((-nd) as i32);
    round_half_even(f / p) * p
}
pub fn round_int(a: &Int, nd: i64) -> Result<Int, NumError> {
    if nd >= 0 {
        return Ok(a.clone());
    }
    let p = BigInt::from(10).pow((-nd) as u32);
    let x = big(a);
    let (q, r) = x.div_mod_floor(&p);
    let twice: BigInt = &r * BigInt::from(2);
    let q = match twice.cmp(&p) {
        Ordering::Greater => q + 1,
        Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    Ok(norm(q * p))
}
pub fn parse_int(s: &str, base: u32) -> Result<Int, NumError> {
    let err = || NumError::Value(format!("invalid literal for int() with base {}: {}", base, crate::runtime::repr::str_repr(s)));
    let t = s.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let mut base = base;
    let lower = t.to_ascii_lowercase();
    let mut digits: &str = t;
    for (p, b) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if lower.starts_with(p) && (base == 0 || base == b) {
            base = b;
            digits = &t[2..];
        }
    }
    if base == 0 {
        base = 10;
    }
    if !(2..=36).contains(&base) {
        return Err(NumError::Value("int() base must be >= 2 and <= 36, or 0".into()));
    }
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return Err(err());
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    let v = BigInt::parse_bytes(clean.as_bytes(), base).ok_or_else(err)?;
    Ok(norm(if neg { -v } else { v }))
}
pub fn parse_float(s: &str) -> Result<f64, NumError> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let v = match lower.trim_start_matches(['+', '-']) {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = v {
        return Ok(if lower.starts_with('-') { -v } else { v });
    }
    let clean: String = t.chars().filter(|c| *c != '_').collect();
    if t.contains("__") || t.starts_with('_') || t.ends_with('_') {
        return Err(NumError::Value(format!("could not convert string to float: {}", crate::runtime::repr::str_repr(s))));
    }
    clean
        .parse::<f64>()
        .map_err(|_| NumError::Value(format!("could not convert string to float: {}", crate::runtime::repr::str_repr(s))))
}
