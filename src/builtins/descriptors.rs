//! Methods of the built-in descriptor types: `property` (`getter`,
//! `setter`, `deleter`, `__get__`, `__set__`, `__delete__`), slot
//! `member_descriptor`s (`__get__`, `__set__`, `__delete__`), and
//! `__get__` of `staticmethod`/`classmethod`/functions, so that
//! `C.__dict__['f'].__get__(obj, C)` works as in CPython.

use crate::runtime::heap::ObjRef;
use crate::runtime::object::*;
use crate::runtime::{PyResult, Value};
use crate::vm::Vm;

use super::{add_methods, arity};

pub fn install(vm: &Vm) {
    let t = &vm.types;
    add_methods(
        vm,
        &t.property,
        "property",
        &[
            ("getter", prop_getter),
            ("setter", prop_setter),
            ("deleter", prop_deleter),
            ("__get__", prop_get),
            ("__set__", prop_set),
            ("__delete__", prop_delete),
            ("__set_name__", prop_set_name),
        ],
    );
    add_methods(
        vm,
        &t.staticmethod,
        "staticmethod",
        &[("__get__", static_get)],
    );
    add_methods(vm, &t.classmethod, "classmethod", &[("__get__", class_get)]);
    add_methods(vm, &t.function, "function", &[("__get__", func_get)]);
    add_methods(
        vm,
        &t.member_descriptor,
        "member_descriptor",
        &[
            ("__get__", member_get),
            ("__set__", member_set),
            ("__delete__", member_delete),
        ],
    );
}

fn member_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Member> {
    match v.payload() {
        Some(Payload::Member(m)) => Ok(m),
        _ => Err(vm.type_error("descriptor requires a 'member_descriptor' object")),
    }
}

/// `member.__get__(obj, type=None)`: the slot's value, or the descriptor
/// itself when `obj` is None.
fn member_get(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__get__", &args, 2, 3)?;
    let m = member_of(vm, &args.pos[0])?;
    if args.pos[1].is_none() {
        return Ok(args.pos[0].clone());
    }
    crate::runtime::slots::get(vm, m, &args.pos[1])
}

fn member_set(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__set__", &args, 3, 3)?;
    let m = member_of(vm, &args.pos[0])?;
    crate::runtime::slots::set(vm, m, &args.pos[1], args.pos[2].clone())?;
    Ok(Value::None)
}

fn member_delete(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__delete__", &args, 2, 2)?;
    let m = member_of(vm, &args.pos[0])?;
    crate::runtime::slots::delete(vm, m, &args.pos[1])?;
    Ok(Value::None)
}

fn prop_parts(vm: &Vm, v: &Value) -> PyResult<([Value; 4], Value)> {
    match v.payload() {
        Some(Payload::Property(p)) => Ok((p.parts.clone(), p.name.borrow().clone())),
        _ => Err(vm.type_error("descriptor requires a 'property' object")),
    }
}

/// A copy of the property with part `i` replaced (CPython's `property_copy`).
fn prop_with(vm: &Vm, args: &Args, i: usize, name: &str) -> PyResult<Value> {
    arity(
        vm,
        name,
        &Args {
            pos: &args.pos[1.min(args.pos.len())..],
            kw: args.kw,
        },
        1,
        1,
    )?;
    let (mut parts, prop_name) = prop_parts(vm, &args.pos[0])?;
    parts[i] = args.pos[1].clone();
    if i == 0 && parts[3].is_none() {
        parts[3] =
            crate::runtime::attr::get_attr(vm, &args.pos[1], vm.sym.doc).unwrap_or(Value::None);
    }
    Ok(Value::Obj(ObjRef::new(Payload::Property(
        PropertyObj::new(parts, prop_name),
    ))))
}

/// `property.__set_name__(owner, name)`: the name its error messages use.
fn prop_set_name(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 3 || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "__set_name__() takes 2 positional arguments but {} were given",
            args.pos.len().saturating_sub(1) + args.kw.len()
        )));
    }
    match args.pos[0].payload() {
        Some(Payload::Property(p)) => {
            let old = p.name.replace(args.pos[2].clone());
            drop(old);
            Ok(Value::None)
        }
        _ => Err(vm.type_error("descriptor requires a 'property' object")),
    }
}

fn prop_getter(vm: &Vm, args: Args) -> PyResult<Value> {
    prop_with(vm, &args, 0, "getter")
}

fn prop_setter(vm: &Vm, args: Args) -> PyResult<Value> {
    prop_with(vm, &args, 1, "setter")
}

fn prop_deleter(vm: &Vm, args: Args) -> PyResult<Value> {
    prop_with(vm, &args, 2, "deleter")
}

fn prop_get(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__get__", &args, 2, 3)?;
    if args.pos[1].is_none() {
        return Ok(args.pos[0].clone());
    }
    crate::runtime::attr::bind(vm, args.pos[0].clone(), &args.pos[1])
}

fn prop_set(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__set__", &args, 3, 3)?;
    let (p, name) = prop_parts(vm, &args.pos[0])?;
    if p[1].is_none() {
        return Err(crate::runtime::attr::property_error(
            vm,
            &name,
            &args.pos[1],
            "setter",
        ));
    }
    vm.call(&p[1], vec![args.pos[1].clone(), args.pos[2].clone()], &[])?;
    Ok(Value::None)
}

fn prop_delete(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__delete__", &args, 2, 2)?;
    let (p, name) = prop_parts(vm, &args.pos[0])?;
    if p[2].is_none() {
        return Err(crate::runtime::attr::property_error(
            vm,
            &name,
            &args.pos[1],
            "deleter",
        ));
    }
    vm.call(&p[2], vec![args.pos[1].clone()], &[])?;
    Ok(Value::None)
}

fn static_get(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__get__", &args, 2, 3)?;
    match args.pos[0].payload() {
        Some(Payload::StaticMethod(f)) => Ok(f.clone()),
        _ => Err(vm.type_error("descriptor requires a 'staticmethod' object")),
    }
}

fn class_get(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__get__", &args, 2, 3)?;
    let Some(Payload::ClassMethod(f)) = args.pos[0].payload() else {
        return Err(vm.type_error("descriptor requires a 'classmethod' object"));
    };
    let owner = match args.pos.get(2) {
        Some(t) if !t.is_none() => t.clone(),
        _ => Value::Obj(vm.type_of(&args.pos[1]).clone()),
    };
    Ok(Value::Obj(ObjRef::new(Payload::BoundMethod(Box::new(
        BoundMethod {
            func: f.clone(),
            self_: owner,
        },
    )))))
}

fn func_get(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__get__", &args, 2, 3)?;
    if args.pos[1].is_none() {
        return Ok(args.pos[0].clone());
    }
    Ok(Value::Obj(ObjRef::new(Payload::BoundMethod(Box::new(
        BoundMethod {
            func: args.pos[0].clone(),
            self_: args.pos[1].clone(),
        },
    )))))
}
