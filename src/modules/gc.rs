//! The `gc` module: the Python face of the cycle collector (`crate::gc`).

use crate::builtins::{arity, kwarg, native};
use crate::gc::{
    self as collector, DEBUG_COLLECTABLE, DEBUG_LEAK, DEBUG_SAVEALL, DEBUG_STATS,
    DEBUG_UNCOLLECTABLE,
};
use crate::runtime::heap;
use crate::runtime::object::{Args, Payload};
use crate::runtime::{ops, PyResult, Value};
use crate::vm::Vm;

use super::{new_module, set_attr};

pub fn create(vm: &Vm) -> Value {
    let m = new_module(vm, "gc");
    let fns: &[(&'static str, crate::runtime::object::NativeFn)] = &[
        ("collect", collect),
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("get_count", get_count),
        ("get_threshold", get_threshold),
        ("set_threshold", set_threshold),
        ("get_debug", get_debug),
        ("set_debug", set_debug),
        ("get_objects", get_objects),
        ("get_referrers", get_referrers),
        ("get_referents", get_referents),
        ("is_tracked", is_tracked),
        ("is_finalized", is_finalized),
        ("freeze", freeze),
        ("unfreeze", unfreeze),
        ("get_freeze_count", get_freeze_count),
        ("get_stats", get_stats),
    ];
    for (name, f) in fns {
        set_attr(vm, &m, name, native(name, *f));
    }
    for (name, v) in [
        ("DEBUG_STATS", DEBUG_STATS),
        ("DEBUG_COLLECTABLE", DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", DEBUG_SAVEALL),
        ("DEBUG_LEAK", DEBUG_LEAK),
    ] {
        set_attr(vm, &m, name, Value::Int(v));
    }
    set_attr(vm, &m, "garbage", vm.gc.garbage.clone());
    set_attr(vm, &m, "callbacks", vm.gc.callbacks.clone());
    m
}

fn collect(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "collect", &args, 0, 1)?;
    let gen = match args.pos.first().or_else(|| kwarg(&args, "generation")) {
        Some(g) => ops::index_value(vm, g)?,
        None => 2,
    };
    if !(0..=2).contains(&gen) {
        return Err(vm.value_error("invalid generation"));
    }
    Ok(Value::Int(
        collector::collect_generation(vm, gen as usize) as i64
    ))
}

fn enable(vm: &Vm, _args: Args) -> PyResult<Value> {
    vm.gc.enabled.set(true);
    vm.gc.sync_trigger();
    Ok(Value::None)
}

fn disable(vm: &Vm, _args: Args) -> PyResult<Value> {
    vm.gc.enabled.set(false);
    vm.gc.sync_trigger();
    Ok(Value::None)
}

fn isenabled(vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(vm.gc.enabled.get()))
}

fn get_count(vm: &Vm, _args: Args) -> PyResult<Value> {
    let c = vm.gc.counts.get();
    Ok(ops::new_tuple(vec![
        Value::Int(heap::young_count() as i64),
        Value::Int(c[0]),
        Value::Int(c[1]),
    ]))
}

fn get_threshold(vm: &Vm, _args: Args) -> PyResult<Value> {
    let t = vm.gc.thresholds.get();
    Ok(ops::new_tuple(t.iter().map(|x| Value::Int(*x)).collect()))
}

fn set_threshold(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "set_threshold", &args, 1, 3)?;
    let mut t = vm.gc.thresholds.get();
    for (i, v) in args.pos.iter().enumerate() {
        t[i] = ops::index_value(vm, v)?;
    }
    vm.gc.thresholds.set(t);
    vm.gc.sync_trigger();
    Ok(Value::None)
}

fn get_debug(vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.gc.debug.get()))
}

fn set_debug(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "set_debug", &args, 1, 1)?;
    vm.gc.debug.set(ops::index_value(vm, &args.pos[0])?);
    Ok(Value::None)
}

fn get_objects(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "get_objects", &args, 0, 1)?;
    let gen = match args.pos.first().or_else(|| kwarg(&args, "generation")) {
        Some(Value::None) | None => None,
        Some(g) => Some(ops::index_value(vm, g)?),
    };
    if let Some(g) = gen {
        if g >= 3 {
            return Err(vm.value_error(
                "generation parameter must be less than the number of available generations (3)",
            ));
        }
        if g < 0 {
            return Err(vm.value_error("generation parameter cannot be negative"));
        }
    }
    let objs = heap::tracked_objects(2);
    let items = objs
        .into_iter()
        .filter(|o| gen.is_none_or(|g| o.generation() as i64 == g))
        .map(Value::Obj)
        .collect();
    Ok(ops::new_list(items))
}

fn refers_to(o: &crate::runtime::ObjRef, targets: &[Value]) -> bool {
    let mut hit = false;
    crate::gc::trace::visit_children(o, &mut |c| {
        if targets
            .iter()
            .any(|t| t.as_obj().is_some_and(|t| t.ptr_eq(c)))
        {
            hit = true;
        }
    });
    hit
}

fn get_referrers(_vm: &Vm, args: Args) -> PyResult<Value> {
    let objs = heap::tracked_objects(2);
    let items = objs
        .into_iter()
        .filter(|o| refers_to(o, args.pos))
        .map(Value::Obj)
        .collect();
    Ok(ops::new_list(items))
}

fn get_referents(_vm: &Vm, args: Args) -> PyResult<Value> {
    let mut out = Vec::new();
    for a in args.pos {
        if let Some(o) = a.as_obj() {
            crate::gc::trace::visit_children(o, &mut |c| out.push(Value::Obj(c.clone())));
        }
    }
    Ok(ops::new_list(out))
}

/// CPython untracks dicts and tuples that hold only atomic values.
fn holds_containers(mut items: impl Iterator<Item = Value>) -> bool {
    items.any(|v| v.as_obj().is_some_and(|o| o.payload.is_container()))
}

fn is_tracked(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "is_tracked", &args, 1, 1)?;
    let v = &args.pos[0];
    let Some(o) = v.as_obj() else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(match &o.payload {
        Payload::Dict(d) => {
            let vals: Vec<Value> = d
                .borrow()
                .iter()
                .flat_map(|e| [e.key.clone(), e.value.clone()])
                .collect();
            holds_containers(vals.into_iter())
        }
        Payload::Tuple(t) => holds_containers(t.iter().cloned()),
        _ => o.is_tracked(),
    }))
}

fn is_finalized(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "is_finalized", &args, 1, 1)?;
    Ok(Value::Bool(
        args.pos[0]
            .as_obj()
            .is_some_and(|o| o.has_flag(heap::FLAG_FINALIZED)),
    ))
}

fn freeze(_vm: &Vm, _args: Args) -> PyResult<Value> {
    heap::freeze(true);
    Ok(Value::None)
}

fn unfreeze(_vm: &Vm, _args: Args) -> PyResult<Value> {
    heap::freeze(false);
    Ok(Value::None)
}

fn get_freeze_count(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(heap::generation_sizes()[3] as i64))
}

fn get_stats(vm: &Vm, _args: Args) -> PyResult<Value> {
    let stats = *vm.gc.stats.borrow();
    let mut out = Vec::new();
    for (n, c, u) in stats {
        out.push(crate::runtime::dictops::new_dict(
            vm,
            vec![
                (Value::str("collections"), Value::Int(n)),
                (Value::str("collected"), Value::Int(c)),
                (Value::str("uncollectable"), Value::Int(u)),
            ],
        )?);
    }
    Ok(ops::new_list(out))
}
