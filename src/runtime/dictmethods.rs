//! `dict` methods, dict views (`keys()`, `values()`, `items()`) and dict
//! iteration with CPython's "changed size during iteration" check.

use std::cell::RefCell;

use super::dictops::{self, dict_of};
use super::heap::ObjRef;
use super::object::*;
use super::{ops, PyResult, Value};
use crate::builtins::{add_methods, arity};
use crate::vm::Vm;

pub fn install(vm: &Vm) {
    add_methods(vm, &vm.types.dict, "dict", &[
        ("get", get),
        ("keys", keys),
        ("values", values),
        ("items", items),
        ("pop", pop),
        ("popitem", popitem),
        ("setdefault", setdefault),
        ("update", update),
        ("copy", copy),
        ("clear", clear),
        ("fromkeys", fromkeys),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__len__", len),
        ("__iter__", iter),
    ]);
    for ty in [&vm.types.dict_keys, &vm.types.dict_values, &vm.types.dict_items] {
        add_methods(vm, ty, "dict_view", &[("__len__", view_len), ("__iter__", view_iter)]);
    }
}

fn this<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a RefCell<super::dict::Dict>> {
    args.pos
        .first()
        .and_then(dict_of)
        .ok_or_else(|| vm.type_error("descriptor requires a 'dict' object"))
}

fn get(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "get", &args, 2, 3)?;
    let d = this(vm, &args)?;
    Ok(dictops::get(vm, d, &args.pos[1])?.unwrap_or_else(|| args.pos.get(2).cloned().unwrap_or(Value::None)))
}

fn view(args: &Args, kind: DictIterKind) -> Value {
    Value::Obj(ObjRef::new(Payload::DictView(args.pos[0].clone(), kind)))
}

fn keys(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "keys", &args, 1, 1)?;
    Ok(view(&args, DictIterKind::Keys))
}
fn values(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "values", &args, 1, 1)?;
    Ok(view(&args, DictIterKind::Values))
}
fn items(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "items", &args, 1, 1)?;
    Ok(view(&args, DictIterKind::Items))
}

fn pop(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "pop", &args, 2, 3)?;
    let d = this(vm, &args)?;
    match dictops::remove(vm, d, &args.pos[1])? {
        Some(v) => Ok(v),
        None => match args.pos.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(vm.key_error(args.pos[1].clone())),
        },
    }
}

fn popitem(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "popitem", &args, 1, 1)?;
    let d = this(vm, &args)?;
    let last = {
        let b = d.borrow();
        (0..b.entries().len()).rev().find(|&i| b.entry(i).is_some())
    };
    match last.and_then(|slot| d.borrow_mut().remove_slot(slot)) {
        Some(e) => Ok(ops::new_tuple(vec![e.key, e.value])),
        None => Err(vm.err(&vm.exc.key_error, "popitem(): dictionary is empty")),
    }
}

fn setdefault(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "setdefault", &args, 2, 3)?;
    let d = this(vm, &args)?;
    if let Some(v) = dictops::get(vm, d, &args.pos[1])? {
        return Ok(v);
    }
    let dflt = args.pos.get(2).cloned().unwrap_or(Value::None);
    dictops::set(vm, d, args.pos[1].clone(), dflt.clone())?;
    Ok(dflt)
}

fn update(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "update", &args, 1, 2)?;
    let d = this(vm, &args)?;
    crate::builtins::convert::dict_update_from(vm, d, args.pos.get(1), args.kw)?;
    Ok(Value::None)
}

fn copy(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "copy", &args, 1, 1)?;
    let d = this(vm, &args)?;
    dictops::new_dict(vm, dictops::items(d))
}

fn clear(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "clear", &args, 1, 1)?;
    dictops::clear(this(vm, &args)?);
    Ok(Value::None)
}

fn fromkeys(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "fromkeys", &args, 2, 3)?;
    let v = args.pos.get(2).cloned().unwrap_or(Value::None);
    let keys = ops::collect(vm, &args.pos[1])?;
    dictops::new_dict(vm, keys.into_iter().map(|k| (k, v.clone())).collect())
}

fn getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__getitem__", &args, 2, 2)?;
    let d = this(vm, &args)?;
    match dictops::get(vm, d, &args.pos[1])? {
        Some(v) => Ok(v),
        None => {
            if matches!(args.pos[0].payload(), Some(Payload::Instance(_))) {
                if let Some(r) = vm.call_special(&args.pos[0], vm.sym.missing, &args.pos[1..2]) {
                    return r;
                }
            }
            Err(vm.key_error(args.pos[1].clone()))
        }
    }
}

fn setitem(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__setitem__", &args, 3, 3)?;
    dictops::set(vm, this(vm, &args)?, args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__delitem__", &args, 2, 2)?;
    match dictops::remove(vm, this(vm, &args)?, &args.pos[1])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(args.pos[1].clone())),
    }
}

fn contains(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__contains__", &args, 2, 2)?;
    Ok(Value::Bool(dictops::get(vm, this(vm, &args)?, &args.pos[1])?.is_some()))
}

fn len(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args)?.borrow().len() as i64))
}

fn iter(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args)?;
    Ok(new_dict_iter(&args.pos[0], d.borrow().len(), DictIterKind::Keys))
}

pub fn new_dict_iter(dict: &Value, len: usize, kind: DictIterKind) -> Value {
    Value::Obj(ObjRef::new(Payload::Iter(RefCell::new(IterState::DictKeys {
        dict: dict.clone(),
        idx: 0,
        len,
        kind,
    }))))
}

fn view_parts<'a>(vm: &Vm, v: &'a Value) -> PyResult<(&'a Value, DictIterKind)> {
    match v.payload() {
        Some(Payload::DictView(d, k)) => Ok((d, *k)),
        _ => Err(vm.type_error("expected a dict view")),
    }
}

fn view_len(vm: &Vm, args: Args) -> PyResult<Value> {
    let (d, _) = view_parts(vm, &args.pos[0])?;
    Ok(Value::Int(dict_of(d).map_or(0, |d| d.borrow().len()) as i64))
}

fn view_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    let (d, kind) = view_parts(vm, &args.pos[0])?;
    let len = dict_of(d).map_or(0, |d| d.borrow().len());
    Ok(new_dict_iter(d, len, kind))
}

/// Items of a dict view as a Vec (keys, values, or (k, v) tuples).
pub fn view_items(view: &Value) -> Option<Vec<Value>> {
    let Some(Payload::DictView(d, kind)) = view.payload() else { return None };
    let d = dict_of(d)?;
    let pairs = dictops::items(d);
    Some(
        pairs
            .into_iter()
            .map(|(k, v)| match kind {
                DictIterKind::Keys => k,
                DictIterKind::Values => v,
                _ => ops::new_tuple(vec![k, v]),
            })
            .collect(),
    )
}

/// One step of a dict iterator.
pub fn dict_iter_step(vm: &Vm, dict: &Value, idx: &mut usize, len: usize, kind: DictIterKind) -> PyResult<Option<Value>> {
    let Some(d) = dict_of(dict) else { return Ok(None) };
    let b = d.borrow();
    if b.len() != len {
        return Err(vm.runtime_error("dictionary changed size during iteration"));
    }
    while *idx < b.entries().len() {
        let i = *idx;
        *idx += 1;
        if let Some(e) = b.entry(i) {
            return Ok(Some(match kind {
                DictIterKind::Keys | DictIterKind::SetItems => e.key.clone(),
                DictIterKind::Values => e.value.clone(),
                DictIterKind::Items => ops::new_tuple(vec![e.key.clone(), e.value.clone()]),
            }));
        }
    }
    Ok(None)
}
