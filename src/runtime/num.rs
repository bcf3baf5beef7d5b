//! Python integer semantics on plain Rust values.
//!
//! Owns the [`Int`] type (an `i64` fast path that promotes to `BigInt` instead
//! of ever wrapping), the shared [`NumError`] type, and the integer operations
//! of Python's `int`: arithmetic with floor semantics, true division that is
//! correctly rounded for big operands, `pow` (two- and three-argument), shifts,
//! two's-complement bitwise operations, exact int/float comparison and the
//! int <-> float conversions.  Float-only operations live in `num_float`,
//! text conversions in `num_text`.
//!
//! Nothing here panics: every fallible path returns `Err(NumError)` carrying
//! the exception class and the CPython 3.11 message.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::fmt;

/// A Python `int`.  Invariant: `Big` only holds values outside the `i64`
/// range; use [`Int::normalize`] / [`Int::from_big`] after big computations.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Int {
    Small(i64),
    Big(BigInt),
}

/// An error to be raised as a Python exception.  The payload is the exact
/// CPython message.
///
/// Marker: [`NumError::Value`] with the message [`COMPLEX_RESULT`] means "a
/// negative float raised to a fractional power": CPython delegates that case to
/// `complex.__pow__`; the caller should do the same (or raise if it has no
/// complex type).  See [`NumError::is_complex_result`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumError {
    ZeroDivision(&'static str),
    Overflow(String),
    Value(String),
    Type(String),
}

/// Message of the `NumError::Value` marker returned by float `pow` when the
/// result would be complex.
pub const COMPLEX_RESULT: &str = "complex";

/// Largest integer result (in bits) that operations will build.  Beyond it
/// (CPython would raise `MemoryError` or run for hours) we return
/// `NumError::Overflow("too many digits in integer")`.
pub const MAX_INT_BITS: u64 = 1 << 28;

/// Largest `int ** int` result (in bits) that `int_pow` computes; repeated
/// squaring is far slower than shifting, so the bound is tighter.
pub const MAX_POW_BITS: u64 = 1 << 24;

impl NumError {
    /// True when this is the "result is complex" marker of float `pow`.
    pub fn is_complex_result(&self) -> bool {
        matches!(self, NumError::Value(m) if m == COMPLEX_RESULT)
    }
    /// The Python exception class name for this error.
    pub fn class_name(&self) -> &'static str {
        match self {
            NumError::ZeroDivision(_) => "ZeroDivisionError",
            NumError::Overflow(_) => "OverflowError",
            NumError::Value(_) => "ValueError",
            NumError::Type(_) => "TypeError",
        }
    }
    /// The exception message.
    pub fn message(&self) -> &str {
        match self {
            NumError::ZeroDivision(m) => m,
            NumError::Overflow(m) | NumError::Value(m) | NumError::Type(m) => m,
        }
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.class_name(), self.message())
    }
}

pub(crate) fn too_big() -> NumError {
    NumError::Overflow("too many digits in integer".to_string())
}

impl From<i64> for Int {
    fn from(v: i64) -> Int {
        Int::Small(v)
    }
}

impl From<i32> for Int {
    fn from(v: i32) -> Int {
        Int::Small(v as i64)
    }
}

impl From<u64> for Int {
    fn from(v: u64) -> Int {
        i64::try_from(v).map_or_else(|_| Int::Big(BigInt::from(v)), Int::Small)
    }
}

impl From<usize> for Int {
    fn from(v: usize) -> Int {
        Int::from(v as u64)
    }
}

impl From<BigInt> for Int {
    fn from(b: BigInt) -> Int {
        Int::from_big(b)
    }
}

impl fmt::Display for Int {
    /// Plain decimal digits (no `int_max_str_digits` limit; use
    /// `num_text::int_to_decimal` for Python `str(int)`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Int::Small(v) => write!(f, "{v}"),
            Int::Big(b) => write!(f, "{b}"),
        }
    }
}

impl PartialOrd for Int {
    fn partial_cmp(&self, other: &Int) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Int {
    fn cmp(&self, other: &Int) -> Ordering {
        int_cmp(self, other)
    }
}

impl Int {
    /// Build from a `BigInt`, choosing `Small` whenever the value fits.
    pub fn from_big(b: BigInt) -> Int {
        match b.to_i64() {
            Some(v) => Int::Small(v),
            None => Int::Big(b),
        }
    }
    /// Restore the invariant (a `Big` that fits becomes `Small`).
    pub fn normalize(self) -> Int {
        match self {
            Int::Big(b) => Int::from_big(b),
            s => s,
        }
    }
    pub fn to_big(&self) -> BigInt {
        match self {
            Int::Small(v) => BigInt::from(*v),
            Int::Big(b) => b.clone(),
        }
    }
    /// The value as `i64` if it fits (also for a non-normalized `Big`).
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            Int::Small(v) => Some(*v),
            Int::Big(b) => b.to_i64(),
        }
    }
    pub fn is_zero(&self) -> bool {
        match self {
            Int::Small(v) => *v == 0,
            Int::Big(b) => b.is_zero(),
        }
    }
    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(v) => *v < 0,
            Int::Big(b) => b.is_negative(),
        }
    }
    /// -1, 0 or 1.
    pub fn signum(&self) -> i32 {
        match self {
            Int::Small(v) => v.signum() as i32,
            Int::Big(b) => match b.sign() {
                Sign::Minus => -1,
                Sign::NoSign => 0,
                Sign::Plus => 1,
            },
        }
    }
    fn is_odd(&self) -> bool {
        match self {
            Int::Small(v) => v & 1 == 1,
            Int::Big(b) => b.is_odd(),
        }
    }
}

fn big(b: BigInt) -> Int {
    Int::from_big(b)
}

// ---------------------------------------------------------------- arithmetic

pub fn int_add(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_add(*y) {
            return Int::Small(r);
        }
    }
    big(a.to_big() + b.to_big())
}

pub fn int_sub(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_sub(*y) {
            return Int::Small(r);
        }
    }
    big(a.to_big() - b.to_big())
}

pub fn int_mul(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_mul(*y) {
            return Int::Small(r);
        }
    }
    big(a.to_big() * b.to_big())
}

pub fn int_neg(a: &Int) -> Int {
    match a {
        Int::Small(v) => match v.checked_neg() {
            Some(r) => Int::Small(r),
            None => big(-BigInt::from(*v)),
        },
        Int::Big(b) => big(-b),
    }
}

pub fn int_abs(a: &Int) -> Int {
    if a.is_negative() {
        int_neg(a)
    } else {
        a.clone()
    }
}

/// `~a` == `-(a + 1)`.
pub fn int_invert(a: &Int) -> Int {
    match a {
        Int::Small(v) => Int::Small(!v),
        Int::Big(b) => big(-(b + BigInt::one())),
    }
}

const ZERO_DIV: &str = "integer division or modulo by zero";

/// `a // b` (floor division).
pub fn int_floordiv(a: &Int, b: &Int) -> Result<Int, NumError> {
    if b.is_zero() {
        return Err(NumError::ZeroDivision(ZERO_DIV));
    }
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(q) = x.checked_div(*y) {
            let r = x.wrapping_rem(*y);
            return Ok(Int::Small(if r != 0 && ((r < 0) != (*y < 0)) {
                q - 1
            } else {
                q
            }));
        }
    }
    Ok(big(a.to_big().div_floor(&b.to_big())))
}

/// `a % b` (result has the sign of `b`).
pub fn int_mod(a: &Int, b: &Int) -> Result<Int, NumError> {
    if b.is_zero() {
        return Err(NumError::ZeroDivision("integer modulo by zero"));
    }
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        let r = x.wrapping_rem(*y);
        return Ok(Int::Small(if r != 0 && ((r < 0) != (*y < 0)) {
            r + y
        } else {
            r
        }));
    }
    Ok(big(a.to_big().mod_floor(&b.to_big())))
}

/// `divmod(a, b)`.
pub fn int_divmod(a: &Int, b: &Int) -> Result<(Int, Int), NumError> {
    if b.is_zero() {
        return Err(NumError::ZeroDivision(ZERO_DIV));
    }
    Ok((int_floordiv(a, b)?, int_mod(a, b)?))
}

const TWO53: i64 = 1 << 53;

/// `a / b` for ints: correctly rounded, even when the operands do not fit a
/// float (`10**400 / 10**399 == 10.0`).
pub fn int_truediv(a: &Int, b: &Int) -> Result<f64, NumError> {
    if b.is_zero() {
        return Err(NumError::ZeroDivision("division by zero"));
    }
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if (-TWO53..=TWO53).contains(x) && (-TWO53..=TWO53).contains(y) {
            return Ok(*x as f64 / *y as f64);
        }
    }
    let negative = a.is_negative() != b.is_negative();
    let signed = |v: f64| if negative { -v } else { v };
    if a.is_zero() {
        return Ok(signed(0.0));
    }
    let na = a.to_big().magnitude().clone();
    let nb = b.to_big().magnitude().clone();
    let diff = na.bits() as i64 - nb.bits() as i64;
    let overflow = || NumError::Overflow("integer division result too large for a float".into());
    if diff > 1025 {
        return Err(overflow());
    }
    if diff < -1080 {
        return Ok(signed(0.0));
    }
    // q = floor(a / (b * 2**s)) has at least 55 bits (or is scaled to the
    // subnormal grid), the remainder acts as a sticky bit.
    let s = (diff - 55).max(-1076);
    let (q, r) = if s >= 0 {
        na.div_rem(&(nb << s as usize))
    } else {
        (na << (-s) as usize).div_rem(&nb)
    };
    match round_to_f64(&q, s, !r.is_zero()) {
        Some(v) => Ok(signed(v)),
        None => Err(overflow()),
    }
}

/// Correctly round `(q + sticky*epsilon) * 2**s` to a float (half-even).
/// `None` on overflow.
pub(crate) fn round_to_f64(q: &BigUint, s: i64, sticky: bool) -> Option<f64> {
    if q.is_zero() {
        return Some(0.0);
    }
    let n = q.bits() as i64;
    // Bits to drop so that the result fits 53 bits / the subnormal grid.
    let drop = (n - 53).max(-1074 - s);
    let (m, exp) = if drop <= 0 {
        (q.to_u64().unwrap_or(0) << (-drop) as u32, s + drop)
    } else {
        let d = drop as u64;
        let kept: BigUint = q >> d;
        let mut m = kept.to_u64().unwrap_or(0);
        let half_bit = q.bit(d - 1);
        let below = sticky || q.trailing_zeros().is_some_and(|tz| tz < d - 1);
        if half_bit && (below || m & 1 == 1) {
            m += 1;
        }
        (m, s + drop)
    };
    if m == 0 {
        return Some(0.0);
    }
    let top = 64 - m.leading_zeros() as i64 + exp; // value < 2**top
    if top > 1024 {
        return None;
    }
    Some(ldexp(m as f64, exp))
}

/// `x * 2**e`, exact whenever the result is representable.
pub(crate) fn ldexp(mut x: f64, mut e: i64) -> f64 {
    let two = |k: i64| f64::from_bits(((k + 1023) as u64) << 52);
    while e > 1023 {
        x *= two(1023);
        e -= 1023;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1022 {
        x *= two(-1022);
        e += 1022;
        if x == 0.0 {
            return x;
        }
    }
    x * two(e)
}

/// Result of `int ** int`: an int, or a float for negative exponents.
#[derive(Clone, Debug, PartialEq)]
pub enum PowResult {
    Int(Int),
    Float(f64),
}

/// `a ** b` (two-argument pow).  Negative exponents go through float pow, as
/// in CPython (`0 ** -1` raises ZeroDivisionError).
pub fn int_pow(a: &Int, b: &Int) -> Result<PowResult, NumError> {
    if b.is_negative() {
        let x = int_to_f64(a)?;
        let y = int_to_f64(b)?;
        return crate::runtime::num_float::float_pow(x, y).map(PowResult::Float);
    }
    int_pow_nonneg(a, b).map(PowResult::Int)
}

fn int_pow_nonneg(a: &Int, b: &Int) -> Result<Int, NumError> {
    match a.to_i64() {
        Some(0) => return Ok(Int::Small(if b.is_zero() { 1 } else { 0 })),
        Some(1) => return Ok(Int::Small(1)),
        Some(-1) => return Ok(Int::Small(if b.is_odd() { -1 } else { 1 })),
        _ => {}
    }
    let e = match b.to_i64() {
        Some(e) if e >= 0 => e as u64,
        _ => return Err(too_big()),
    };
    let abits = match a {
        Int::Small(v) => 64 - v.unsigned_abs().leading_zeros() as u64,
        Int::Big(x) => x.bits(),
    };
    if (abits - 1).saturating_mul(e) > MAX_POW_BITS {
        return Err(too_big());
    }
    if let Int::Small(x) = a {
        if let Ok(e32) = u32::try_from(e) {
            if let Some(r) = x.checked_pow(e32) {
                return Ok(Int::Small(r));
            }
        }
    }
    let e32 = u32::try_from(e).map_err(|_| too_big())?;
    Ok(big(num_traits::pow::Pow::pow(a.to_big(), e32)))
}

/// `pow(a, b, m)`.
pub fn int_pow_mod(a: &Int, b: &Int, m: &Int) -> Result<Int, NumError> {
    if m.is_zero() {
        return Err(NumError::Value("pow() 3rd argument cannot be 0".into()));
    }
    let mb = m.to_big();
    let modulus = mb.magnitude().clone();
    if modulus.is_one() {
        return Ok(Int::Small(0));
    }
    let mut base = a.to_big().mod_floor(&BigInt::from(modulus.clone()));
    let mut exp = b.to_big();
    if exp.is_negative() {
        let inv = base.magnitude().modinv(&modulus);
        match inv {
            Some(i) => base = BigInt::from(i),
            None => {
                return Err(NumError::Value(
                    "base is not invertible for the given modulus".into(),
                ))
            }
        }
        exp = -exp;
    }
    let r = base.magnitude().modpow(exp.magnitude(), &modulus);
    let mut r = BigInt::from(r);
    if mb.is_negative() && !r.is_zero() {
        r += &mb;
    }
    Ok(big(r))
}

// ---------------------------------------------------------------- shifts & bits

fn shift_count(b: &Int) -> Result<Option<u64>, NumError> {
    if b.is_negative() {
        return Err(NumError::Value("negative shift count".into()));
    }
    Ok(b.to_i64().map(|v| v as u64))
}

/// `a << b`.
pub fn int_lshift(a: &Int, b: &Int) -> Result<Int, NumError> {
    let n = shift_count(b)?;
    if a.is_zero() {
        return Ok(Int::Small(0));
    }
    let n = match n {
        Some(n) if n <= MAX_INT_BITS => n,
        _ => return Err(too_big()),
    };
    if let Int::Small(x) = a {
        if n < 63 {
            let r = x << n;
            if r >> n == *x {
                return Ok(Int::Small(r));
            }
        }
    }
    Ok(big(a.to_big() << n as usize))
}

/// `a >> b` (arithmetic: rounds toward negative infinity).
pub fn int_rshift(a: &Int, b: &Int) -> Result<Int, NumError> {
    let n = shift_count(b)?;
    let neg = a.is_negative();
    let n = match n {
        Some(n) => n,
        None => return Ok(Int::Small(if neg { -1 } else { 0 })),
    };
    match a {
        Int::Small(x) => Ok(Int::Small(if n >= 64 {
            if neg {
                -1
            } else {
                0
            }
        } else {
            x >> n
        })),
        Int::Big(x) => {
            if n >= x.bits() {
                return Ok(Int::Small(if neg { -1 } else { 0 }));
            }
            Ok(big(x >> n as usize))
        }
    }
}

pub fn int_and(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::Small(x & y),
        _ => big(a.to_big() & b.to_big()),
    }
}

pub fn int_or(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::Small(x | y),
        _ => big(a.to_big() | b.to_big()),
    }
}

pub fn int_xor(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::Small(x ^ y),
        _ => big(a.to_big() ^ b.to_big()),
    }
}

/// `int.bit_length()`.
pub fn int_bit_length(a: &Int) -> u64 {
    match a {
        Int::Small(v) => 64 - v.unsigned_abs().leading_zeros() as u64,
        Int::Big(b) => b.bits(),
    }
}

// ---------------------------------------------------------------- comparisons

pub fn int_cmp(a: &Int, b: &Int) -> Ordering {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => x.cmp(y),
        _ => a.to_big().cmp(&b.to_big()),
    }
}

/// Exact comparison of an int with a float; `None` when `b` is NaN (every
/// ordering comparison is False and `!=` is True).
pub fn int_float_cmp(a: &Int, b: f64) -> Option<Ordering> {
    if b.is_nan() {
        return None;
    }
    if b.is_infinite() {
        return Some(if b > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Int::Small(x) = a {
        if (-TWO53..=TWO53).contains(x) {
            return (*x as f64).partial_cmp(&b);
        }
    }
    let t = b.trunc();
    let ti = float_to_int(t).ok()?;
    match int_cmp(a, &ti) {
        Ordering::Equal => {
            let frac = b - t;
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}

/// `a == b` for an int and a float, exactly.
pub fn int_float_eq(a: &Int, b: f64) -> bool {
    int_float_cmp(a, b) == Some(Ordering::Equal)
}

// ---------------------------------------------------------------- conversions

/// `float(int)`, correctly rounded.
pub fn int_to_f64(a: &Int) -> Result<f64, NumError> {
    match a {
        Int::Small(v) => Ok(*v as f64),
        Int::Big(b) => {
            let v = round_to_f64(b.magnitude(), 0, false)
                .ok_or_else(|| NumError::Overflow("int too large to convert to float".into()))?;
            Ok(if b.is_negative() { -v } else { v })
        }
    }
}

/// `int(float)`: truncates toward zero.
pub fn float_to_int(x: f64) -> Result<Int, NumError> {
    if x.is_nan() {
        return Err(NumError::Value(
            "cannot convert float NaN to integer".into(),
        ));
    }
    if x.is_infinite() {
        return Err(NumError::Overflow(
            "cannot convert float infinity to integer".into(),
        ));
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Int::Small(t as i64));
    }
    let bits = t.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    // |t| >= 2**63 here, so exp > 0.
    let mag = BigInt::from(mant) << exp.max(0) as usize;
    Ok(big(if t < 0.0 { -mag } else { mag }))
}

/// `round(a, ndigits)` for an int (`ndigits` saturated to i64 by the caller).
pub fn int_round(a: &Int, ndigits: i64) -> Int {
    if ndigits >= 0 || a.is_zero() {
        return a.clone();
    }
    let n = ndigits.unsigned_abs();
    // 10**n > 2*|a| guarantees 0.
    if n.saturating_mul(3) > int_bit_length(a) + 4 {
        return Int::Small(0);
    }
    let p = num_traits::pow::Pow::pow(BigInt::from(10u32), n as u32);
    let (q, r) = a.to_big().div_mod_floor(&p);
    let twice: BigInt = r << 1usize;
    let q = match twice.cmp(&p) {
        Ordering::Greater => q + 1,
        Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    big(q * p)
}

#[cfg(test)]
#[path = "tests/num_tests.rs"]
pub(crate) mod tests;
