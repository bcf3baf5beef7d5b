//! Containment (`in`), indexes and slices, and `container[index]` get/set/
//! delete for built-in containers, falling back to `__contains__`,
//! `__getitem__`, `__setitem__`, `__delitem__`.

use super::dictops;
use super::heap::ObjRef;
use super::object::*;
use super::ops::*;
use super::{PyResult, Value};
use crate::vm::Vm;

/// `item in container`
pub fn contains(vm: &Vm, container: &Value, item: &Value) -> PyResult<bool> {
    if let Some(inner) = inherited_builtin(vm, container, vm.sym.contains) {
        return contains(vm, inner, item);
    }
    if let Some(o) = container.as_obj() {
        match &o.payload {
            Payload::Str(s) => {
                return match item.as_str() {
                    Some(t) => Ok(s.text.contains(t)),
                    None => Err(vm.type_error(format!(
                        "'in <string>' requires string as left operand, not {}",
                        vm.type_name(item)
                    ))),
                }
            }
            Payload::List(_) | Payload::Tuple(_) => {
                let items = seq_items(container).unwrap_or_default();
                for x in items.iter() {
                    if x.is(item) || eq(vm, x, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            Payload::Dict(d) => return Ok(dictops::get(vm, d, item)?.is_some()),
            Payload::Set(_) | Payload::FrozenSet(_) => {
                return super::setops::contains(vm, container, item)
            }
            Payload::Range(r) => {
                if let Value::Int(i) = item {
                    let i = *i;
                    let inside = if r.step > 0 {
                        i >= r.start && i < r.stop
                    } else {
                        i <= r.start && i > r.stop
                    };
                    return Ok(inside && (i - r.start) % r.step == 0);
                }
            }
            _ => {}
        }
    }
    if let Some(r) = vm.call_special(container, vm.sym.contains, std::slice::from_ref(item)) {
        return truthy(vm, &r?);
    }
    let it = iter(vm, container)?;
    while let Some(x) = next(vm, &it)? {
        if x.is(item) || eq(vm, &x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Convert an index-like value to i64 (`__index__`).
pub fn index_value(vm: &Vm, v: &Value) -> PyResult<i64> {
    if let Some(inner) = inherited_builtin(vm, v, vm.sym.index) {
        return index_value(vm, inner);
    }
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(_) => Err(vm.err(
                &vm.exc.index_error,
                "cannot fit 'int' into an index-sized integer",
            )),
            _ => match vm.call_special(v, vm.sym.index, &[]) {
                Some(r) => index_value(vm, &r?),
                None => Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                ))),
            },
        },
        _ => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

/// CPython's `PySlice_GetIndicesEx`: (start, stop, step, length).
pub fn slice_indices(vm: &Vm, s: &[Value; 3], len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let len = len as i64;
    let step = if s[2].is_none() {
        1
    } else {
        index_value(vm, &s[2])?
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let conv = |v: &Value, default: i64| -> PyResult<i64> {
        if v.is_none() {
            return Ok(default);
        }
        let i = index_value(vm, v)?;
        Ok(if i < 0 {
            (i + len).max(lower)
        } else {
            i.min(upper)
        })
    };
    let start = conv(&s[0], if step < 0 { upper } else { lower })?;
    let stop = conv(&s[1], if step < 0 { lower } else { upper })?;
    let n = if step > 0 {
        if stop > start {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok((start, stop, step, n as usize))
}

/// The position of int index `n` (negative counts from the end) in a
/// sequence of `len` items; `None` when out of range.
#[inline]
pub fn item_slot(n: i64, len: usize) -> Option<usize> {
    let j = if n < 0 { n + len as i64 } else { n };
    (0..len as i64).contains(&j).then_some(j as usize)
}

fn norm_index(vm: &Vm, idx: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = index_value(vm, idx).map_err(|_| {
        vm.type_error(format!(
            "{} indices must be integers or slices, not {}",
            what,
            vm.type_name(idx)
        ))
    })?;
    item_slot(i, len).ok_or_else(|| vm.index_error(format!("{} index out of range", what)))
}

fn slice_pick<T: Clone>(items: &[T], start: i64, step: i64, n: usize) -> Vec<T> {
    (0..n)
        .map(|k| items[(start + k as i64 * step) as usize].clone())
        .collect()
}

/// `container[index]`
pub fn getitem(vm: &Vm, container: &Value, index: &Value) -> PyResult<Value> {
    if let Some(inner) = inherited_builtin(vm, container, vm.sym.getitem) {
        return getitem(vm, inner, index);
    }
    if let Some(o) = container.as_obj() {
        match &o.payload {
            Payload::List(l) => {
                if let Some(Payload::Slice(s)) = index.payload() {
                    let (start, _, step, n) = slice_indices(vm, s, l.borrow().len())?;
                    return Ok(new_list(slice_pick(&l.borrow(), start, step, n)));
                }
                let b = l.borrow();
                let i = norm_index(vm, index, b.len(), "list")?;
                return Ok(b[i].clone());
            }
            Payload::Tuple(t) => {
                if let Some(Payload::Slice(s)) = index.payload() {
                    let (start, _, step, n) = slice_indices(vm, s, t.len())?;
                    return Ok(new_tuple(slice_pick(t, start, step, n)));
                }
                let i = norm_index(vm, index, t.len(), "tuple")?;
                return Ok(t[i].clone());
            }
            Payload::Str(s) => return super::strings::str_getitem(vm, s, index),
            Payload::Dict(d) => {
                return match dictops::get(vm, d, index)? {
                    Some(v) => Ok(v),
                    None => Err(vm.key_error(index.clone())),
                }
            }
            Payload::Range(r) => {
                if let Some(Payload::Slice(s)) = index.payload() {
                    let (start, stop, step, _) = slice_indices(vm, s, r.len() as usize)?;
                    return Ok(Value::Obj(ObjRef::new(Payload::Range(Range {
                        start: r.start + start * r.step,
                        stop: r.start + stop * r.step,
                        step: r.step * step,
                    }))));
                }
                let i = norm_index(vm, index, r.len() as usize, "range object")?;
                return Ok(Value::Int(r.start + i as i64 * r.step));
            }
            Payload::Bytes(b) => {
                if let Some(Payload::Slice(s)) = index.payload() {
                    let (start, _, step, n) = slice_indices(vm, s, b.len())?;
                    let out = slice_pick(b, start, step, n);
                    return Ok(Value::Obj(ObjRef::new(Payload::Bytes(
                        out.into_boxed_slice(),
                    ))));
                }
                let i = norm_index(vm, index, b.len(), "byte")?;
                return Ok(Value::Int(b[i] as i64));
            }
            Payload::Type(t) => {
                // A metaclass __getitem__ (`Color['RED']`) comes first.
                if t.metaclass.is_some() {
                    if let Some(r) =
                        vm.call_special(container, vm.sym.getitem, std::slice::from_ref(index))
                    {
                        return r;
                    }
                }
                let cgi = crate::syntax::intern::intern("__class_getitem__");
                if super::types::lookup(o, cgi, &vm.sym_str(cgi)).is_some() {
                    let m = super::attr::get_attr(vm, container, cgi)?;
                    return vm.call(&m, vec![index.clone()], &[]);
                }
                // `list[int]` style generic aliases: return the class itself.
                return Ok(container.clone());
            }
            _ => {}
        }
    }
    match vm.call_special(container, vm.sym.getitem, std::slice::from_ref(index)) {
        Some(r) => r,
        None => Err(vm.type_error(format!(
            "'{}' object is not subscriptable",
            vm.type_name(container)
        ))),
    }
}

/// `container[index] = value`
pub fn setitem(vm: &Vm, container: &Value, index: &Value, value: Value) -> PyResult<()> {
    if let Some(o) = container.as_obj() {
        match &o.payload {
            Payload::List(l) => return super::list::list_setitem(vm, l, index, value),
            Payload::Dict(d) => return dictops::set(vm, d, index.clone(), value),
            _ => {}
        }
    }
    match vm.call_special(container, vm.sym.setitem, &[index.clone(), value]) {
        Some(r) => r.map(|_| ()),
        None => Err(vm.type_error(format!(
            "'{}' object does not support item assignment",
            vm.type_name(container)
        ))),
    }
}

/// `del container[index]`
pub fn delitem(vm: &Vm, container: &Value, index: &Value) -> PyResult<()> {
    if let Some(o) = container.as_obj() {
        match &o.payload {
            Payload::List(l) => return super::list::list_delitem(vm, l, index),
            Payload::Dict(d) => {
                return match dictops::remove(vm, d, index)? {
                    Some(old) => {
                        drop(old);
                        Ok(())
                    }
                    None => Err(vm.key_error(index.clone())),
                }
            }
            _ => {}
        }
    }
    match vm.call_special(container, vm.sym.delitem, std::slice::from_ref(index)) {
        Some(r) => r.map(|_| ()),
        None => Err(vm.type_error(format!(
            "'{}' object doesn't support item deletion",
            vm.type_name(container)
        ))),
    }
}
