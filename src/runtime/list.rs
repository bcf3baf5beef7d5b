//! `list` methods, item/slice assignment and deletion, and the stable merge
//! sort shared with `sorted()`.
//!
//! Owns list mutation. Removed elements are dropped only after the list's
//! borrow is released, so a `__del__` that touches the list is safe.

use std::cell::RefCell;

use super::object::*;
#[allow(unused_imports)]
use super::object::drop_reversed;
use super::ops::{self, index_value, list_of, slice_indices};
use super::{PyResult, Value};
use crate::builtins::{add_methods, arity, kwarg};
use crate::syntax::ast::CmpOp;
use crate::vm::Vm;

pub fn install(vm: &Vm) {
    add_methods(vm, &vm.types.list, "list", &[
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("sort", sort),
        ("reverse", reverse),
        ("copy", copy),
        ("clear", clear),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__iter__", iter),
    ]);
}

fn this<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a RefCell<Vec<Value>>> {
    args.pos.first().and_then(list_of).ok_or_else(|| {
        vm.type_error(format!("descriptor '{}' for 'list' objects doesn't apply to this object", name))
    })
}

fn append(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "list.append", &args, 2, 2)?;
    this(vm, &args, "append")?.borrow_mut().push(args.pos[1].clone());
    Ok(Value::None)
}

fn extend(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "list.extend", &args, 2, 2)?;
    let l = this(vm, &args, "extend")?;
    let items = ops::collect(vm, &args.pos[1])?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

fn insert(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "insert", &args, 3, 3)?;
    let l = this(vm, &args, "insert")?;
    let i = index_value(vm, &args.pos[1])?;
    let mut b = l.borrow_mut();
    let n = b.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    b.insert(at as usize, args.pos[2].clone());
    Ok(Value::None)
}

fn pop(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "pop", &args, 1, 2)?;
    let l = this(vm, &args, "pop")?;
    let i = match args.pos.get(1) {
        Some(v) => index_value(vm, v)?,
        None => -1,
    };
    let mut b = l.borrow_mut();
    if b.is_empty() {
        return Err(vm.index_error("pop from empty list"));
    }
    let n = b.len() as i64;
    let at = if i < 0 { i + n } else { i };
    if at < 0 || at >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(b.remove(at as usize))
}

fn find(vm: &Vm, l: &RefCell<Vec<Value>>, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = {
            let b = l.borrow();
            if i >= b.len().min(stop) {
                return Ok(None);
            }
            b[i].clone()
        };
        if item.is(x) || ops::eq(vm, &item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn remove(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "list.remove", &args, 2, 2)?;
    let l = this(vm, &args, "remove")?;
    match find(vm, l, &args.pos[1], 0, usize::MAX)? {
        Some(i) => {
            let old = l.borrow_mut().remove(i);
            drop(old);
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn bound(vm: &Vm, v: Option<&Value>, len: usize, default: usize) -> PyResult<usize> {
    match v {
        None => Ok(default),
        Some(v) => {
            let i = index_value(vm, v)?;
            Ok(if i < 0 { (i + len as i64).max(0) as usize } else { (i as usize).min(len) })
        }
    }
}

fn index(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "index", &args, 2, 4)?;
    let l = this(vm, &args, "index")?;
    let len = l.borrow().len();
    let start = bound(vm, args.pos.get(2), len, 0)?;
    let stop = bound(vm, args.pos.get(3), len, len)?;
    match find(vm, l, &args.pos[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error(format!("{} is not in list", super::repr::repr(vm, &args.pos[1])?))),
    }
}

fn count(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "count", &args, 2, 2)?;
    let items = this(vm, &args, "count")?.borrow().clone();
    let mut n = 0;
    for x in &items {
        if x.is(&args.pos[1]) || ops::eq(vm, x, &args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn sort(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "sort", &args, 1, 1)?;
    let l = this(vm, &args, "sort")?;
    let key = kwarg(&args, "key").filter(|k| !k.is_none()).cloned();
    let reverse = match kwarg(&args, "reverse") {
        Some(r) => ops::truthy(vm, r)?,
        None => false,
    };
    // CPython empties the list while sorting; mutations during the sort are detected.
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let r = sort_values(vm, &mut items, key.as_ref(), reverse);
    let modified = !l.borrow().is_empty();
    let old = std::mem::replace(&mut *l.borrow_mut(), items);
    drop(old);
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn reverse(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "reverse", &args, 1, 1)?;
    this(vm, &args, "reverse")?.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "copy", &args, 1, 1)?;
    Ok(ops::new_list(this(vm, &args, "copy")?.borrow().clone()))
}

fn clear(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "clear", &args, 1, 1)?;
    let old = std::mem::take(&mut *this(vm, &args, "clear")?.borrow_mut());
    drop_reversed(old);
    Ok(Value::None)
}

fn len(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "__len__")?.borrow().len() as i64))
}

fn getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__getitem__", &args, 2, 2)?;
    let l = this(vm, &args, "__getitem__")?;
    let plain = ops::new_list(l.borrow().clone());
    ops::getitem(vm, &plain, &args.pos[1])
}

fn setitem(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__setitem__", &args, 3, 3)?;
    list_setitem(vm, this(vm, &args, "__setitem__")?, &args.pos[1], args.pos[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__delitem__", &args, 2, 2)?;
    list_delitem(vm, this(vm, &args, "__delitem__")?, &args.pos[1])?;
    Ok(Value::None)
}

fn contains(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__contains__", &args, 2, 2)?;
    Ok(Value::Bool(find(vm, this(vm, &args, "__contains__")?, &args.pos[1], 0, usize::MAX)?.is_some()))
}

fn iter(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__iter__", &args, 1, 1)?;
    Ok(Value::Obj(super::ObjRef::new(Payload::Iter(RefCell::new(IterState::Seq {
        seq: args.pos[0].clone(),
        idx: 0,
    })))))
}

/// `l[index] = value` (including slice assignment).
pub fn list_setitem(vm: &Vm, l: &RefCell<Vec<Value>>, index: &Value, value: Value) -> PyResult<()> {
    if let Some(Payload::Slice(s)) = index.payload() {
        let new_items = ops::collect(vm, &value)?;
        let len = l.borrow().len();
        let (start, stop, step, n) = slice_indices(vm, s, len)?;
        if step == 1 {
            let stop = stop.max(start) as usize;
            let removed: Vec<Value> = l.borrow_mut().splice(start as usize..stop, new_items).collect();
            drop(removed);
            return Ok(());
        }
        if new_items.len() != n {
            return Err(vm.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new_items.len(),
                n
            )));
        }
        let mut old = Vec::with_capacity(n);
        {
            let mut b = l.borrow_mut();
            for (k, v) in new_items.into_iter().enumerate() {
                let at = (start + k as i64 * step) as usize;
                old.push(std::mem::replace(&mut b[at], v));
            }
        }
        drop(old);
        return Ok(());
    }
    let i = index_value(vm, index).map_err(|_| {
        vm.type_error(format!("list indices must be integers or slices, not {}", vm.type_name(index)))
    })?;
    let old = {
        let mut b = l.borrow_mut();
        let n = b.len() as i64;
        let at = if i < 0 { i + n } else { i };
        if at < 0 || at >= n {
            return Err(vm.index_error("list assignment index out of range"));
        }
        std::mem::replace(&mut b[at as usize], value)
    };
    drop(old);
    Ok(())
}

/// `del l[index]` (including slices).
pub fn list_delitem(vm: &Vm, l: &RefCell<Vec<Value>>, index: &Value) -> PyResult<()> {
    if let Some(Payload::Slice(s)) = index.payload() {
        let len = l.borrow().len();
        let (start, _, step, n) = slice_indices(vm, s, len)?;
        let mut positions: Vec<usize> = (0..n).map(|k| (start + k as i64 * step) as usize).collect();
        positions.sort_unstable();
        let removed: Vec<Value> = {
            let mut b = l.borrow_mut();
            let mut out = Vec::with_capacity(n);
            for &p in positions.iter().rev() {
                out.push(b.remove(p));
            }
            out
        };
        drop(removed);
        return Ok(());
    }
    let i = index_value(vm, index).map_err(|_| {
        vm.type_error(format!("list indices must be integers or slices, not {}", vm.type_name(index)))
    })?;
    let old = {
        let mut b = l.borrow_mut();
        let n = b.len() as i64;
        let at = if i < 0 { i + n } else { i };
        if at < 0 || at >= n {
            return Err(vm.index_error("list assignment index out of range"));
        }
        b.remove(at as usize)
    };
    drop(old);
    Ok(())
}

fn less(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(x < y);
    }
    let r = crate::eval::expr::compare_op(vm, CmpOp::Lt, a, b)?;
    ops::truthy(vm, &r)
}

/// Stable sort using only `<`, as CPython's `list.sort` (never panics on
/// inconsistent comparisons; the first exception aborts the sort).
pub fn sort_values(vm: &Vm, items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(f) => items.iter().map(|x| vm.call(f, vec![x.clone()], &[])).collect::<PyResult<_>>()?,
        None => items.clone(),
    };
    let mut pairs: Vec<(Value, Value)> = keys.into_iter().zip(std::mem::take(items)).collect();
    if reverse {
        pairs.reverse();
    }
    merge_sort(vm, &mut pairs)?;
    if reverse {
        pairs.reverse();
    }
    *items = pairs.into_iter().map(|(_, v)| v).collect();
    Ok(())
}

fn merge_sort(vm: &Vm, v: &mut Vec<(Value, Value)>) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    // Bottom-up: insertion-sort runs of 16, then merge.
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && less(vm, &v[j].0, &v[j - 1].0)? {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        start = end;
    }
    let mut width = RUN;
    let mut buf: Vec<(Value, Value)> = Vec::with_capacity(n);
    while width < n {
        let mut lo = 0;
        let mut src = std::mem::take(v).into_iter().map(Some).collect::<Vec<_>>();
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            while i < mid && j < hi {
                let take_right = match (&src[j], &src[i]) {
                    (Some(r), Some(l)) => match less(vm, &r.0, &l.0) {
                        Ok(t) => t,
                        Err(e) => {
                            // Keep every element: what was merged, then the rest.
                            buf.extend(src.into_iter().flatten());
                            *v = buf;
                            return Err(e);
                        }
                    },
                    _ => false,
                };
                if take_right {
                    buf.extend(src[j].take());
                    j += 1;
                } else {
                    buf.extend(src[i].take());
                    i += 1;
                }
            }
            for k in (i..mid).chain(j..hi) {
                buf.extend(src[k].take());
            }
            lo = hi;
        }
        *v = std::mem::take(&mut buf);
        width *= 2;
    }
    Ok(())
}
