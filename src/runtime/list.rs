//! `list` methods, item/slice assignment and deletion, and the stable merge
//! sort shared with `sorted()`.
//!
//! Owns list mutation. Removed elements are dropped only after the list's
//! borrow is released, so a `__del__` that touches the list is safe.

use std::cell::RefCell;

#[allow(unused_imports)]
use super::object::drop_reversed;
use super::object::*;
use super::ops::{self, index_value, list_of, slice_indices};
use super::{PyResult, Value};
use crate::builtins::{add_methods, kwarg, method_arity, Arity::*};
use crate::syntax::ast::CmpOp;
use crate::vm::Vm;

pub fn install(vm: &Vm) {
    add_methods(
        vm,
        &vm.types.list,
        "list",
        &[
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
            ("__reversed__", reversed),
            ("__repr__", repr),
            ("__add__", add),
            ("__iadd__", iadd),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__imul__", imul),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
        ],
    );
    crate::builtins::set_type_attr(vm, &vm.types.list, "__hash__", Value::None);
}

thread_local! {
    /// Containers whose repr is being built (CPython's `Py_ReprEnter`).
    static IN_REPR: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Run `f` unless `v`'s repr is already in progress (then `busy`).
pub fn repr_guard(v: &Value, busy: &str, f: impl FnOnce() -> PyResult<String>) -> PyResult<String> {
    let addr = v.id();
    if IN_REPR.with(|s| s.borrow().contains(&addr)) {
        return Ok(busy.into());
    }
    IN_REPR.with(|s| s.borrow_mut().push(addr));
    let r = f();
    IN_REPR.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(i) = s.iter().rposition(|&a| a == addr) {
            s.remove(i);
        }
    });
    r
}

/// `list.__repr__` (reached for list subclasses; plain lists are formatted by `repr`).
fn repr(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "list.__repr__", Slot(0))?;
    let items = this(vm, &args, "__repr__")?.borrow().clone();
    let text = repr_guard(&args.pos[0], "[...]", || {
        let parts = items
            .iter()
            .map(|x| super::repr::repr(vm, x))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(format!("[{}]", parts.join(", ")))
    })?;
    Ok(Value::str(text))
}

fn reversed(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "list.__reversed__", NoArgs)?;
    let n = this(vm, &args, "__reversed__")?.borrow().len();
    Ok(Value::Obj(super::ObjRef::new(Payload::Iter(RefCell::new(
        IterState::Reversed {
            seq: args.pos[0].clone(),
            idx: n,
        },
    )))))
}

fn add(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "list.__add__", Slot(1))?;
    let mut items = this(vm, &args, "__add__")?.borrow().clone();
    match list_of(&args.pos[1]) {
        Some(other) => items.extend(other.borrow().iter().cloned()),
        None => {
            return Err(vm.type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                vm.type_name(&args.pos[1])
            )))
        }
    }
    Ok(ops::new_list(items))
}

fn iadd(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "list.__iadd__", Slot(1))?;
    let l = this(vm, &args, "__iadd__")?;
    let items = ops::collect(vm, &args.pos[1])?;
    l.borrow_mut().extend(items);
    Ok(args.pos[0].clone())
}

fn repeated(vm: &Vm, items: &[Value], n: &Value) -> PyResult<Vec<Value>> {
    let n = super::tuple::repeat_count(vm, n)?;
    let n = ops::index_value(vm, &n)?.max(0) as usize;
    if items.len().checked_mul(n).is_none_or(|t| t > 1 << 32) {
        return Err(vm.err(&vm.exc.memory_error, ""));
    }
    let mut out = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        out.extend(items.iter().cloned());
    }
    Ok(out)
}

fn mul(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "list.__mul__", Unpack(1, 1))?;
    let items = this(vm, &args, "__mul__")?.borrow().clone();
    Ok(ops::new_list(repeated(vm, &items, &args.pos[1])?))
}

fn imul(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "list.__imul__", Unpack(1, 1))?;
    let l = this(vm, &args, "__imul__")?;
    let items = l.borrow().clone();
    let out = repeated(vm, &items, &args.pos[1])?;
    let old = std::mem::replace(&mut *l.borrow_mut(), out);
    drop(old);
    drop(items);
    Ok(args.pos[0].clone())
}

fn is_list(v: &Value) -> bool {
    list_of(v).is_some()
}

macro_rules! cmp_dunders {
    ($($f:ident $op:expr;)*) => {$(
        fn $f(vm: &Vm, args: Args) -> PyResult<Value> {
            method_arity(vm, &args, concat!("list.__", stringify!($f), "__"), Slot(1))?;
            this(vm, &args, stringify!($f))?;
            super::tuple::seq_compare_dunder(vm, &args, $op, is_list)
        }
    )*};
}

cmp_dunders!(eq CmpOp::Eq; ne CmpOp::NotEq; lt CmpOp::Lt; le CmpOp::LtE; gt CmpOp::Gt; ge CmpOp::GtE;);

fn this<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a RefCell<Vec<Value>>> {
    args.pos.first().and_then(list_of).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{}' for 'list' objects doesn't apply to this object",
            name
        ))
    })
}

fn append(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "list.append", One)?;
    this(vm, &args, "append")?
        .borrow_mut()
        .push(args.pos[1].clone());
    Ok(Value::None)
}

fn extend(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "list.extend", One)?;
    let l = this(vm, &args, "extend")?;
    let items = ops::collect(vm, &args.pos[1])?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

fn insert(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "list.insert", Clinic(2, 2))?;
    let l = this(vm, &args, "insert")?;
    let i = index_value(vm, &args.pos[1])?;
    let mut b = l.borrow_mut();
    let n = b.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    b.insert(at as usize, args.pos[2].clone());
    Ok(Value::None)
}

fn pop(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "list.pop", Clinic(0, 1))?;
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

fn find(
    vm: &Vm,
    l: &RefCell<Vec<Value>>,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
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
    method_arity(vm, &args, "list.remove", One)?;
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

fn index(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "list.index", Clinic(1, 3))?;
    let l = this(vm, &args, "index")?;
    let len = l.borrow().len();
    let start = super::tuple::seq_index_bound(vm, args.pos.get(2), len, 0)?;
    let stop = super::tuple::seq_index_bound(vm, args.pos.get(3), len, len)?;
    match find(vm, l, &args.pos[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error(format!(
            "{} is not in list",
            super::repr::repr(vm, &args.pos[1])?
        ))),
    }
}

fn count(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "list.count", One)?;
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
    method_arity(vm, &args, "list.sort", Keywords(0, 0, 2))?;
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
    method_arity(vm, &args, "list.reverse", NoArgs)?;
    this(vm, &args, "reverse")?.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "list.copy", NoArgs)?;
    Ok(ops::new_list(this(vm, &args, "copy")?.borrow().clone()))
}

fn clear(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "list.clear", NoArgs)?;
    let old = std::mem::take(&mut *this(vm, &args, "clear")?.borrow_mut());
    drop_reversed(old);
    Ok(Value::None)
}

fn len(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "list.__len__", Slot(0))?;
    Ok(Value::Int(this(vm, &args, "__len__")?.borrow().len() as i64))
}

fn getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "list.__getitem__", One)?;
    let l = this(vm, &args, "__getitem__")?;
    let plain = ops::new_list(l.borrow().clone());
    ops::getitem(vm, &plain, &args.pos[1])
}

fn setitem(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "list.__setitem__", Unpack(2, 2))?;
    list_setitem(
        vm,
        this(vm, &args, "__setitem__")?,
        &args.pos[1],
        args.pos[2].clone(),
    )?;
    Ok(Value::None)
}

fn delitem(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "list.__delitem__", Slot(1))?;
    list_delitem(vm, this(vm, &args, "__delitem__")?, &args.pos[1])?;
    Ok(Value::None)
}

fn contains(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "list.__contains__", Slot(1))?;
    Ok(Value::Bool(
        find(
            vm,
            this(vm, &args, "__contains__")?,
            &args.pos[1],
            0,
            usize::MAX,
        )?
        .is_some(),
    ))
}

fn iter(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "list.__iter__", Slot(0))?;
    Ok(Value::Obj(super::ObjRef::new(Payload::Iter(RefCell::new(
        IterState::Seq {
            seq: args.pos[0].clone(),
            idx: 0,
        },
    )))))
}

/// `l[index] = value` (including slice assignment).
pub fn list_setitem(vm: &Vm, l: &RefCell<Vec<Value>>, index: &Value, value: Value) -> PyResult<()> {
    if let Some(Payload::Slice(s)) = index.payload() {
        let new_items = ops::collect(vm, &value)?;
        let len = l.borrow().len();
        let (start, stop, step, n) = slice_indices(vm, s, len)?;
        if step == 1 {
            let stop = stop.max(start) as usize;
            let removed: Vec<Value> = l
                .borrow_mut()
                .splice(start as usize..stop, new_items)
                .collect();
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
        vm.type_error(format!(
            "list indices must be integers or slices, not {}",
            vm.type_name(index)
        ))
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
        let mut positions: Vec<usize> =
            (0..n).map(|k| (start + k as i64 * step) as usize).collect();
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
        vm.type_error(format!(
            "list indices must be integers or slices, not {}",
            vm.type_name(index)
        ))
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
pub fn sort_values(
    vm: &Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(f) => items
            .iter()
            .map(|x| vm.call(f, vec![x.clone()], &[]))
            .collect::<PyResult<_>>()?,
        None => items.clone(),
    };
    let mut pairs: Vec<(Value, Value)> = keys.into_iter().zip(std::mem::take(items)).collect();
    if reverse {
        pairs.reverse();
    }
    if let Err(e) = merge_sort(vm, &mut pairs) {
        // Every item survives a failed comparison, in some order (as CPython).
        *items = pairs.into_iter().map(|(_, v)| v).collect();
        return Err(e);
    }
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
