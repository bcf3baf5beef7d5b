//! The `cmath` module: complex square root, exponential, logarithms, the
//! polar form (`phase`, `polar`, `rect`), the `isfinite`/`isinf`/`isnan`/
//! `isclose` tests and the constants, computed the way CPython's
//! `cmathmodule.c` does for finite arguments (C99 Annex G values at
//! infinities and NaNs).
//!
//! The trigonometric and hyperbolic functions are in `cmath_trig`.

use crate::builtins::{arity, kwarg, native};
use crate::runtime::complex::{self, C64};
use crate::runtime::complex_type::{new_value, to_c64};
use crate::runtime::object::Args;
use crate::runtime::{arith, ops, PyResult, Value};
use crate::vm::Vm;

use super::{new_module, set_attr};

pub fn create(vm: &Vm) -> Value {
    let m = new_module(vm, "cmath");
    let funcs: &[(&'static str, crate::runtime::object::NativeFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("log", log),
        ("log10", log10),
        ("phase", phase),
        ("polar", polar),
        ("rect", rect),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isclose", isclose),
    ];
    for (name, f) in funcs.iter().chain(super::cmath_trig::FUNCTIONS) {
        set_attr(vm, &m, name, native(name, *f));
    }
    let pi = std::f64::consts::PI;
    set_attr(vm, &m, "pi", Value::Float(pi));
    set_attr(vm, &m, "e", Value::Float(std::f64::consts::E));
    set_attr(vm, &m, "tau", Value::Float(std::f64::consts::TAU));
    set_attr(vm, &m, "inf", Value::Float(f64::INFINITY));
    set_attr(vm, &m, "nan", Value::Float(f64::NAN));
    set_attr(vm, &m, "infj", new_value(C64::new(0.0, f64::INFINITY)));
    set_attr(vm, &m, "nanj", new_value(C64::new(0.0, f64::NAN)));
    m
}

pub(super) fn one_arg(vm: &Vm, name: &str, args: &Args) -> PyResult<C64> {
    arity(vm, &format!("cmath.{name}"), args, 1, 1)?;
    to_c64(vm, &args.pos[0])
}

fn domain(vm: &Vm) -> crate::runtime::Exc {
    vm.value_error("math domain error")
}

fn range(vm: &Vm) -> crate::runtime::Exc {
    vm.overflow_error("math range error")
}

/// `ldexp` for the scalings below (exact for these exponents).
fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

/// `c_sqrt`: scaled to avoid overflow and loss of precision.
pub fn c_sqrt(z: C64) -> C64 {
    let (x, y) = (z.re, z.im);
    if !x.is_finite() || !y.is_finite() {
        if y.is_infinite() {
            return C64::new(f64::INFINITY, y);
        }
        if x.is_nan() || y.is_nan() {
            if x == f64::NEG_INFINITY {
                return C64::new(f64::NAN, f64::INFINITY.copysign(y));
            }
            if x == f64::INFINITY {
                return C64::new(f64::INFINITY, f64::NAN);
            }
            return C64::new(f64::NAN, f64::NAN);
        }
        return if x > 0.0 {
            C64::new(f64::INFINITY, 0f64.copysign(y))
        } else {
            C64::new(0.0, f64::INFINITY.copysign(y))
        };
    }
    if x == 0.0 && y == 0.0 {
        return C64::new(0.0, y);
    }
    let (mut ax, ay) = (x.abs(), y.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot(ax, ay) would be subnormal: scale up first.
        ax = ldexp(ax, 53);
        ldexp((ax + ax.hypot(ldexp(ay, 53))).sqrt(), -27)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if x >= 0.0 {
        C64::new(s, d.copysign(y))
    } else {
        C64::new(d, s.copysign(y))
    }
}

fn sqrt(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(new_value(c_sqrt(one_arg(vm, "sqrt", &args)?)))
}

/// `log(DBL_MAX / 4)`: beyond it `exp` is taken in two steps.
fn log_large_double() -> f64 {
    (f64::MAX / 4.0).ln()
}

fn exp(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one_arg(vm, "exp", &args)?;
    let (x, y) = (z.re, z.im);
    if !x.is_finite() || !y.is_finite() {
        if y.is_infinite() && (x.is_finite() || x == f64::INFINITY) {
            return Err(domain(vm));
        }
        let r = if x.is_infinite() && y.is_finite() && y != 0.0 {
            if x > 0.0 {
                C64::new(
                    f64::INFINITY.copysign(y.cos()),
                    f64::INFINITY.copysign(y.sin()),
                )
            } else {
                C64::new(0f64.copysign(y.cos()), 0f64.copysign(y.sin()))
            }
        } else if x == f64::INFINITY && y == 0.0 {
            C64::new(f64::INFINITY, y)
        } else if x == f64::NEG_INFINITY {
            C64::new(0.0, if y == 0.0 { y } else { 0.0 })
        } else if x == f64::INFINITY {
            C64::new(f64::INFINITY, f64::NAN)
        } else if x.is_nan() && y == 0.0 {
            C64::new(f64::NAN, y)
        } else {
            C64::new(f64::NAN, f64::NAN)
        };
        return Ok(new_value(r));
    }
    let r = if x > log_large_double() {
        let l = (x - 1.0).exp();
        C64::new(
            l * y.cos() * std::f64::consts::E,
            l * y.sin() * std::f64::consts::E,
        )
    } else {
        let l = x.exp();
        C64::new(l * y.cos(), l * y.sin())
    };
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(range(vm));
    }
    Ok(new_value(r))
}

/// `c_log`; `None` for log(0).
pub fn c_log(z: C64) -> Option<C64> {
    let (x, y) = (z.re, z.im);
    if !x.is_finite() || !y.is_finite() {
        let re = if x.is_infinite() || y.is_infinite() {
            f64::INFINITY
        } else {
            f64::NAN
        };
        return Some(C64::new(re, y.atan2(x)));
    }
    let (ax, ay) = (x.abs(), y.abs());
    let large = f64::MAX / 4.0;
    let re = if ax > large || ay > large {
        (ax / 2.0).hypot(ay / 2.0).ln() + std::f64::consts::LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            // hypot(ax, ay) would be subnormal: scale up first.
            ldexp(ax, 53).hypot(ldexp(ay, 53)).ln() - 53.0 * std::f64::consts::LN_2
        } else {
            return None;
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    Some(C64::new(re, y.atan2(x)))
}

fn log(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "log", &args, 1, 2)?;
    let z = to_c64(vm, &args.pos[0])?;
    let r = c_log(z).ok_or_else(|| domain(vm))?;
    let Some(base) = args.pos.get(1).or_else(|| kwarg(&args, "base")) else {
        return Ok(new_value(r));
    };
    let b = c_log(to_c64(vm, base)?).ok_or_else(|| domain(vm))?;
    let q = complex::quot(r, b).ok_or_else(|| domain(vm))?;
    Ok(new_value(q))
}

fn log10(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one_arg(vm, "log10", &args)?;
    let r = c_log(z).ok_or_else(|| domain(vm))?;
    let ln10 = std::f64::consts::LN_10;
    Ok(new_value(C64::new(r.re / ln10, r.im / ln10)))
}

/// `c_atan2`: the argument of `z`, NaN if a part is NaN.
fn c_phase(z: C64) -> f64 {
    if z.re.is_nan() || z.im.is_nan() {
        return f64::NAN;
    }
    z.im.atan2(z.re)
}

fn phase(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one_arg(vm, "phase", &args)?;
    let phi = c_phase(z);
    // libm's atan2 reports a result that underflows to zero (CPython
    // raises math_error).
    if phi == 0.0 && z.im != 0.0 && z.re.is_finite() {
        return Err(range(vm));
    }
    Ok(Value::Float(phi))
}

fn polar(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one_arg(vm, "polar", &args)?;
    let r = complex::abs(z).map_err(|_| range(vm))?;
    Ok(ops::new_tuple(vec![
        Value::Float(r),
        Value::Float(c_phase(z)),
    ]))
}

fn real_arg(vm: &Vm, v: &Value) -> PyResult<f64> {
    match arith::as_f64(vm, v) {
        Some(r) => r,
        None => Ok(to_c64(vm, v)
            .and_then(|z| {
                if crate::runtime::complex_type::as_complex(v).is_some() {
                    Err(vm.type_error("must be real number, not complex"))
                } else {
                    Ok(z)
                }
            })?
            .re),
    }
}

fn rect(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "rect", &args, 2, 2)?;
    let r = real_arg(vm, &args.pos[0])?;
    let phi = real_arg(vm, &args.pos[1])?;
    if r != 0.0 && !r.is_nan() && phi.is_infinite() {
        return Err(domain(vm));
    }
    let z = if r.is_finite() && phi.is_finite() {
        if phi == 0.0 {
            C64::new(r, r * phi)
        } else {
            C64::new(r * phi.cos(), r * phi.sin())
        }
    } else if r.is_infinite() && phi.is_finite() && phi != 0.0 {
        C64::new(r * phi.cos(), r * phi.sin())
    } else if r == 0.0 {
        // Special values (CPython's rect_special_values table).
        C64::new(0.0, 0.0)
    } else if r.is_infinite() {
        match (phi == 0.0, r > 0.0) {
            (true, true) => C64::new(r, phi),
            (true, false) => C64::new(r, -phi),
            _ => C64::new(f64::INFINITY, f64::NAN),
        }
    } else if r.is_nan() && phi == 0.0 {
        C64::new(f64::NAN, 0.0)
    } else {
        C64::new(f64::NAN, f64::NAN)
    };
    Ok(new_value(z))
}

fn isfinite(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one_arg(vm, "isfinite", &args)?;
    Ok(Value::Bool(z.re.is_finite() && z.im.is_finite()))
}

fn isinf(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one_arg(vm, "isinf", &args)?;
    Ok(Value::Bool(z.re.is_infinite() || z.im.is_infinite()))
}

fn isnan(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one_arg(vm, "isnan", &args)?;
    Ok(Value::Bool(z.re.is_nan() || z.im.is_nan()))
}

fn isclose(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "isclose", &args, 2, 2)?;
    let a = to_c64(vm, &args.pos[0])?;
    let b = to_c64(vm, &args.pos[1])?;
    let tol = |name: &str, default: f64| match kwarg(&args, name) {
        Some(v) => real_arg(vm, v),
        None => Ok(default),
    };
    let rel_tol = tol("rel_tol", 1e-9)?;
    let abs_tol = tol("abs_tol", 0.0)?;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a.re == b.re && a.im == b.im {
        return Ok(Value::Bool(true));
    }
    if [a.re, a.im, b.re, b.im].iter().any(|x| x.is_infinite()) {
        return Ok(Value::Bool(false));
    }
    let abs = |z: C64| complex::abs(z).unwrap_or(f64::INFINITY);
    let diff = abs(complex::sub(a, b));
    Ok(Value::Bool(
        diff <= rel_tol * abs(b) || diff <= rel_tol * abs(a) || diff <= abs_tol,
    ))
}
