//! The bound-method type (`types.MethodType`): construction from a
//! function and an instance, equality and hashing as CPython's `method`.

use crate::runtime::heap::ObjRef;
use crate::runtime::object::*;
use crate::runtime::{ops, PyResult, Value};
use crate::vm::Vm;

use super::{add_methods, arity};

pub fn install(vm: &Vm) {
    add_methods(
        vm,
        &vm.types.method,
        "method",
        &[
            ("__new__", method_new),
            ("__eq__", method_eq),
            ("__ne__", method_ne),
            ("__hash__", method_hash),
        ],
    );
}

fn method_new(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "method", &args, 3, 3)?;
    let (func, obj) = (&args.pos[1], &args.pos[2]);
    if obj.is_none() {
        return Err(vm.type_error("self must not be None"));
    }
    let callable = match func.payload() {
        Some(
            Payload::Function(_) | Payload::Native(_) | Payload::BoundMethod(_) | Payload::Type(_),
        ) => true,
        Some(_) => vm.special(func, vm.sym.call).is_some(),
        None => false,
    };
    if !callable {
        return Err(vm.type_error("first argument must be callable"));
    }
    Ok(Value::Obj(ObjRef::new(Payload::BoundMethod(Box::new(
        BoundMethod {
            func: func.clone(),
            self_: obj.clone(),
        },
    )))))
}

fn parts(v: &Value) -> Option<(&Value, &Value)> {
    match v.payload() {
        Some(Payload::BoundMethod(m)) => Some((&m.func, &m.self_)),
        _ => None,
    }
}

/// CPython 3.8+: methods are equal when their functions are equal and they
/// are bound to the *same* object.
fn equal(vm: &Vm, args: &Args) -> PyResult<Option<bool>> {
    arity(vm, "__eq__", args, 2, 2)?;
    let (Some((fa, sa)), Some((fb, sb))) = (parts(&args.pos[0]), parts(&args.pos[1])) else {
        return Ok(None);
    };
    Ok(Some(sa.is(sb) && ops::eq(vm, fa, fb)?))
}

fn method_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(match equal(vm, &args)? {
        Some(b) => Value::Bool(b),
        None => vm.not_implemented.clone(),
    })
}

fn method_ne(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(match equal(vm, &args)? {
        Some(b) => Value::Bool(!b),
        None => vm.not_implemented.clone(),
    })
}

fn method_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__hash__", &args, 1, 1)?;
    let Some((f, s)) = parts(&args.pos[0]) else {
        return Err(vm.type_error("descriptor '__hash__' requires a 'method' object"));
    };
    let x = (s.id().rotate_right(4)) as i64;
    let y = ops::hash(vm, f)?;
    let h = x ^ y;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}
