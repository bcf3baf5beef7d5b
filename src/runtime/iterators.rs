//! Advancing the built-in iterator objects (`IterState`).
//!
//! Owns `step`: one item or exhaustion. Borrows of the state are released
//! before any call that may run user code.

use std::cell::RefCell;

use super::object::*;
use super::{ops, PyResult, Value};
use crate::vm::Vm;

/// Produce the next item, or `None` when exhausted.
pub fn step(vm: &Vm, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    // Cases with no user code are handled under one borrow.
    {
        let mut s = state.borrow_mut();
        match &mut *s {
            IterState::Seq { seq, idx } => {
                let item = match seq.payload() {
                    Some(Payload::Tuple(t)) => t.get(*idx).cloned(),
                    _ => ops::list_of(seq).and_then(|l| l.borrow().get(*idx).cloned()),
                };
                if item.is_some() {
                    *idx += 1;
                } else {
                    *s = IterState::Exhausted;
                }
                return Ok(item);
            }
            IterState::Range { next, stop, step } => {
                let cur = *next;
                if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop) {
                    *next = cur.saturating_add(*step);
                    return Ok(Some(Value::Int(cur)));
                }
                return Ok(None);
            }
            IterState::Str { text, byte_pos } => {
                let t = text.as_str().unwrap_or("");
                return Ok(match t[*byte_pos..].chars().next() {
                    Some(c) => {
                        *byte_pos += c.len_utf8();
                        Some(Value::str(c.to_string()))
                    }
                    None => None,
                });
            }
            IterState::Exhausted => return Ok(None),
            _ => {}
        }
    }
    let snapshot = std::mem::replace(&mut *state.borrow_mut(), IterState::Exhausted);
    let (result, new_state) = step_slow(vm, snapshot);
    let old = std::mem::replace(&mut *state.borrow_mut(), new_state);
    drop(old);
    result
}

/// Iterators that call user code: the state is moved out while stepping.
fn step_slow(vm: &Vm, s: IterState) -> (PyResult<Option<Value>>, IterState) {
    match s {
        IterState::DictKeys { dict, mut idx, len, kind } => {
            let r = super::dictmethods::dict_iter_step(vm, &dict, &mut idx, len, kind);
            match r {
                Ok(Some(v)) => (Ok(Some(v)), IterState::DictKeys { dict, idx, len, kind }),
                other => (other, IterState::Exhausted),
            }
        }
        IterState::Enumerate { inner, count } => match ops::next(vm, &inner) {
            Ok(Some(v)) => (
                Ok(Some(ops::new_tuple(vec![Value::Int(count), v]))),
                IterState::Enumerate { inner, count: count + 1 },
            ),
            other => (other, IterState::Exhausted),
        },
        IterState::Zip { iters } => {
            if iters.is_empty() {
                return (Ok(None), IterState::Exhausted);
            }
            let mut items = Vec::with_capacity(iters.len());
            for it in &iters {
                match ops::next(vm, it) {
                    Ok(Some(v)) => items.push(v),
                    other => return (other, IterState::Exhausted),
                }
            }
            (Ok(Some(ops::new_tuple(items))), IterState::Zip { iters })
        }
        IterState::Reversed { seq, idx } => {
            if idx == 0 {
                return (Ok(None), IterState::Exhausted);
            }
            match ops::getitem(vm, &seq, &Value::Int(idx as i64 - 1)) {
                Ok(v) => (Ok(Some(v)), IterState::Reversed { seq, idx: idx - 1 }),
                Err(e) => (Err(e), IterState::Exhausted),
            }
        }
        IterState::Map { func, iters } => {
            let mut args = Vec::with_capacity(iters.len());
            for it in &iters {
                match ops::next(vm, it) {
                    Ok(Some(v)) => args.push(v),
                    other => return (other, IterState::Exhausted),
                }
            }
            match vm.call(&func, args, &[]) {
                Ok(v) => (Ok(Some(v)), IterState::Map { func, iters }),
                Err(e) => (Err(e), IterState::Exhausted),
            }
        }
        IterState::Filter { func, inner } => loop {
            match ops::next(vm, &inner) {
                Ok(Some(v)) => {
                    let keep = if func.is_none() {
                        ops::truthy(vm, &v)
                    } else {
                        vm.call(&func, vec![v.clone()], &[]).and_then(|r| ops::truthy(vm, &r))
                    };
                    match keep {
                        Ok(true) => return (Ok(Some(v)), IterState::Filter { func, inner }),
                        Ok(false) => continue,
                        Err(e) => return (Err(e), IterState::Exhausted),
                    }
                }
                other => return (other, IterState::Exhausted),
            }
        },
        IterState::CallIter { func, sentinel } => match vm.call(&func, vec![], &[]) {
            Ok(v) => match ops::eq(vm, &v, &sentinel) {
                Ok(true) => (Ok(None), IterState::Exhausted),
                Ok(false) => (Ok(Some(v)), IterState::CallIter { func, sentinel }),
                Err(e) => (Err(e), IterState::Exhausted),
            },
            Err(e) => (Err(e), IterState::Exhausted),
        },
        IterState::GetItem { obj, idx } => match ops::getitem(vm, &obj, &Value::Int(idx)) {
            Ok(v) => (Ok(Some(v)), IterState::GetItem { obj, idx: idx + 1 }),
            Err(e) if vm.exc_matches(&e, &vm.exc.index_error) || vm.exc_matches(&e, &vm.exc.stop_iteration) => {
                (Ok(None), IterState::Exhausted)
            }
            Err(e) => (Err(e), IterState::Exhausted),
        },
        other => (Ok(None), other),
    }
}
