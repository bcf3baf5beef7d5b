//! Python float semantics and numeric hashing.
//!
//! Owns float division/modulo with Python signs, `float ** float` following
//! CPython's `float_pow` special cases, `round()` for floats (banker's
//! rounding, correctly rounded `ndigits` form), `float.is_integer`, and
//! `hash()` of ints and floats exactly as CPython computes them (modulus
//! `2**61 - 1`).

use super::num::{float_to_int, ldexp, round_to_f64, Int, NumError};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};
use std::cmp::Ordering;

/// `a / b` for floats.
pub fn float_truediv(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::ZeroDivision("float division by zero"));
    }
    Ok(a / b)
}

/// CPython's `_float_div_mod`: returns (floordiv, mod).
fn div_mod(vx: f64, wx: f64) -> (f64, f64) {
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
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `a // b` for floats.
pub fn float_floordiv(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::ZeroDivision("float floor division by zero"));
    }
    Ok(div_mod(a, b).0)
}

/// `a % b` for floats (sign of `b`).
pub fn float_mod(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::ZeroDivision("float modulo"));
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

/// `divmod(a, b)` for floats.
pub fn float_divmod(a: f64, b: f64) -> Result<(f64, f64), NumError> {
    if b == 0.0 {
        return Err(NumError::ZeroDivision("float divmod()"));
    }
    Ok(div_mod(a, b))
}

fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0 && (x % 2.0).abs() == 1.0
}

/// `a ** b` for floats, as CPython's `float_pow`.  A negative base with a
/// non-integral exponent returns the marker `NumError::Value(COMPLEX_RESULT)`
/// (CPython hands that case to complex pow).
pub fn float_pow(iv: f64, iw: f64) -> Result<f64, NumError> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return Ok(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(NumError::ZeroDivision(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err(NumError::Value(super::num::COMPLEX_RESULT.into()));
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        return Err(NumError::Overflow(
            "(34, 'Numerical result out of range')".into(),
        ));
    }
    Ok(if negate { -r } else { r })
}

/// `round(x)` (no ndigits): round half to even, returning an int.
pub fn float_round(x: f64) -> Result<Int, NumError> {
    float_to_int(x.round_ties_even())
}

/// `round(x, ndigits)` for floats, correctly rounded (`round(2.675, 2) ==
/// 2.67`).  `ndigits` is saturated to i64 by the caller.
pub fn float_round_ndigits(x: f64, ndigits: i64) -> Result<f64, NumError> {
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    if ndigits >= 0 {
        let s = format!("{:.*}", ndigits as usize, x);
        return Ok(s.parse::<f64>().unwrap_or(x));
    }
    // Exact: x = mant * 2**exp; round x / 10**n to an integer, half-even.
    let n = ndigits.unsigned_abs() as u32;
    let p = num_traits::pow::Pow::pow(BigInt::from(10u32), n);
    let (mant, exp) = decompose(x.abs());
    let (num, den) = if exp >= 0 {
        (BigInt::from(mant) << exp as usize, p.clone())
    } else {
        (BigInt::from(mant), &p << (-exp) as usize)
    };
    let (mut q, r) = num.div_rem(&den);
    let twice: BigInt = r << 1usize;
    match twice.cmp(&den) {
        Ordering::Greater => q += 1,
        Ordering::Equal if q.is_odd() => q += 1,
        _ => {}
    }
    if q.is_zero() {
        return Ok(0.0 * x);
    }
    let v: BigInt = q * p;
    let f = round_to_f64(v.magnitude(), 0, false)
        .ok_or_else(|| NumError::Overflow("rounded value too large to represent".into()))?;
    Ok(if x < 0.0 { -f } else { f })
}

/// (mantissa, exponent) with `x == mantissa * 2**exponent` for finite `x >= 0`.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64;
    let f = bits & ((1u64 << 52) - 1);
    if e == 0 {
        (f, -1074)
    } else {
        (f | (1 << 52), e - 1075)
    }
}

/// `float.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0
}

// ---------------------------------------------------------------- hashing

const HASH_BITS: u32 = 61;
/// `sys.hash_info.modulus`.
pub const HASH_MODULUS: u64 = (1u64 << HASH_BITS) - 1;
/// `sys.hash_info.inf`.
pub const HASH_INF: i64 = 314159;

/// `hash(int)`.
pub fn hash_int(a: &Int) -> i64 {
    let (mag, neg) = match a {
        Int::Small(v) => ((v.unsigned_abs() % HASH_MODULUS) as i64, *v < 0),
        Int::Big(b) => {
            let r = b.magnitude() % HASH_MODULUS;
            let digits = r.to_u64_digits();
            (digits.first().copied().unwrap_or(0) as i64, b.is_negative())
        }
    };
    let h = if neg { -mag } else { mag };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `frexp(x)` for finite nonzero `x`: `x == m * 2**e`, `0.5 <= |m| < 1`.
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adj) = if x.abs() < f64::MIN_POSITIVE {
        (x * ldexp(1.0, 64), -64)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e - 1022 + adj)
}

/// `hash(float)` for non-NaN values.  NaN hashes by object identity in
/// CPython 3.10+, so the caller must handle it (this returns 0 for NaN).
pub fn hash_float(v: f64) -> i64 {
    if v.is_nan() {
        return 0;
    }
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let bits = HASH_BITS as i32;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    } as u32;
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `asinh(x)` rounded as the C library computes it (the classic fdlibm
/// method glibc uses: `log`/`log1p` of rearranged forms chosen by the
/// magnitude of `x`), which Rust's `f64::asinh` does not reproduce.
pub fn asinh(x: f64) -> f64 {
    let high = ((x.to_bits() >> 32) as u32) & 0x7fff_ffff;
    if high < 0x3e30_0000 {
        // |x| < 2**-28: asinh(x) == x to double precision.
        return x;
    }
    let xa = x.abs();
    let w = if high > 0x41b0_0000 {
        if !x.is_finite() {
            return x + x;
        }
        xa.ln() + std::f64::consts::LN_2
    } else if high > 0x4000_0000 {
        (2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa)).ln()
    } else {
        let t = xa * xa;
        (xa + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

#[cfg(test)]
#[path = "tests/num_float_tests.rs"]
mod tests;
