//! The `math` module: constants, float functions with CPython's special
//! cases and error messages (`math domain error`, `math range error`),
//! exact integer functions on big ints (`factorial`, `comb`, `isqrt`, ...),
//! exactly rounded `fsum` and CPython's `hypot`/`dist` algorithm.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtins::native;
use crate::runtime::arith::{self, float_to_int};
use crate::runtime::object::{Args, Payload};
use crate::runtime::{ops, PyResult, Value};
use crate::syntax::ast::BinOp;
use crate::vm::Vm;

use super::{new_module, set_attr};

pub fn create(vm: &Vm) -> Value {
    let m = new_module(vm, "math");
    set_attr(vm, &m, "pi", Value::Float(std::f64::consts::PI));
    set_attr(vm, &m, "e", Value::Float(std::f64::consts::E));
    set_attr(vm, &m, "tau", Value::Float(std::f64::consts::TAU));
    set_attr(vm, &m, "inf", Value::Float(f64::INFINITY));
    set_attr(vm, &m, "nan", Value::Float(f64::NAN));
    let funcs: &[(&'static str, crate::runtime::object::NativeFn)] = &[
        ("sqrt", m_sqrt),
        ("exp", m_exp),
        ("expm1", m_expm1),
        ("sin", m_sin),
        ("cos", m_cos),
        ("tan", m_tan),
        ("asin", m_asin),
        ("acos", m_acos),
        ("atan", m_atan),
        ("sinh", m_sinh),
        ("cosh", m_cosh),
        ("tanh", m_tanh),
        ("asinh", m_asinh),
        ("acosh", m_acosh),
        ("atanh", m_atanh),
        ("log1p", m_log1p),
        ("fabs", m_fabs),
        ("cbrt", m_cbrt),
        ("exp2", m_exp2),
        ("atan2", m_atan2),
        ("floor", m_floor),
        ("ceil", m_ceil),
        ("trunc", m_trunc),
        ("pow", m_pow),
        ("log", m_log),
        ("log2", m_log2),
        ("log10", m_log10),
        ("hypot", m_hypot),
        ("dist", m_dist),
        ("degrees", m_degrees),
        ("radians", m_radians),
        ("isclose", m_isclose),
        ("isfinite", m_isfinite),
        ("isinf", m_isinf),
        ("isnan", m_isnan),
        ("gcd", m_gcd),
        ("lcm", m_lcm),
        ("factorial", m_factorial),
        ("comb", m_comb),
        ("perm", m_perm),
        ("isqrt", m_isqrt),
        ("copysign", m_copysign),
        ("fsum", m_fsum),
        ("prod", m_prod),
        ("modf", m_modf),
        ("frexp", m_frexp),
        ("ldexp", m_ldexp),
        ("fmod", m_fmod),
        ("remainder", m_remainder),
        ("nextafter", m_nextafter),
        ("ulp", m_ulp),
    ];
    for (name, f) in funcs {
        set_attr(vm, &m, name, native(name, *f));
    }
    m
}

// ---- argument helpers -----------------------------------------------------

fn no_kw(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("math.{}() takes no keyword arguments", name)));
    }
    Ok(())
}

/// CPython's argument-count messages for `METH_O` and fast-call functions.
fn nargs(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    no_kw(vm, name, args)?;
    let n = args.pos.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == 1 && max == 1 {
        format!("math.{}() takes exactly one argument ({} given)", name, n)
    } else if min == max {
        format!("{} expected {} arguments, got {}", name, min, n)
    } else if n < min {
        format!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            if min == 1 { "" } else { "s" },
            n
        )
    } else {
        format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            if max == 1 { "" } else { "s" },
            n
        )
    };
    Err(vm.type_error(msg))
}

/// `PyFloat_AsDouble`: floats, ints, `__float__`, `__index__`.
fn to_f64(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(r) = arith::as_f64(vm, v) {
        return r;
    }
    if let Some(r) = vm.call_special(v, vm.sym.float, &[]) {
        let r = r?;
        return match r {
            Value::Float(f) => Ok(f),
            _ => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(v),
                vm.type_name(&r)
            ))),
        };
    }
    if let Some(r) = vm.call_special(v, vm.sym.index, &[]) {
        let r = r?;
        if let Some(x) = arith::as_f64(vm, &r) {
            return x;
        }
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

/// `operator.index(v)` as a big int.
fn to_index(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    if !matches!(v, Value::Float(_)) {
        if let Some(b) = ops::to_bigint(v) {
            return Ok(b);
        }
        if let Some(r) = vm.call_special(v, vm.sym.index, &[]) {
            let r = r?;
            if let Some(b) = ops::to_bigint(&r) {
                return Ok(b);
            }
            return Err(vm.type_error(format!(
                "__index__ returned non-int (type {})",
                vm.type_name(&r)
            )));
        }
    }
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    )))
}

fn domain(vm: &Vm) -> crate::runtime::Exc {
    vm.value_error("math domain error")
}

fn range(vm: &Vm) -> crate::runtime::Exc {
    vm.overflow_error("math range error")
}

fn is_int(v: &Value) -> bool {
    let v = v.builtin_base().unwrap_or(v);
    matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.payload(), Some(Payload::BigInt(_)))
}

// ---- one-argument float functions ----------------------------------------

/// CPython's `math_1`: a NaN from a non-NaN is a domain error, an infinity
/// from a finite argument is a range error (`can_overflow`) or a domain error.
fn math_1(
    vm: &Vm,
    name: &str,
    args: &Args,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    nargs(vm, name, args, 1, 1)?;
    let x = to_f64(vm, &args.pos[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(vm) } else { domain(vm) });
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($($fname:ident = $name:literal, $f:expr, $ovf:expr;)*) => {
        $(fn $fname(vm: &Vm, args: Args) -> PyResult<Value> {
            math_1(vm, $name, &args, $f, $ovf)
        })*
    };
}

unary! {
    m_sqrt = "sqrt", f64::sqrt, false;
    m_exp = "exp", f64::exp, true;
    m_expm1 = "expm1", f64::exp_m1, true;
    m_sin = "sin", f64::sin, false;
    m_cos = "cos", f64::cos, false;
    m_tan = "tan", f64::tan, false;
    m_asin = "asin", f64::asin, false;
    m_acos = "acos", f64::acos, false;
    m_atan = "atan", f64::atan, false;
    m_sinh = "sinh", f64::sinh, true;
    m_cosh = "cosh", f64::cosh, true;
    m_tanh = "tanh", f64::tanh, false;
    m_asinh = "asinh", crate::runtime::num_float::asinh, false;
    m_acosh = "acosh", f64::acosh, false;
    m_atanh = "atanh", atanh, false;
    m_log1p = "log1p", log1p, false;
    m_fabs = "fabs", f64::abs, false;
    m_cbrt = "cbrt", f64::cbrt, false;
    m_exp2 = "exp2", f64::exp2, true;
}

fn atanh(x: f64) -> f64 {
    if x.abs() >= 1.0 {
        if x.abs() == 1.0 {
            return f64::NAN; // CPython: domain error, not an infinity
        }
        return f64::NAN;
    }
    x.atanh()
}

fn log1p(x: f64) -> f64 {
    if x <= -1.0 {
        return f64::NAN;
    }
    x.ln_1p()
}

fn m_atan2(vm: &Vm, args: Args) -> PyResult<Value> {
    nargs(vm, "atan2", &args, 2, 2)?;
    let y = to_f64(vm, &args.pos[0])?;
    let x = to_f64(vm, &args.pos[1])?;
    Ok(Value::Float(y.atan2(x)))
}

fn m_degrees(vm: &Vm, args: Args) -> PyResult<Value> {
    nargs(vm, "degrees", &args, 1, 1)?;
    let x = to_f64(vm, &args.pos[0])?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn m_radians(vm: &Vm, args: Args) -> PyResult<Value> {
    nargs(vm, "radians", &args, 1, 1)?;
    let x = to_f64(vm, &args.pos[0])?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

fn m_isfinite(vm: &Vm, args: Args) -> PyResult<Value> {
    nargs(vm, "isfinite", &args, 1, 1)?;
    Ok(Value::Bool(to_f64(vm, &args.pos[0])?.is_finite()))
}

fn m_isinf(vm: &Vm, args: Args) -> PyResult<Value> {
    nargs(vm, "isinf", &args, 1, 1)?;
    Ok(Value::Bool(to_f64(vm, &args.pos[0])?.is_infinite()))
}

fn m_isnan(vm: &Vm, args: Args) -> PyResult<Value> {
    nargs(vm, "isnan", &args, 1, 1)?;
    Ok(Value::Bool(to_f64(vm, &args.pos[0])?.is_nan()))
}

fn m_copysign(vm: &Vm, args: Args) -> PyResult<Value> {
    nargs(vm, "copysign", &args, 2, 2)?;
    let x = to_f64(vm, &args.pos[0])?;
    let y = to_f64(vm, &args.pos[1])?;
    Ok(Value::Float(x.copysign(y)))
}

// ---- rounding ---------------------------------------------------------------

fn round_via(vm: &Vm, name: &str, args: &Args, dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    nargs(vm, name, args, 1, 1)?;
    let v = &args.pos[0];
    match v {
        Value::Float(x) => return float_to_int(vm, f(*x)),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        _ if is_int(v) => return Ok(v.clone()),
        _ => {}
    }
    let sym = crate::syntax::intern::intern(dunder);
    if let Some(r) = vm.call_special(v, sym, &[]) {
        return r;
    }
    let x = to_f64(vm, v)?;
    float_to_int(vm, f(x))
}

fn m_floor(vm: &Vm, args: Args) -> PyResult<Value> {
    round_via(vm, "floor", &args, "__floor__", f64::floor)
}

fn m_ceil(vm: &Vm, args: Args) -> PyResult<Value> {
    round_via(vm, "ceil", &args, "__ceil__", f64::ceil)
}

fn m_trunc(vm: &Vm, args: Args) -> PyResult<Value> {
    nargs(vm, "trunc", &args, 1, 1)?;
    let v = &args.pos[0];
    match v {
        Value::Float(x) => return float_to_int(vm, x.trunc()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        _ if is_int(v) => return Ok(v.clone()),
        _ => {}
    }
    let sym = crate::syntax::intern::intern("__trunc__");
    match vm.call_special(v, sym, &[]) {
        Some(r) => r,
        None => Err(vm.type_error(format!(
            "type {} doesn't define __trunc__ method",
            vm.type_name(v)
        ))),
    }
}

fn m_modf(vm: &Vm, args: Args) -> PyResult<Value> {
    nargs(vm, "modf", &args, 1, 1)?;
    let x = to_f64(vm, &args.pos[0])?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(ops::new_tuple(vec![Value::Float(f), Value::Float(i)]))
}

fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        // subnormal: scale up first
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, me) = frexp(x);
    let t = me.saturating_add(e);
    if t > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if t >= -1021 {
        return (m * 2.0) * 2f64.powi((t - 1) as i32);
    }
    if t < -1075 {
        return 0.0f64.copysign(x);
    }
    // Subnormal result: M * 2**(t-53) with the 53-bit mantissa M, rounded
    // once by the final multiplication.
    let big_m = m * 2f64.powi(53);
    let k = (-1074 - (t - 53)).max(0);
    (big_m * 2f64.powi(-(k as i32))) * pow2(t - 53 + k)
}

/// An exact power of two for exponents in the subnormal/normal range.
fn pow2(e: i64) -> f64 {
    if e >= -1022 {
        2f64.powi(e as i32)
    } else {
        f64::from_bits(1u64 << (e + 1074).max(0))
    }
}

fn m_frexp(vm: &Vm, args: Args) -> PyResult<Value> {
    nargs(vm, "frexp", &args, 1, 1)?;
    let x = to_f64(vm, &args.pos[0])?;
    let (m, e) = frexp(x);
    Ok(ops::new_tuple(vec![Value::Float(m), Value::Int(e)]))
}

fn m_ldexp(vm: &Vm, args: Args) -> PyResult<Value> {
    nargs(vm, "ldexp", &args, 2, 2)?;
    let x = to_f64(vm, &args.pos[0])?;
    let ev = &args.pos[1];
    if !is_int(ev) {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    }
    let Some(e) = crate::runtime::arith::as_bigint(ev) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = ldexp(x, e);
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

fn m_fmod(vm: &Vm, args: Args) -> PyResult<Value> {
    nargs(vm, "fmod", &args, 2, 2)?;
    let x = to_f64(vm, &args.pos[0])?;
    let y = to_f64(vm, &args.pos[1])?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::Float(r))
}

fn m_remainder(vm: &Vm, args: Args) -> PyResult<Value> {
    nargs(vm, "remainder", &args, 2, 2)?;
    let x = to_f64(vm, &args.pos[0])?;
    let y = to_f64(vm, &args.pos[1])?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if y.is_nan() {
        return Ok(Value::Float(y));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    // CPython's m_remainder
    let absx = x.abs();
    let absy = y.abs();
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::Float(1.0f64.copysign(x) * r))
}

fn m_nextafter(vm: &Vm, args: Args) -> PyResult<Value> {
    nargs(vm, "nextafter", &args, 2, 2)?;
    let x = to_f64(vm, &args.pos[0])?;
    let y = to_f64(vm, &args.pos[1])?;
    Ok(Value::Float(nextafter(x, y)))
}

fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn m_ulp(vm: &Vm, args: Args) -> PyResult<Value> {
    nargs(vm, "ulp", &args, 1, 1)?;
    let x = to_f64(vm, &args.pos[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let x2 = nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        let x2 = nextafter(x, -f64::INFINITY);
        return Ok(Value::Float(x - x2));
    }
    Ok(Value::Float(x2 - x))
}

// ---- pow, log -----------------------------------------------------------------

fn m_pow(vm: &Vm, args: Args) -> PyResult<Value> {
    nargs(vm, "pow", &args, 2, 2)?;
    let x = to_f64(vm, &args.pos[0])?;
    let y = to_f64(vm, &args.pos[1])?;
    let r;
    if !x.is_finite() || !y.is_finite() {
        r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
    } else {
        r = x.powf(y);
        if r.is_nan() {
            return Err(domain(vm));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain(vm) } else { range(vm) });
        }
    }
    Ok(Value::Float(r))
}

/// `_PyLong_Frexp`: x = m * 2**e with 0.5 <= m < 1, m correctly rounded.
fn bigint_frexp(b: &BigInt) -> (f64, i64) {
    let mag = b.magnitude();
    let n = mag.bits() as i64;
    let sign = if b.sign() == Sign::Minus { -1.0 } else { 1.0 };
    if n <= 53 {
        let f = mag.to_u64().unwrap_or(0) as f64;
        let (m, e) = frexp(f);
        return (sign * m, e);
    }
    let shift = n - 55;
    let mut q = (mag >> (shift as usize)).to_u64().unwrap_or(0);
    let low_mask = (num_bigint::BigUint::one() << (shift as usize)) - 1u32;
    if !(mag & low_mask).is_zero() {
        q |= 1;
    }
    // q has 55 bits; converting to f64 rounds half-even with the sticky bit.
    let mut m = q as f64 / 2f64.powi(55);
    let mut e = n;
    if m == 1.0 {
        m = 0.5;
        e += 1;
    }
    (sign * m, e)
}

/// The C library's treatment of a logarithm's domain, shared by `log`,
/// `log2` and `log10`: `+inf` and NaN pass through, zero gives `-inf`,
/// negatives give NaN; positive finite values use `finite_log`.
fn c_log(x: f64, finite_log: fn(f64) -> f64) -> f64 {
    if x.is_nan() || x == f64::INFINITY {
        x
    } else if x > 0.0 {
        finite_log(x)
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
}

fn m_log_c(x: f64) -> f64 {
    c_log(x, f64::ln)
}

fn m_log2_c(x: f64) -> f64 {
    c_log(x, f64::log2)
}

fn m_log10_c(x: f64) -> f64 {
    c_log(x, f64::log10)
}

/// CPython's `loghelper`: ints too big for a float are logged exactly via
/// their binary exponent.
fn loghelper(vm: &Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if is_int(v) {
        let Some(b) = crate::runtime::arith::as_bigint(v) else {
            return Err(domain(vm));
        };
        if !b.is_positive() {
            return Err(domain(vm));
        }
        let (m, e) = bigint_frexp(&b);
        if e <= 1024 {
            return checked_log(vm, ldexp(m, e), f);
        }
        return Ok(f(m) + f(2.0) * e as f64);
    }
    let x = to_f64(vm, v)?;
    checked_log(vm, x, f)
}

fn checked_log(vm: &Vm, x: f64, f: fn(f64) -> f64) -> PyResult<f64> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(domain(vm));
    }
    Ok(r)
}

fn m_log(vm: &Vm, args: Args) -> PyResult<Value> {
    no_kw(vm, "log", &args)?;
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, &args.pos[0], m_log_c)?;
    if args.pos.len() == 2 {
        let den = loghelper(vm, &args.pos[1], m_log_c)?;
        if den == 0.0 {
            return Err(vm.zero_division("float division by zero"));
        }
        return Ok(Value::Float(num / den));
    }
    Ok(Value::Float(num))
}

fn m_log2(vm: &Vm, args: Args) -> PyResult<Value> {
    nargs(vm, "log2", &args, 1, 1)?;
    Ok(Value::Float(loghelper(vm, &args.pos[0], m_log2_c)?))
}

fn m_log10(vm: &Vm, args: Args) -> PyResult<Value> {
    nargs(vm, "log10", &args, 1, 1)?;
    Ok(Value::Float(loghelper(vm, &args.pos[0], m_log10_c)?))
}

// ---- hypot, dist --------------------------------------------------------------

/// CPython 3.11's `vector_norm`: exactly scaled, compensated sum of squares
/// with a differential correction of the square root.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp(1.0, -max_e);
    const T27: f64 = 134217729.0; // 2**27 + 1, Veltkamp splitting
    let mut csum = 1.0f64;
    let (mut frac1, mut frac2, mut frac3) = (0.0f64, 0.0f64, 0.0f64);
    let add = |csum: &mut f64, frac: &mut f64, x: f64| {
        let old = *csum;
        *csum += x;
        *frac += (old - *csum) + x;
    };
    for &x in vec.iter() {
        let x = x * scale;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;
        add(&mut csum, &mut frac1, hi * hi);
        add(&mut csum, &mut frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    let t = h * T27;
    let hi = t - (t - h);
    let lo = h - hi;
    add(&mut csum, &mut frac1, -hi * hi);
    add(&mut csum, &mut frac2, -2.0 * hi * lo);
    add(&mut csum, &mut frac3, -lo * lo);
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

fn m_hypot(vm: &Vm, args: Args) -> PyResult<Value> {
    no_kw(vm, "hypot", &args)?;
    let mut vec = Vec::with_capacity(args.pos.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for a in args.pos {
        let x = to_f64(vm, a)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        vec.push(x);
    }
    Ok(Value::Float(vector_norm(&mut vec, max, found_nan)))
}

fn m_dist(vm: &Vm, args: Args) -> PyResult<Value> {
    nargs(vm, "dist", &args, 2, 2)?;
    // CPython 3.11 accepts any sequence (converted to a tuple).
    let as_seq = |v: &Value| -> Option<Vec<Value>> {
        if v.as_str().is_some() {
            return None;
        }
        ops::collect(vm, v).ok()
    };
    let (Some(p), Some(q)) = (as_seq(&args.pos[0]), as_seq(&args.pos[1])) else {
        let bad = if as_seq(&args.pos[0]).is_none() {
            &args.pos[0]
        } else {
            &args.pos[1]
        };
        return Err(vm.type_error(format!(
            "dist(): argument {} must be tuple, not {}",
            if as_seq(&args.pos[0]).is_none() { 1 } else { 2 },
            vm.type_name(bad)
        )));
    };
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut vec = Vec::with_capacity(p.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for (a, b) in p.iter().zip(q.iter()) {
        let x = (to_f64(vm, a)? - to_f64(vm, b)?).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        vec.push(x);
    }
    Ok(Value::Float(vector_norm(&mut vec, max, found_nan)))
}

// ---- isclose, fsum, prod --------------------------------------------------------

fn m_isclose(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut a = None;
    let mut b = None;
    let mut rel_tol = 1e-9;
    let mut abs_tol = 0.0;
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    if !args.pos.is_empty() {
        a = Some(args.pos[0].clone());
    }
    if args.pos.len() > 1 {
        b = Some(args.pos[1].clone());
    }
    for (k, v) in args.kw {
        match k.as_str() {
            "a" if a.is_none() => a = Some(v.clone()),
            "b" if b.is_none() => b = Some(v.clone()),
            "rel_tol" => rel_tol = to_f64(vm, v)?,
            "abs_tol" => abs_tol = to_f64(vm, v)?,
            other => {
                return Err(vm.type_error(format!(
                    "isclose() got an unexpected keyword argument '{}'",
                    other
                )));
            }
        }
    }
    let (Some(a), Some(b)) = (a, b) else {
        let which = if a_missing(&args) { "a" } else { "b" };
        return Err(vm.type_error(format!(
            "isclose() missing required argument '{}' (pos {})",
            which,
            if which == "a" { 1 } else { 2 }
        )));
    };
    let a = to_f64(vm, &a)?;
    let b = to_f64(vm, &b)?;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

fn a_missing(args: &Args) -> bool {
    args.pos.is_empty() && !args.kw.iter().any(|(k, _)| k.as_str() == "a")
}

fn m_fsum(vm: &Vm, args: Args) -> PyResult<Value> {
    nargs(vm, "fsum", &args, 1, 1)?;
    let it = ops::iter(vm, &args.pos[0])?;
    let mut p: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = ops::next(vm, &it)? {
        let mut x = to_f64(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn m_prod(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.pos.len()
        )));
    }
    let mut acc = Value::Int(1);
    for (k, v) in args.kw {
        if k.as_str() == "start" {
            acc = v.clone();
        } else {
            return Err(vm.type_error(format!(
                "prod() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
    }
    let it = ops::iter(vm, &args.pos[0])?;
    while let Some(item) = ops::next(vm, &it)? {
        acc = arith::binary_op(vm, BinOp::Mul, &acc, &item)?;
    }
    Ok(acc)
}

// ---- integer functions --------------------------------------------------------

fn m_gcd(vm: &Vm, args: Args) -> PyResult<Value> {
    no_kw(vm, "gcd", &args)?;
    let mut g = BigInt::zero();
    for a in args.pos {
        let x = to_index(vm, a)?;
        g = g.gcd(&x);
    }
    Ok(Value::from_bigint(g))
}

fn m_lcm(vm: &Vm, args: Args) -> PyResult<Value> {
    no_kw(vm, "lcm", &args)?;
    let mut l = BigInt::one();
    for a in args.pos {
        let x = to_index(vm, a)?;
        if l.is_zero() || x.is_zero() {
            l = BigInt::zero();
        } else {
            l = l.lcm(&x);
        }
    }
    Ok(Value::from_bigint(l.abs()))
}

/// n! by binary splitting (products of similar sizes multiply faster).
fn product_range(lo: u64, hi: u64) -> BigInt {
    // product of lo..=hi
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::one();
        let mut small: u64 = 1;
        for k in lo..=hi {
            match small.checked_mul(k) {
                Some(s) => small = s,
                None => {
                    acc *= small;
                    small = k;
                }
            }
        }
        return acc * small;
    }
    let mid = lo + (hi - lo) / 2;
    product_range(lo, mid) * product_range(mid + 1, hi)
}

fn m_factorial(vm: &Vm, args: Args) -> PyResult<Value> {
    nargs(vm, "factorial", &args, 1, 1)?;
    let n = to_index(vm, &args.pos[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|n| *n <= i64::MAX as u64) else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    Ok(Value::from_bigint(product_range(1, n)))
}

fn m_comb(vm: &Vm, args: Args) -> PyResult<Value> {
    nargs(vm, "comb", &args, 2, 2)?;
    let n = to_index(vm, &args.pos[0])?;
    let k = to_index(vm, &args.pos[1])?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(kk) = k.to_u64() else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let mut r = BigInt::one();
    for i in 0..kk {
        r *= &n - BigInt::from(i);
        r /= BigInt::from(i + 1);
    }
    Ok(Value::from_bigint(r))
}

fn m_perm(vm: &Vm, args: Args) -> PyResult<Value> {
    nargs(vm, "perm", &args, 1, 2)?;
    let n = to_index(vm, &args.pos[0])?;
    let k = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(to_index(vm, v)?),
    };
    let Some(k) = k else {
        if n.is_negative() {
            return Err(vm.value_error("factorial() not defined for negative values"));
        }
        return m_factorial(
            vm,
            Args {
                pos: &args.pos[..1],
                kw: &[],
            },
        );
    };
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(kk) = k.to_u64() else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    let mut r = BigInt::one();
    for i in 0..kk {
        r *= &n - BigInt::from(i);
    }
    Ok(Value::from_bigint(r))
}

fn m_isqrt(vm: &Vm, args: Args) -> PyResult<Value> {
    nargs(vm, "isqrt", &args, 1, 1)?;
    let n = to_index(vm, &args.pos[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_matches_c() {
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(frexp(1.0), (0.5, 1));
        assert_eq!(frexp(-3.0), (-0.75, 2));
        assert_eq!(frexp(5e-324), (0.5, -1073));
    }

    #[test]
    fn ldexp_inverts_frexp() {
        for x in [1.5, -2.25e300, 5e-324, 3.0e-310, 123.456] {
            let (m, e) = frexp(x);
            assert_eq!(ldexp(m, e), x);
        }
    }

    #[test]
    fn bigint_frexp_rounds() {
        let b = BigInt::from(1u64 << 60) + 1;
        assert_eq!(bigint_frexp(&b), (0.5, 61));
    }
}
