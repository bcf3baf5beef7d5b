//! The `sys` module: `argv`, `stdout`/`stderr`, `exit`, `version`,
//! recursion limit, `getrefcount`, `modules`, `maxsize`.

use crate::builtins::{arity, native};
use crate::runtime::exception::new_exception;
use crate::runtime::object::Args;
use crate::runtime::{ops, Exc, PyResult, Value};
use crate::vm::Vm;

use super::{new_module, set_attr};

pub fn create(vm: &Vm) -> Value {
    let m = new_module(vm, "sys");
    let argv: Vec<Value> = vm
        .argv
        .borrow()
        .iter()
        .map(|a| Value::str(a.as_str()))
        .collect();
    set_attr(vm, &m, "argv", ops::new_list(argv));
    if let Some((out, err, inp)) = crate::builtins::io::streams() {
        set_attr(vm, &m, "stdout", out.clone());
        set_attr(vm, &m, "stderr", err.clone());
        set_attr(vm, &m, "stdin", inp.clone());
        set_attr(vm, &m, "__stdout__", out);
        set_attr(vm, &m, "__stderr__", err);
        set_attr(vm, &m, "__stdin__", inp);
    }
    let path: Vec<Value> = vm
        .search_path
        .borrow()
        .iter()
        .map(|p| Value::str(p.as_str()))
        .collect();
    set_attr(vm, &m, "path", ops::new_list(path));
    set_attr(vm, &m, "version", Value::str("3.11.0 (wisp 0.1.0)"));
    set_attr(
        vm,
        &m,
        "version_info",
        ops::new_tuple(vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(0),
            Value::str("final"),
            Value::Int(0),
        ]),
    );
    set_attr(vm, &m, "maxsize", Value::Int(i64::MAX));
    set_attr(vm, &m, "platform", Value::str("linux"));
    set_attr(vm, &m, "implementation_name", Value::str("wisp"));
    set_attr(vm, &m, "byteorder", Value::str("little"));
    set_attr(vm, &m, "exit", native("exit", sys_exit));
    set_attr(
        vm,
        &m,
        "getrecursionlimit",
        native("getrecursionlimit", getrecursionlimit),
    );
    set_attr(
        vm,
        &m,
        "setrecursionlimit",
        native("setrecursionlimit", setrecursionlimit),
    );
    set_attr(vm, &m, "getrefcount", native("getrefcount", getrefcount));
    set_attr(vm, &m, "exc_info", native("exc_info", exc_info));
    set_attr(vm, &m, "intern", native("intern", intern));
    m
}

fn sys_exit(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "exit", &args, 0, 1)?;
    Err(Exc(new_exception(&vm.exc.system_exit, args.pos.to_vec())))
}

fn getrecursionlimit(vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit.get() as i64))
}

/// Highest limit wisp accepts: deeper Python recursion would exhaust the
/// evaluator thread's stack before `RecursionError` could be raised.
pub const MAX_RECURSION_LIMIT: i64 = 60_000;

fn setrecursionlimit(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "setrecursionlimit", &args, 1, 1)?;
    let n = ops::index_value(vm, &args.pos[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit.set(n.min(MAX_RECURSION_LIMIT) as u32);
    Ok(Value::None)
}

fn getrefcount(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "getrefcount", &args, 1, 1)?;
    Ok(Value::Int(match &args.pos[0] {
        Value::Obj(o) => o.refcount() as i64,
        _ => 1 << 32,
    }))
}

fn exc_info(vm: &Vm, _args: Args) -> PyResult<Value> {
    let cur = vm.handling.borrow().last().cloned();
    Ok(match cur {
        Some(e) => ops::new_tuple(vec![Value::Obj(vm.type_of(&e).clone()), e, Value::None]),
        None => ops::new_tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn intern(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "intern", &args, 1, 1)?;
    match args.pos[0].as_str() {
        Some(s) => Ok(vm.intern_str(s)),
        None => Err(vm.type_error("intern() argument must be str")),
    }
}
