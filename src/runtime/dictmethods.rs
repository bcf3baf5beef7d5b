//! `dict` methods, dict views (`keys()`, `values()`, `items()`) and dict
//! iteration with CPython's "changed size during iteration" check.

use std::cell::RefCell;

use super::dictops::{self, dict_of};
use super::heap::ObjRef;
use super::object::*;
use super::{ops, PyResult, Value};
use crate::builtins::{add_methods, method_arity, Arity::*};
use crate::vm::Vm;

pub fn install(vm: &Vm) {
    add_methods(
        vm,
        &vm.types.dict,
        "dict",
        &[
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
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__contains__", contains),
            ("__len__", len),
            ("__iter__", iter),
            ("__reversed__", reversed),
            ("__repr__", repr),
            ("__or__", or),
            ("__ror__", ror),
            ("__ior__", ior),
            ("__eq__", eq),
            ("__ne__", ne),
        ],
    );
    let fk = crate::builtins::native("fromkeys", fromkeys);
    crate::builtins::set_type_attr(
        vm,
        &vm.types.dict,
        "fromkeys",
        Value::Obj(ObjRef::new(Payload::ClassMethod(fk))),
    );
    crate::builtins::set_type_attr(vm, &vm.types.dict, "__hash__", Value::None);
    for (ty, owner) in [
        (&vm.types.dict_keys, "dict_keys"),
        (&vm.types.dict_values, "dict_values"),
        (&vm.types.dict_items, "dict_items"),
    ] {
        add_methods(
            vm,
            ty,
            owner,
            &[
                ("__len__", view_len),
                ("__iter__", view_iter),
                ("__reversed__", view_reversed),
                ("__repr__", view_repr),
            ],
        );
    }
    for (ty, owner) in [
        (&vm.types.dict_keys, "dict_keys"),
        (&vm.types.dict_items, "dict_items"),
    ] {
        add_methods(
            vm,
            ty,
            owner,
            &[
                ("__contains__", view_contains),
                ("isdisjoint", view_isdisjoint),
                ("__eq__", view_eq),
                ("__ne__", view_ne),
                ("__and__", view_and),
                ("__rand__", view_rand),
                ("__or__", view_or),
                ("__ror__", view_ror),
                ("__sub__", view_sub),
                ("__rsub__", view_rsub),
                ("__xor__", view_xor),
                ("__rxor__", view_rxor),
            ],
        );
    }
    crate::builtins::set_type_attr(vm, &vm.types.dict_keys, "__hash__", Value::None);
    crate::builtins::set_type_attr(vm, &vm.types.dict_items, "__hash__", Value::None);
    add_methods(
        vm,
        &vm.types.dict_values,
        "dict_values",
        &[("__contains__", view_contains)],
    );
}

/// `dict.__repr__` (reached for dict subclasses).
fn repr(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict.__repr__", Slot(0))?;
    let pairs = dictops::items(this(vm, &args)?);
    let text = super::list::repr_guard(&args.pos[0], "{...}", || {
        let mut parts = Vec::with_capacity(pairs.len());
        for (k, v) in &pairs {
            parts.push(format!(
                "{}: {}",
                super::repr::repr(vm, k)?,
                super::repr::repr(vm, v)?
            ));
        }
        Ok(format!("{{{}}}", parts.join(", ")))
    })?;
    Ok(Value::str(text))
}

fn reversed(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict.__reversed__", NoArgs)?;
    this(vm, &args)?;
    reversed_view(vm, &args.pos[0], DictIterKind::Keys)
}

/// A reverse iterator over a snapshot of the dict (keys, values or items).
fn reversed_view(vm: &Vm, d: &Value, kind: DictIterKind) -> PyResult<Value> {
    let view = Value::Obj(ObjRef::new(Payload::DictView(d.clone(), kind)));
    let mut items = view_items(&view).ok_or_else(|| vm.type_error("expected a dict"))?;
    items.reverse();
    Ok(Value::Obj(ObjRef::new(Payload::Iter(RefCell::new(
        IterState::Seq {
            seq: ops::new_tuple(items),
            idx: 0,
        },
    )))))
}

/// `d | other`: a copy of `d` updated with the dict `other`.
fn or(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict.__or__", Slot(1))?;
    let d = this(vm, &args)?;
    let Some(o) = dict_of(&args.pos[1]) else {
        return Ok(vm.not_implemented.clone());
    };
    let mut pairs = dictops::items(d);
    pairs.extend(dictops::items(o));
    dictops::new_dict(vm, pairs)
}

fn ror(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict.__ror__", Slot(1))?;
    let d = this(vm, &args)?;
    let Some(o) = dict_of(&args.pos[1]) else {
        return Ok(vm.not_implemented.clone());
    };
    let mut pairs = dictops::items(o);
    pairs.extend(dictops::items(d));
    dictops::new_dict(vm, pairs)
}

/// `d |= other`: `update` with any mapping or iterable of pairs.
fn ior(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict.__ior__", Slot(1))?;
    let d = this(vm, &args)?;
    crate::builtins::convert::dict_update_from(vm, d, Some(&args.pos[1]), &[])?;
    Ok(args.pos[0].clone())
}

fn eq(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict.__eq__", Slot(1))?;
    this(vm, &args)?;
    if dict_of(&args.pos[1]).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    ops::compare(
        vm,
        &args.pos[0],
        &args.pos[1],
        crate::syntax::ast::CmpOp::Eq,
    )
}

fn ne(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict.__ne__", Slot(1))?;
    let r = eq(vm, args)?;
    match r {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

fn this<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a RefCell<super::dict::Dict>> {
    args.pos
        .first()
        .and_then(dict_of)
        .ok_or_else(|| vm.type_error("descriptor requires a 'dict' object"))
}

fn get(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict.get", Clinic(1, 2))?;
    let d = this(vm, &args)?;
    Ok(dictops::get(vm, d, &args.pos[1])?
        .unwrap_or_else(|| args.pos.get(2).cloned().unwrap_or(Value::None)))
}

fn view(args: &Args, kind: DictIterKind) -> Value {
    Value::Obj(ObjRef::new(Payload::DictView(args.pos[0].clone(), kind)))
}

fn keys(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict.keys", NoArgs)?;
    Ok(view(&args, DictIterKind::Keys))
}
fn values(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict.values", NoArgs)?;
    Ok(view(&args, DictIterKind::Values))
}
fn items(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict.items", NoArgs)?;
    Ok(view(&args, DictIterKind::Items))
}

fn pop(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict.pop", Clinic(1, 2))?;
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
    method_arity(vm, &args, "dict.popitem", NoArgs)?;
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
    method_arity(vm, &args, "dict.setdefault", Clinic(1, 2))?;
    let d = this(vm, &args)?;
    if let Some(v) = dictops::get(vm, d, &args.pos[1])? {
        return Ok(v);
    }
    let dflt = args.pos.get(2).cloned().unwrap_or(Value::None);
    dictops::set(vm, d, args.pos[1].clone(), dflt.clone())?;
    Ok(dflt)
}

fn update(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict.update", Clinic(0, 1))?;
    let d = this(vm, &args)?;
    crate::builtins::convert::dict_update_from(vm, d, args.pos.get(1), args.kw)?;
    Ok(Value::None)
}

fn copy(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict.copy", NoArgs)?;
    let d = this(vm, &args)?;
    dictops::new_dict(vm, dictops::items(d))
}

fn clear(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict.clear", NoArgs)?;
    dictops::clear(this(vm, &args)?);
    Ok(Value::None)
}

/// `dict.fromkeys(iterable, value=None)`, a classmethod: `args.pos[0]` is the class.
fn fromkeys(vm: &Vm, args: Args) -> PyResult<Value> {
    Clinic(1, 2).check(vm, "dict.fromkeys", &args, 1)?;
    let v = args.pos.get(2).cloned().unwrap_or(Value::None);
    let keys = ops::collect(vm, &args.pos[1])?;
    let is_dict = args.pos[0]
        .as_obj()
        .is_some_and(|c| c.ptr_eq(&vm.types.dict));
    if is_dict {
        return dictops::new_dict(vm, keys.into_iter().map(|k| (k, v.clone())).collect());
    }
    let d = vm.call(&args.pos[0], vec![], &[])?;
    for k in keys {
        ops::setitem(vm, &d, &k, v.clone())?;
    }
    Ok(d)
}

fn getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict.__getitem__", One)?;
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
    method_arity(vm, &args, "dict.__setitem__", Unpack(2, 2))?;
    dictops::set(
        vm,
        this(vm, &args)?,
        args.pos[1].clone(),
        args.pos[2].clone(),
    )?;
    Ok(Value::None)
}

fn delitem(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict.__delitem__", Slot(1))?;
    match dictops::remove(vm, this(vm, &args)?, &args.pos[1])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(args.pos[1].clone())),
    }
}

fn contains(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict.__contains__", One)?;
    Ok(Value::Bool(
        dictops::get(vm, this(vm, &args)?, &args.pos[1])?.is_some(),
    ))
}

fn len(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict.__len__", Slot(0))?;
    Ok(Value::Int(this(vm, &args)?.borrow().len() as i64))
}

fn iter(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict.__iter__", Slot(0))?;
    let d = this(vm, &args)?;
    Ok(new_dict_iter(
        &args.pos[0],
        d.borrow().len(),
        DictIterKind::Keys,
    ))
}

pub fn new_dict_iter(dict: &Value, len: usize, kind: DictIterKind) -> Value {
    Value::Obj(ObjRef::new(Payload::Iter(RefCell::new(
        IterState::DictKeys {
            dict: dict.clone(),
            idx: 0,
            len,
            kind,
        },
    ))))
}

/// `view_type.method` for the view `args.pos[0]` (for argument-count errors).
fn view_name(args: &Args, method: &str) -> &'static str {
    let kind = match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::DictView(_, k)) => *k,
        _ => DictIterKind::Keys,
    };
    match (kind, method) {
        (DictIterKind::Items, "isdisjoint") => "dict_items.isdisjoint",
        (DictIterKind::Items, _) => "dict_items.__reversed__",
        (DictIterKind::Values, _) => "dict_values.__reversed__",
        (_, "isdisjoint") => "dict_keys.isdisjoint",
        _ => "dict_keys.__reversed__",
    }
}

fn view_parts<'a>(vm: &Vm, v: &'a Value) -> PyResult<(&'a Value, DictIterKind)> {
    match v.payload() {
        Some(Payload::DictView(d, k)) => Ok((d, *k)),
        _ => Err(vm.type_error("expected a dict view")),
    }
}

fn view_len(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict_keys.__len__", Slot(0))?;
    let (d, _) = view_parts(vm, &args.pos[0])?;
    Ok(Value::Int(dict_of(d).map_or(0, |d| d.borrow().len()) as i64))
}

fn view_reversed(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, view_name(&args, "__reversed__"), NoArgs)?;
    let (d, kind) = view_parts(vm, &args.pos[0])?;
    reversed_view(vm, d, kind)
}

fn view_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict_keys.__repr__", Slot(0))?;
    let (_, kind) = view_parts(vm, &args.pos[0])?;
    let name = match kind {
        DictIterKind::Keys | DictIterKind::SetItems => "dict_keys",
        DictIterKind::Values => "dict_values",
        DictIterKind::Items => "dict_items",
    };
    let items = ops::new_list(view_items(&args.pos[0]).unwrap_or_default());
    Ok(Value::str(format!(
        "{}({})",
        name,
        super::repr::repr(vm, &items)?
    )))
}

fn view_contains(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict_keys.__contains__", Slot(1))?;
    let (d, kind) = view_parts(vm, &args.pos[0])?;
    let Some(dd) = dict_of(d) else {
        return Ok(Value::Bool(false));
    };
    let x = &args.pos[1];
    match kind {
        DictIterKind::Keys | DictIterKind::SetItems => {
            Ok(Value::Bool(dictops::get(vm, dd, x)?.is_some()))
        }
        DictIterKind::Items => {
            let Some([k, v]) = x.as_tuple() else {
                return Ok(Value::Bool(false));
            };
            Ok(Value::Bool(match dictops::get(vm, dd, k)? {
                Some(found) => found.is(v) || ops::eq(vm, &found, v)?,
                None => false,
            }))
        }
        DictIterKind::Values => {
            for v in view_items(&args.pos[0]).unwrap_or_default() {
                if v.is(x) || ops::eq(vm, &v, x)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
    }
}

fn view_isdisjoint(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, view_name(&args, "isdisjoint"), One)?;
    let it = ops::iter(vm, &args.pos[1])?;
    while let Some(x) = ops::next(vm, &it)? {
        if ops::contains(vm, &args.pos[0], &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Set-like views compare equal to any set-like container with the same items.
fn view_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict_keys.__eq__", Slot(1))?;
    let other = &args.pos[1];
    let set_like = matches!(
        other.payload(),
        Some(
            Payload::Set(_)
                | Payload::FrozenSet(_)
                | Payload::DictView(_, DictIterKind::Keys | DictIterKind::Items)
        )
    );
    if !set_like {
        return Ok(vm.not_implemented.clone());
    }
    if ops::len(vm, &args.pos[0])? != ops::len(vm, other)? {
        return Ok(Value::Bool(false));
    }
    let it = ops::iter(vm, other)?;
    while let Some(x) = ops::next(vm, &it)? {
        if !ops::contains(vm, &args.pos[0], &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn view_ne(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict_keys.__ne__", Slot(1))?;
    match view_eq(vm, args)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

fn view_op(
    vm: &Vm,
    args: &Args,
    op: crate::syntax::ast::BinOp,
    reflected: bool,
) -> PyResult<Value> {
    method_arity(vm, args, "dict_keys.__or__", Slot(1))?;
    let (a, b) = if reflected {
        (&args.pos[1], &args.pos[0])
    } else {
        (&args.pos[0], &args.pos[1])
    };
    Ok(super::setops::set_binop(vm, op, a, b)?.unwrap_or_else(|| vm.not_implemented.clone()))
}

macro_rules! view_ops {
    ($($f:ident $op:ident $rev:expr;)*) => {$(
        fn $f(vm: &Vm, args: Args) -> PyResult<Value> {
            view_op(vm, &args, crate::syntax::ast::BinOp::$op, $rev)
        }
    )*};
}

view_ops! {
    view_and BitAnd false; view_rand BitAnd true; view_or BitOr false; view_ror BitOr true;
    view_sub Sub false; view_rsub Sub true; view_xor BitXor false; view_rxor BitXor true;
}

fn view_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "dict_keys.__iter__", Slot(0))?;
    let (d, kind) = view_parts(vm, &args.pos[0])?;
    let len = dict_of(d).map_or(0, |d| d.borrow().len());
    Ok(new_dict_iter(d, len, kind))
}

/// Items of a dict view as a Vec (keys, values, or (k, v) tuples).
pub fn view_items(view: &Value) -> Option<Vec<Value>> {
    let Some(Payload::DictView(d, kind)) = view.payload() else {
        return None;
    };
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
pub fn dict_iter_step(
    vm: &Vm,
    dict: &Value,
    idx: &mut usize,
    len: usize,
    kind: DictIterKind,
) -> PyResult<Option<Value>> {
    let Some(d) = dict_of(dict) else {
        return Ok(None);
    };
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
