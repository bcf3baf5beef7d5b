//! `try: ... except* T as e: ...` (PEP 654): each clause takes the part of
//! the exception group its types match, handlers run on those parts, and
//! what is left unhandled or raised anew propagates as one group.
//!
//! Owns the clause loop only; splitting and re-assembling groups is in
//! `runtime::exc_group`.

use crate::runtime::exc_group::{self, Matcher};
use crate::runtime::exception::exc_data;
use crate::runtime::object::Payload;
use crate::runtime::types::is_subtype;
use crate::runtime::{Exc, PyResult, Value};
use crate::syntax::ast::ExceptHandler;
use crate::vm::Vm;

use super::expr::eval;
use super::{Exec, Flow, Frame};

/// Run the `except*` clauses of a `try` for the exception `orig` its body
/// raised (CPython's `CHECK_EG_MATCH` per clause, then
/// `_PyExc_PrepReraiseStar`).
pub fn run_handlers(vm: &Vm, f: &mut Frame, handlers: &[ExceptHandler], orig: Exc) -> Exec {
    let orig_v = Value::Obj(orig.0.clone());
    let mut rest = Some(orig_v.clone());
    let (mut raised, mut reraised) = (Vec::new(), Vec::new());
    let mut handed_out: Vec<Value> = Vec::new();
    for h in handlers {
        let Some(cur) = rest.clone() else { break };
        let Some(t) = &h.typ else { continue };
        let clause = eval(vm, f, t).and_then(|tv| {
            check_clause_type(vm, &tv)?;
            match_clause(vm, &cur, &tv)
        });
        let (matched, left) = match clause {
            Ok(r) => r,
            Err(e) => {
                super::stmt::set_context(&e, &orig);
                return Err(e);
            }
        };
        let Some(m) = matched else { continue };
        rest = left;
        handed_out.push(m.clone());
        let Some(obj) = m.as_obj().cloned() else {
            continue;
        };
        match super::stmt::run_handler(vm, f, h, Exc(obj)) {
            Ok(Flow::Normal) => {}
            Ok(other) => return Ok(other),
            Err(e) => {
                let v = Value::Obj(e.0);
                if handed_out.iter().any(|x| x.is(&v)) {
                    reraised.push(v);
                } else {
                    raised.push(v);
                }
            }
        }
    }
    reraised.extend(rest);
    match exc_group::prep_reraise(vm, &orig_v, raised, reraised)? {
        None => Ok(Flow::Normal),
        Some(e) => {
            // Re-raised as CPython's RERAISE: this frame is not added again.
            if let Some(d) = exc_data(&e.0) {
                if let Some(g) = d.borrow_mut().group.as_mut() {
                    g.reraised_in = Some(f.id);
                }
            }
            Err(e)
        }
    }
}

/// The type of an `except*` clause must be exception classes, and not
/// exception-group classes.
fn check_clause_type(vm: &Vm, t: &Value) -> PyResult<()> {
    let items: Vec<Value> = match t.as_tuple() {
        Some(items) => items.to_vec(),
        None => vec![t.clone()],
    };
    for item in &items {
        let cls = match (item.payload(), item.as_obj()) {
            (Some(Payload::Type(_)), Some(c)) if is_subtype(c, &vm.exc.base_exception) => c,
            _ => {
                return Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ))
            }
        };
        if is_subtype(cls, &vm.exc.base_exception_group) {
            return Err(vm.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
    }
    Ok(())
}

/// The part of `exc` a clause of type `t` handles and the rest. A bare
/// exception that matches is handed out wrapped in `ExceptionGroup("", [e])`.
fn match_clause(vm: &Vm, exc: &Value, t: &Value) -> PyResult<(Option<Value>, Option<Value>)> {
    if exc_group::exception_matches(vm, exc, t) {
        if exc_group::is_group(vm, exc) {
            return Ok((Some(exc.clone()), None));
        }
        let wrapped = exc_group::create(
            vm,
            Value::str(""),
            crate::runtime::ops::new_tuple(vec![exc.clone()]),
        )?;
        if let (Some(src), Some(dst)) = (
            exc.as_obj().and_then(exc_data),
            wrapped.as_obj().and_then(exc_data),
        ) {
            let tb = src.borrow().traceback.clone();
            dst.borrow_mut().traceback = tb;
        }
        return Ok((Some(wrapped), None));
    }
    if exc_group::is_group(vm, exc) {
        return exc_group::split(vm, exc, &Matcher::Types(t.clone()), true);
    }
    Ok((None, Some(exc.clone())))
}
