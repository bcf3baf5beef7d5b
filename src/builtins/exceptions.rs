//! Methods of `BaseException` (and so of every exception class):
//! construction, `args`, `str()`/`repr()`, `with_traceback`, `add_note`;
//! and `SyntaxError`'s own `__init__`/`__str__`.

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
            ("add_note", exc_add_note),
        ],
    );
    let se = vm.exc.syntax_error.clone();
    add_methods(
        vm,
        &se,
        "SyntaxError",
        &[("__init__", syntax_init), ("__str__", syntax_str)],
    );
}

/// `SyntaxError.__init__`: the args, then the location fields.
fn syntax_init(vm: &Vm, args: Args) -> PyResult<Value> {
    exc_init(
        vm,
        Args {
            pos: args.pos,
            kw: &[],
        },
    )?;
    if let Some(obj) = args.pos.first() {
        crate::runtime::syntax_exc::init(vm, obj, &args.pos[1..])?;
    }
    Ok(Value::None)
}

fn syntax_str(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__str__", &args, 1, 1)?;
    Ok(Value::str(crate::runtime::syntax_exc::to_str(
        vm,
        &args.pos[0],
    )?))
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

/// `e.add_note(note)`: append to the list in `e.__notes__`, creating it.
fn exc_add_note(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "add_note", &args, 2, 2)?;
    let (e, note) = (&args.pos[0], &args.pos[1]);
    if note.as_str().is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(note))));
    }
    let name = crate::syntax::intern::intern("__notes__");
    let notes = match crate::runtime::attr::get_attr(vm, e, name) {
        Ok(v) => v,
        Err(err) if ops::isinstance(vm, &Value::Obj(err.0.clone()), &vm.exc.attribute_error) => {
            let list = ops::new_list(Vec::new());
            crate::runtime::attr::set_attr(vm, e, name, list.clone())?;
            list
        }
        Err(err) => return Err(err),
    };
    match notes.payload() {
        Some(Payload::List(l)) => {
            l.borrow_mut().push(note.clone());
            Ok(Value::None)
        }
        _ => Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
}
