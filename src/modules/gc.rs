//! The `gc` module: the Python face of the cycle collector.

use crate::builtins::{arity, native};
use crate::runtime::object::Args;
use crate::runtime::{PyResult, Value};
use crate::vm::Vm;

use super::{new_module, set_attr};

pub fn create(vm: &Vm) -> Value {
    let m = new_module(vm, "gc");
    set_attr(vm, &m, "collect", native("collect", collect));
    set_attr(vm, &m, "enable", native("enable", enable));
    set_attr(vm, &m, "disable", native("disable", disable));
    set_attr(vm, &m, "isenabled", native("isenabled", isenabled));
    m
}

fn collect(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "collect", &args, 0, 1)?;
    Ok(Value::Int(crate::gc::collect(vm) as i64))
}

fn enable(vm: &Vm, _args: Args) -> PyResult<Value> {
    vm.gc_enabled.set(true);
    Ok(Value::None)
}

fn disable(vm: &Vm, _args: Args) -> PyResult<Value> {
    vm.gc_enabled.set(false);
    Ok(Value::None)
}

fn isenabled(vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(vm.gc_enabled.get()))
}
