//! Iterator constructors: `enumerate`, `zip`, `reversed`, `map`, `filter`.

use std::cell::RefCell;

use crate::runtime::heap::ObjRef;
use crate::runtime::object::*;
use crate::runtime::{ops, PyResult, Value};
use crate::vm::Vm;

use super::{add_methods, kwarg};

pub fn install(vm: &Vm) {
    let t = &vm.types;
    add_methods(vm, &t.enumerate, "enumerate", &[("__new__", enumerate_new)]);
    add_methods(vm, &t.zip, "zip", &[("__new__", zip_new)]);
    add_methods(vm, &t.reversed, "reversed", &[("__new__", reversed_new)]);
    add_methods(vm, &t.map, "map", &[("__new__", map_new)]);
    add_methods(vm, &t.filter, "filter", &[("__new__", filter_new)]);
}

fn make(state: IterState) -> Value {
    Value::Obj(ObjRef::new(Payload::Iter(RefCell::new(state))))
}

fn enumerate_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let src = args.pos.get(1).or_else(|| kwarg(&args, "iterable"));
    let Some(src) = src else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    let start = match args.pos.get(2).or_else(|| kwarg(&args, "start")) {
        Some(s) => ops::index_value(vm, s)?,
        None => 0,
    };
    let inner = ops::iter(vm, src)?;
    Ok(make(IterState::Enumerate { inner, count: start }))
}

fn zip_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let iters = args.pos[1..].iter().map(|a| ops::iter(vm, a)).collect::<PyResult<Vec<_>>>()?;
    Ok(make(IterState::Zip { iters }))
}

fn reversed_new(vm: &Vm, args: Args) -> PyResult<Value> {
    super::arity(vm, "reversed", &args, 2, 2)?;
    let seq = &args.pos[1];
    if let Some(r) = vm.call_special(seq, vm.sym.reversed, &[]) {
        if !matches!(seq.payload(), Some(Payload::List(_))) {
            return r;
        }
    }
    match seq.payload() {
        Some(Payload::Range(r)) => {
            let n = r.len();
            let last = r.start + (n - 1) * r.step;
            return Ok(make(IterState::Range { next: last, stop: r.start - r.step, step: -r.step }));
        }
        Some(Payload::List(_) | Payload::Tuple(_) | Payload::Str(_)) => {}
        Some(Payload::Dict(_)) => {
            let mut keys = ops::collect(vm, seq)?;
            keys.reverse();
            return Ok(make(IterState::Seq { seq: ops::new_tuple(keys), idx: 0 }));
        }
        _ => {
            if vm.special(seq, vm.sym.getitem).is_none() || vm.special(seq, vm.sym.len).is_none() {
                return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(seq))));
            }
        }
    }
    let n = ops::len(vm, seq)?;
    Ok(make(IterState::Reversed { seq: seq.clone(), idx: n }))
}

fn map_new(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let iters = args.pos[2..].iter().map(|a| ops::iter(vm, a)).collect::<PyResult<Vec<_>>>()?;
    Ok(make(IterState::Map { func: args.pos[1].clone(), iters }))
}

fn filter_new(vm: &Vm, args: Args) -> PyResult<Value> {
    super::arity(vm, "filter", &args, 3, 3)?;
    let inner = ops::iter(vm, &args.pos[2])?;
    Ok(make(IterState::Filter { func: args.pos[1].clone(), inner }))
}
