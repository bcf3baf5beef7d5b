//! Assignment targets: names, attributes, subscripts, tuple/list unpacking
//! with a starred target, augmented assignment, and `del`.
//!
//! Owns binding and unbinding names in their resolved location.

use crate::runtime::attr::{del_attr, set_attr};
use crate::runtime::object::{Base, Payload, TF_HAS_SETATTR, TF_SLOTS_ONLY};
use crate::runtime::subscript::item_slot;
use crate::runtime::types::{dict_set_str, dict_set_str_site, site_slot};
use crate::runtime::{arith, ops, PyResult, Value};
use crate::syntax::ast::*;
use crate::vm::Vm;

use super::expr::eval;
use super::{dict_cell, Frame};

/// Bind `name` at `loc` to `v`.
pub fn store_name(vm: &Vm, f: &mut Frame, name: Symbol, loc: NameLoc, v: Value) -> PyResult<()> {
    match loc {
        NameLoc::Local(i) => {
            let old = f.locals[i as usize].replace(v);
            drop(old);
        }
        NameLoc::Deref(i) => {
            if let Payload::Cell(c) = &f.cells[i as usize].payload {
                let old = c.borrow_mut().replace(v);
                drop(old);
            }
        }
        NameLoc::Global | NameLoc::Unresolved => super::store_global(vm, f.globals, name, v),
        NameLoc::Name => match &f.namespace {
            Some(ns) => {
                if let Some(d) = dict_cell(ns) {
                    let old = dict_set_str(&mut d.borrow_mut(), vm.sym_str(name), v);
                    drop(old);
                } else {
                    ops::setitem(vm, &Value::Obj(ns.clone()), &vm.sym_str(name), v)?;
                }
            }
            None => super::store_global(vm, f.globals, name, v),
        },
    }
    Ok(())
}

/// Remove a binding; `Ok(false)` if it was not bound.
pub fn unbind_name(vm: &Vm, f: &mut Frame, name: Symbol, loc: NameLoc) -> PyResult<bool> {
    let old: Option<Value> = match loc {
        NameLoc::Local(i) => f.locals[i as usize].take(),
        NameLoc::Deref(i) => match &f.cells[i as usize].payload {
            Payload::Cell(c) => c.borrow_mut().take(),
            _ => None,
        },
        NameLoc::Name if f.namespace.is_some() => {
            let ns = f.namespace.clone();
            remove_str_key(vm, ns.as_ref().and_then(dict_cell), name)
        }
        _ => remove_str_key(vm, dict_cell(f.globals), name),
    };
    let was = old.is_some();
    drop(old);
    Ok(was)
}

fn remove_str_key(
    vm: &Vm,
    d: Option<&std::cell::RefCell<crate::runtime::dict::Dict>>,
    name: Symbol,
) -> Option<Value> {
    let entry = crate::runtime::types::dict_remove_str(d?, &vm.sym_str(name));
    entry.map(|e| e.value)
}

/// `o.attr = v`: straight into the instance dict of a plain instance (no
/// `__setattr__`, data descriptors or slots), else through `setattr`.
#[inline]
fn store_attr(vm: &Vm, o: &Value, attr: Symbol, v: Value, site: &AttrSite) -> PyResult<()> {
    if let Some(Payload::Instance(inst)) = o.payload() {
        let td = crate::runtime::types::type_data(&inst.class);
        if !td.has(TF_HAS_SETATTR | TF_SLOTS_ONLY)
            && !td.has_data_descriptor(attr)
            && !matches!(inst.base, Base::Exception(_))
            && attr != vm.sym.dict
            && attr != vm.sym.class
        {
            let attrs = inst.attrs();
            let old = {
                let mut d = attrs.borrow_mut();
                match site_slot(&d, site) {
                    Some(at) => d.replace_value(at, v),
                    None => {
                        let old = vm.with_key(attr, |key| dict_set_str_site(&mut d, key, v, site));
                        td.saw_attrs(d.len());
                        old
                    }
                }
            };
            drop(old);
            return Ok(());
        }
    }
    set_attr(vm, o, attr, v)
}

/// `cur op= rhs` once both sides are known (small ints without a call).
#[inline]
fn inplace(vm: &Vm, op: BinOp, cur: &Value, rhs: &Value) -> PyResult<Value> {
    if let (Value::Int(a), Value::Int(b)) = (cur, rhs) {
        if let Some(v) = arith::small_int_op(op, *a, *b) {
            return Ok(v);
        }
    }
    arith::inplace_op(vm, op, cur, rhs)
}

/// `name op= rhs` with the current value and the right side already
/// evaluated (the statement's small-int fast path fell through).
pub fn aug_assign_evaluated(
    vm: &Vm,
    f: &mut Frame,
    target: &Expr,
    op: BinOp,
    cur: Value,
    rhs: Value,
) -> PyResult<()> {
    let ExprKind::Name(name, loc) = &target.kind else {
        return Err(vm.err(
            &vm.exc.syntax_error,
            "illegal expression for augmented assignment",
        ));
    };
    let new = inplace(vm, op, &cur, &rhs)?;
    drop(cur);
    store_name(vm, f, *name, *loc, new)
}

/// Assign `v` to an arbitrary target expression.
pub fn assign(vm: &Vm, f: &mut Frame, target: &Expr, v: Value) -> PyResult<()> {
    match &target.kind {
        ExprKind::Name(name, loc) => store_name(vm, f, *name, *loc, v),
        ExprKind::Attribute(obj, attr, site) => {
            if let ExprKind::Name(_, NameLoc::Local(i)) = obj.kind {
                // `local.name = v` on a plain instance: the local is only
                // borrowed (dropping the old value cannot unbind it).
                if let Some(Some(o @ Value::Obj(_))) = f.locals.get(i as usize) {
                    if matches!(o.payload(), Some(Payload::Instance(_))) {
                        return store_attr(vm, o, *attr, v, site);
                    }
                }
            }
            let o = super::expr::unproxy(vm, eval(vm, f, obj)?)?;
            store_attr(vm, &o, *attr, v, site)
        }
        ExprKind::Subscript(obj, idx) => {
            let o = eval(vm, f, obj)?;
            let i = eval(vm, f, idx)?;
            ops::setitem(vm, &o, &i, v)
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => unpack_into(vm, f, items, v),
        ExprKind::Starred(_) => Err(vm.err(
            &vm.exc.syntax_error,
            "starred assignment target must be in a list or tuple",
        )),
        _ => Err(vm.err(&vm.exc.syntax_error, "cannot assign to expression")),
    }
}

fn unpack_into(vm: &Vm, f: &mut Frame, targets: &[Expr], v: Value) -> PyResult<()> {
    let items: Vec<Value> = match v.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        Some(Payload::List(l)) => l.borrow().clone(),
        _ => {
            if !is_iterable(vm, &v) {
                return Err(vm.type_error(format!(
                    "cannot unpack non-iterable {} object",
                    vm.type_name(&v)
                )));
            }
            ops::collect(vm, &v)?
        }
    };
    drop(v);
    let star = targets
        .iter()
        .position(|t| matches!(t.kind, ExprKind::Starred(_)));
    match star {
        None => {
            if items.len() != targets.len() {
                return Err(if items.len() > targets.len() {
                    vm.value_error(format!(
                        "too many values to unpack (expected {})",
                        targets.len()
                    ))
                } else {
                    vm.value_error(format!(
                        "not enough values to unpack (expected {}, got {})",
                        targets.len(),
                        items.len()
                    ))
                });
            }
            for (t, x) in targets.iter().zip(items) {
                assign(vm, f, t, x)?;
            }
            Ok(())
        }
        Some(si) => {
            let after = targets.len() - si - 1;
            if items.len() < si + after {
                return Err(vm.value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    si + after,
                    items.len()
                )));
            }
            let mut items = items;
            let tail = items.split_off(items.len() - after);
            let middle = items.split_off(si);
            for (t, x) in targets[..si].iter().zip(items) {
                assign(vm, f, t, x)?;
            }
            if let ExprKind::Starred(inner) = &targets[si].kind {
                assign(vm, f, inner, ops::new_list(middle))?;
            }
            for (t, x) in targets[si + 1..].iter().zip(tail) {
                assign(vm, f, t, x)?;
            }
            Ok(())
        }
    }
}

fn is_iterable(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(
            Payload::Str(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Range(_)
            | Payload::Iter(_)
            | Payload::Bytes(_),
        ) => true,
        Some(_) => vm.special(v, vm.sym.iter).is_some() || vm.special(v, vm.sym.getitem).is_some(),
        None => false,
    }
}

/// `target op= value`
pub fn aug_assign(vm: &Vm, f: &mut Frame, target: &Expr, op: BinOp, value: &Expr) -> PyResult<()> {
    match &target.kind {
        ExprKind::Name(name, loc) => {
            let cur = super::expr::load_name(vm, f, *name, *loc)?;
            let rhs = eval(vm, f, value)?;
            aug_assign_evaluated(vm, f, target, op, cur, rhs)
        }
        ExprKind::Attribute(obj, attr, site) => {
            let o = eval(vm, f, obj)?;
            let cur = super::attr_fast::load_attr(vm, &o, *attr, site)?;
            let rhs = eval(vm, f, value)?;
            let new = inplace(vm, op, &cur, &rhs)?;
            drop(cur);
            store_attr(vm, &o, *attr, new, site)
        }
        ExprKind::Subscript(obj, idx) => {
            let o = eval(vm, f, obj)?;
            let i = eval(vm, f, idx)?;
            let cur = match list_item(&o, &i) {
                Some(v) => v,
                None => ops::getitem(vm, &o, &i)?,
            };
            let rhs = eval(vm, f, value)?;
            let new = inplace(vm, op, &cur, &rhs)?;
            drop(cur);
            let Some(Payload::List(l)) = o.payload() else {
                return ops::setitem(vm, &o, &i, new);
            };
            // `a_list[i] op= v`: stored in place while `i` is still valid.
            let stored = {
                let mut items = l.borrow_mut();
                let slot = match i {
                    Value::Int(n) => item_slot(n, items.len()),
                    _ => None,
                };
                match slot {
                    Some(k) => Ok(std::mem::replace(&mut items[k], new)),
                    None => Err(new),
                }
            };
            match stored {
                Ok(old) => {
                    drop(old);
                    Ok(())
                }
                Err(new) => ops::setitem(vm, &o, &i, new),
            }
        }
        _ => Err(vm.err(
            &vm.exc.syntax_error,
            "illegal expression for augmented assignment",
        )),
    }
}

/// `a_list[i]` for an int index in range (the exact `list` type, whose
/// `__getitem__` cannot be replaced); `None` for anything else.
fn list_item(o: &Value, i: &Value) -> Option<Value> {
    let (Some(Payload::List(l)), Value::Int(n)) = (o.payload(), i) else {
        return None;
    };
    let items = l.borrow();
    item_slot(*n, items.len()).map(|k| items[k].clone())
}

/// `del target`
pub fn delete(vm: &Vm, f: &mut Frame, target: &Expr) -> PyResult<()> {
    match &target.kind {
        ExprKind::Name(name, loc) => {
            if unbind_name(vm, f, *name, *loc)? {
                Ok(())
            } else if matches!(loc, NameLoc::Local(_) | NameLoc::Deref(_)) {
                Err(vm.err(
                    &vm.exc.unbound_local_error,
                    format!(
                        "cannot access local variable '{}' where it is not associated with a value",
                        name
                    ),
                ))
            } else {
                Err(vm.err(
                    &vm.exc.name_error,
                    format!("name '{}' is not defined", name),
                ))
            }
        }
        ExprKind::Attribute(obj, attr, _) => {
            let o = eval(vm, f, obj)?;
            del_attr(vm, &o, *attr)
        }
        ExprKind::Subscript(obj, idx) => {
            let o = eval(vm, f, obj)?;
            let i = eval(vm, f, idx)?;
            ops::delitem(vm, &o, &i)
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for t in items {
                delete(vm, f, t)?;
            }
            Ok(())
        }
        _ => Err(vm.err(&vm.exc.syntax_error, "cannot delete expression")),
    }
}
