//! The trigonometric and hyperbolic functions of `cmath` (`sin` ...
//! `atanh`) for finite arguments, computed as CPython's `cmathmodule.c`
//! does (the inverse functions by Kahan's formulas). Infinite and NaN
//! arguments raise `NotImplementedError` until CPython's special-value
//! tables are reproduced.

use crate::runtime::complex::C64;
use crate::runtime::complex_type::new_value;
use crate::runtime::object::{Args, NativeFn};
use crate::runtime::{PyResult, Value};
use crate::vm::Vm;

use super::cmath::{c_sqrt, one_arg};
use crate::runtime::num_float::asinh as real_asinh;

/// The functions this module adds to `cmath`.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("sin", sin),
    ("cos", cos),
    ("tan", tan),
    ("asin", asin),
    ("acos", acos),
    ("atan", atan),
    ("sinh", sinh),
    ("cosh", cosh),
    ("tanh", tanh),
    ("asinh", asinh),
    ("acosh", acosh),
    ("atanh", atanh),
];

/// Why a kernel failed: CPython's `errno` values.
enum Fail {
    Domain,
    Range,
}

type Kernel = fn(C64) -> Result<C64, Fail>;

fn run(vm: &Vm, name: &str, args: &Args, f: Kernel) -> PyResult<Value> {
    let z = one_arg(vm, name, args)?;
    if !z.re.is_finite() || !z.im.is_finite() {
        return Err(vm.err(
            &vm.exc.not_implemented_error,
            format!("wisp's cmath.{name} does not support infinite or NaN arguments yet"),
        ));
    }
    match f(z) {
        Ok(r) => Ok(new_value(r)),
        Err(Fail::Domain) => Err(vm.value_error("math domain error")),
        Err(Fail::Range) => Err(vm.overflow_error("math range error")),
    }
}

fn large_double() -> f64 {
    f64::MAX / 4.0
}

fn log_large_double() -> f64 {
    large_double().ln()
}

fn overflow_check(r: C64) -> Result<C64, Fail> {
    if r.re.is_infinite() || r.im.is_infinite() {
        Err(Fail::Range)
    } else {
        Ok(r)
    }
}

/// `i * z` rotated back: the identities `sin(z) = -i sinh(iz)` and friends.
fn via_i(z: C64, f: Kernel) -> Result<C64, Fail> {
    let s = f(C64::new(-z.im, z.re))?;
    Ok(C64::new(s.im, -s.re))
}

fn c_sinh(z: C64) -> Result<C64, Fail> {
    let (x, y) = (z.re, z.im);
    let r = if x.abs() > log_large_double() {
        let x1 = x - 1f64.copysign(x);
        C64::new(
            y.cos() * x1.sinh() * std::f64::consts::E,
            y.sin() * x1.cosh() * std::f64::consts::E,
        )
    } else {
        C64::new(y.cos() * x.sinh(), y.sin() * x.cosh())
    };
    overflow_check(r)
}

fn c_cosh(z: C64) -> Result<C64, Fail> {
    let (x, y) = (z.re, z.im);
    let r = if x.abs() > log_large_double() {
        let x1 = x - 1f64.copysign(x);
        C64::new(
            y.cos() * x1.cosh() * std::f64::consts::E,
            y.sin() * x1.sinh() * std::f64::consts::E,
        )
    } else {
        C64::new(y.cos() * x.cosh(), y.sin() * x.sinh())
    };
    overflow_check(r)
}

fn c_tanh(z: C64) -> Result<C64, Fail> {
    let (x, y) = (z.re, z.im);
    if x.abs() > log_large_double() {
        return Ok(C64::new(
            1f64.copysign(x),
            4.0 * y.sin() * y.cos() * (-2.0 * x.abs()).exp(),
        ));
    }
    let tx = x.tanh();
    let ty = y.tan();
    let cx = 1.0 / x.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok(C64::new(
        tx * (1.0 + ty * ty) / denom,
        ((ty / denom) * cx) * cx,
    ))
}

fn c_asinh(z: C64) -> Result<C64, Fail> {
    let (x, y) = (z.re, z.im);
    if x.abs() > large_double() || y.abs() > large_double() {
        let l = (x / 2.0).hypot(y / 2.0).ln() + std::f64::consts::LN_2 * 2.0;
        let re = if y >= 0.0 {
            l.copysign(x)
        } else {
            -l.copysign(-x)
        };
        return Ok(C64::new(re, y.atan2(x.abs())));
    }
    let s1 = c_sqrt(C64::new(1.0 + y, -x));
    let s2 = c_sqrt(C64::new(1.0 - y, x));
    Ok(C64::new(
        real_asinh(s1.re * s2.im - s2.re * s1.im),
        y.atan2(s1.re * s2.re - s1.im * s2.im),
    ))
}

fn c_acos(z: C64) -> Result<C64, Fail> {
    let (x, y) = (z.re, z.im);
    if x.abs() > large_double() || y.abs() > large_double() {
        let l = (x / 2.0).hypot(y / 2.0).ln() + std::f64::consts::LN_2 * 2.0;
        let im = if x < 0.0 {
            -l.copysign(y)
        } else {
            l.copysign(-y)
        };
        return Ok(C64::new(y.abs().atan2(x), im));
    }
    let s1 = c_sqrt(C64::new(1.0 - x, -y));
    let s2 = c_sqrt(C64::new(1.0 + x, y));
    Ok(C64::new(
        2.0 * s1.re.atan2(s2.re),
        real_asinh(s2.re * s1.im - s2.im * s1.re),
    ))
}

fn c_acosh(z: C64) -> Result<C64, Fail> {
    let (x, y) = (z.re, z.im);
    if x.abs() > large_double() || y.abs() > large_double() {
        return Ok(C64::new(
            (x / 2.0).hypot(y / 2.0).ln() + std::f64::consts::LN_2 * 2.0,
            y.atan2(x),
        ));
    }
    let s1 = c_sqrt(C64::new(x - 1.0, y));
    let s2 = c_sqrt(C64::new(x + 1.0, y));
    Ok(C64::new(
        real_asinh(s1.re * s2.re + s1.im * s2.im),
        2.0 * s1.im.atan2(s2.re),
    ))
}

fn c_atanh(z: C64) -> Result<C64, Fail> {
    let (x, y) = (z.re, z.im);
    if x < 0.0 {
        // atanh(z) = -atanh(-z)
        let r = c_atanh(C64::new(-x, -y))?;
        return Ok(C64::new(-r.re, -r.im));
    }
    let ay = y.abs();
    let sqrt_large = large_double().sqrt();
    if x > sqrt_large || ay > sqrt_large {
        // atanh(z) ~ 1/z +/- i*pi/2 for large z.
        let h = (x / 2.0).hypot(y / 2.0);
        return Ok(C64::new(
            x / 4.0 / h / h,
            -(std::f64::consts::FRAC_PI_2).copysign(-y),
        ));
    }
    if x == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return Err(Fail::Domain);
        }
        return Ok(C64::new(
            -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
            (2f64.atan2(-ay) / 2.0).copysign(y),
        ));
    }
    Ok(C64::new(
        (4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)).ln_1p() / 4.0,
        -(-2.0 * y).atan2((1.0 - x) * (1.0 + x) - ay * ay) / 2.0,
    ))
}

fn sin(vm: &Vm, args: Args) -> PyResult<Value> {
    run(vm, "sin", &args, |z| via_i(z, c_sinh))
}
fn cos(vm: &Vm, args: Args) -> PyResult<Value> {
    run(vm, "cos", &args, |z| c_cosh(C64::new(-z.im, z.re)))
}
fn tan(vm: &Vm, args: Args) -> PyResult<Value> {
    run(vm, "tan", &args, |z| via_i(z, c_tanh))
}
fn asin(vm: &Vm, args: Args) -> PyResult<Value> {
    run(vm, "asin", &args, |z| via_i(z, c_asinh))
}
fn acos(vm: &Vm, args: Args) -> PyResult<Value> {
    run(vm, "acos", &args, c_acos)
}
fn atan(vm: &Vm, args: Args) -> PyResult<Value> {
    run(vm, "atan", &args, |z| via_i(z, c_atanh))
}
fn sinh(vm: &Vm, args: Args) -> PyResult<Value> {
    run(vm, "sinh", &args, c_sinh)
}
fn cosh(vm: &Vm, args: Args) -> PyResult<Value> {
    run(vm, "cosh", &args, c_cosh)
}
fn tanh(vm: &Vm, args: Args) -> PyResult<Value> {
    run(vm, "tanh", &args, c_tanh)
}
fn asinh(vm: &Vm, args: Args) -> PyResult<Value> {
    run(vm, "asinh", &args, c_asinh)
}
fn acosh(vm: &Vm, args: Args) -> PyResult<Value> {
    run(vm, "acosh", &args, c_acosh)
}
fn atanh(vm: &Vm, args: Args) -> PyResult<Value> {
    run(vm, "atanh", &args, c_atanh)
}
