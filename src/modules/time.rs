//! A minimal `time` module: `time`, `time_ns`, `perf_counter(_ns)`,
//! `monotonic(_ns)`, `process_time`, `sleep`.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::builtins::{arity, native};
use crate::runtime::object::Args;
use crate::runtime::{arith, PyResult, Value};
use crate::vm::Vm;

use super::{new_module, set_attr};

pub fn create(vm: &Vm) -> Value {
    let m = new_module(vm, "time");
    set_attr(vm, &m, "time", native("time", time));
    set_attr(vm, &m, "time_ns", native("time_ns", time_ns));
    set_attr(vm, &m, "perf_counter", native("perf_counter", monotonic));
    set_attr(
        vm,
        &m,
        "perf_counter_ns",
        native("perf_counter_ns", monotonic_ns),
    );
    set_attr(vm, &m, "monotonic", native("monotonic", monotonic));
    set_attr(vm, &m, "monotonic_ns", native("monotonic_ns", monotonic_ns));
    set_attr(vm, &m, "process_time", native("process_time", monotonic));
    set_attr(vm, &m, "sleep", native("sleep", sleep));
    m
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

/// Monotonic time since the first call (plus one second so it is never 0).
fn mono() -> Duration {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed() + Duration::from_secs(1)
}

fn time(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "time", &args, 0, 0)?;
    Ok(Value::Float(since_epoch().as_secs_f64()))
}

fn time_ns(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "time_ns", &args, 0, 0)?;
    Ok(Value::from_bigint(since_epoch().as_nanos().into()))
}

fn monotonic(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "monotonic", &args, 0, 0)?;
    Ok(Value::Float(mono().as_secs_f64()))
}

fn monotonic_ns(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "monotonic_ns", &args, 0, 0)?;
    Ok(Value::from_bigint(mono().as_nanos().into()))
}

fn sleep(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "sleep", &args, 1, 1)?;
    let secs = match arith::as_f64(vm, &args.pos[0]) {
        Some(r) => r?,
        None => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&args.pos[0])
            )))
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(Duration::from_secs_f64(secs.min(1e9)));
    Ok(Value::None)
}
