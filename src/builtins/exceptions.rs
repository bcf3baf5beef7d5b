//! Methods of `BaseException` (and so of every exception class):
//! construction, `args`, `str()`/`repr()`, `with_traceback`.

use crate::runtime::exception::exc_data;
use crate::runtime::object::*;
use crate::runtime::repr::{exception_str, repr};
use crate::runtime::{ops, PyResult, Value};
use crate::vm::Vm;

use super::convert::cls_arg;
use super::{add_methods, arity};

pub fn install(vm: &Vm) {
    let be = vm.exc.base_exception.clone();
    add_methods(
        vm,
        &be,
        "BaseException",
        &[
            ("__new__", exc_new),
            ("__init__", exc_init),
            ("__str__", exc_str),
            ("__repr__", exc_repr),
            ("with_traceback", exc_with_traceback),
        ],
    );
}

fn exc_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args)?;
    Ok(Value::Obj(crate::runtime::exception::new_exception(
        &cls,
        args.pos[1..].to_vec(),
    )))
}

fn exc_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(o)) = args.pos.first() else {
        return Ok(Value::None);
    };
    if let Some(d) = exc_data(o) {
        let new_args = ops::new_tuple(args.pos[1..].to_vec());
        let old = std::mem::replace(&mut d.borrow_mut().args, new_args);
        drop(old);
    }
    let _ = vm;
    Ok(Value::None)
}

fn exc_str(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__str__", &args, 1, 1)?;
    let Some(Value::Obj(o)) = args.pos.first() else {
        return Ok(Value::str(""));
    };
    let a = exc_data(o)
        .map(|d| d.borrow().args.clone())
        .unwrap_or(Value::None);
    // KeyError shows the repr of a lone key (CPython's KeyError_str).
    if crate::runtime::types::is_subtype(vm.type_of(&args.pos[0]), &vm.exc.key_error) {
        if let Some([one]) = a.as_tuple() {
            return Ok(Value::str(repr(vm, one)?));
        }
    }
    Ok(Value::str(exception_str(vm, &a)?))
}

fn exc_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__repr__", &args, 1, 1)?;
    let Some(Value::Obj(o)) = args.pos.first() else {
        return Ok(Value::str(""));
    };
    let a = exc_data(o)
        .map(|d| d.borrow().args.clone())
        .unwrap_or(Value::None);
    let name = vm.type_name(&args.pos[0]);
    let inner = match a.as_tuple() {
        Some([one]) => repr(vm, one)?,
        Some(_) => {
            let r = repr(vm, &a)?;
            r[1..r.len() - 1].trim_end_matches(',').to_owned()
        }
        None => String::new(),
    };
    Ok(Value::str(format!("{}({})", name, inner)))
}

fn exc_with_traceback(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "with_traceback", &args, 2, 2)?;
    Ok(args.pos[0].clone())
}
