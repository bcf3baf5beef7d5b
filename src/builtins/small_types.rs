//! Methods of small built-in types that have no module of their own:
//! `range` equality and hashing, `slice.indices`, `cell.cell_contents`,
//! `function.__closure__`.

use crate::runtime::object::*;
use crate::runtime::{ops, PyResult, Value};
use crate::vm::Vm;

use super::{add_methods, arity, method_arity, set_type_attr, Arity::*};

pub fn install(vm: &Vm) {
    let t = &vm.types;
    for ty in [
        &t.list_iterator,
        &t.tuple_iterator,
        &t.range_iterator,
        &t.str_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.iterator,
        &t.callable_iterator,
        &t.enumerate,
        &t.zip,
        &t.reversed,
        &t.map,
        &t.filter,
    ] {
        add_methods(
            vm,
            ty,
            "iterator",
            &[("__iter__", iter_self), ("__next__", iter_next)],
        );
    }
    add_methods(
        vm,
        &vm.types.range,
        "range",
        &[
            ("__eq__", range_eq),
            ("__ne__", range_ne),
            ("__hash__", range_hash),
        ],
    );
    add_methods(vm, &vm.types.slice, "slice", &[("indices", slice_indices)]);
    let prop = |f: NativeFn| super::getter_property("getter", f);
    set_type_attr(vm, &vm.types.cell, "cell_contents", prop(cell_contents));
    set_type_attr(
        vm,
        &vm.types.function,
        "__closure__",
        prop(function_closure),
    );
}

/// The sequence a range denotes, normalised: (len, first, step) with
/// `first`/`step` irrelevant when empty and `step` irrelevant for one item.
fn range_key(r: &Range) -> (i64, i64, i64) {
    let n = r.len();
    match n {
        0 => (0, 0, 0),
        1 => (1, r.start, 0),
        _ => (n, r.start, r.step),
    }
}

fn ranges<'a>(args: &'a Args) -> Option<(&'a Range, &'a Range)> {
    match (args.pos.first()?.payload()?, args.pos.get(1)?.payload()?) {
        (Payload::Range(a), Payload::Range(b)) => Some((a, b)),
        _ => None,
    }
}

fn range_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "range.__eq__", Slot(1))?;
    Ok(match ranges(&args) {
        Some((a, b)) => Value::Bool(range_key(a) == range_key(b)),
        None => vm.not_implemented.clone(),
    })
}

fn range_ne(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "range.__ne__", Slot(1))?;
    Ok(match ranges(&args) {
        Some((a, b)) => Value::Bool(range_key(a) != range_key(b)),
        None => vm.not_implemented.clone(),
    })
}

/// CPython hashes `(len, start, step)` with the irrelevant parts as None.
fn range_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "range.__hash__", Slot(0))?;
    let Some(Payload::Range(r)) = args.pos[0].payload() else {
        return Err(vm.type_error("descriptor '__hash__' requires a 'range' object"));
    };
    let n = r.len();
    let t = match n {
        0 => vec![Value::Int(0), Value::None, Value::None],
        1 => vec![Value::Int(1), Value::Int(r.start), Value::None],
        _ => vec![Value::Int(n), Value::Int(r.start), Value::Int(r.step)],
    };
    Ok(Value::Int(ops::hash(vm, &ops::new_tuple(t))?))
}

fn cell_contents(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "cell_contents", &args, 1, 1)?;
    match args.pos[0].payload() {
        Some(Payload::Cell(c)) => c
            .borrow()
            .clone()
            .ok_or_else(|| vm.value_error("Cell is empty")),
        _ => Err(vm.type_error("descriptor 'cell_contents' requires a 'cell' object")),
    }
}

fn function_closure(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__closure__", &args, 1, 1)?;
    match args.pos[0].payload() {
        Some(Payload::Function(f)) if !f.closure.is_empty() => Ok(ops::new_tuple(
            f.closure.iter().map(|c| Value::Obj(c.clone())).collect(),
        )),
        _ => Ok(Value::None),
    }
}

fn iter_self(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "iterator.__iter__", Slot(0))?;
    Ok(args.pos[0].clone())
}

fn iter_next(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "iterator.__next__", Slot(0))?;
    match ops::next(vm, &args.pos[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration()),
    }
}

/// `slice.indices(length)`: the (start, stop, step) the slice selects from
/// a sequence of that length (CPython's `slice_indices`).
fn slice_indices(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "slice.indices", One)?;
    let Some(Payload::Slice(s)) = args.pos[0].payload() else {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let len = ops::index_value(vm, &args.pos[1])?;
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step, _) = crate::runtime::subscript::slice_indices(vm, s, len as usize)?;
    Ok(ops::new_tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}
