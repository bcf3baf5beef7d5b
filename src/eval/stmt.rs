//! Statement execution: blocks, assignment, control flow, `try`, `raise`,
//! `del`, `import`, function and class definitions.
//!
//! Owns the completion protocol (`Flow`) and exception handling order
//! (handlers, `else`, `finally`, implicit `__context__`).

use crate::runtime::exception::{exc_data, new_exception};
use crate::runtime::object::Payload;
use crate::runtime::types::{is_subtype, type_data};
use crate::runtime::{ops, Exc, PyResult, Value};
use crate::syntax::ast::*;
use crate::vm::Vm;

use super::expr::eval;
use super::unpack::{assign, delete};
use super::{add_trace, Exec, Flow, Frame};

/// `__annotations__[name] = a` in the running module or class body,
/// creating the dict on first use.
fn record_annotation(vm: &Vm, f: &Frame, name: Symbol, a: Value) -> PyResult<()> {
    let ns = f.namespace.as_ref().unwrap_or(f.globals);
    let Some(d) = super::dict_cell(ns) else {
        return Ok(());
    };
    let key = vm.intern_str("__annotations__");
    let existing = crate::runtime::types::dict_get_str(&d.borrow(), &key);
    let ann = match existing {
        Some(v) => v,
        None => {
            let v = Value::Obj(ops::empty_dict());
            let old = crate::runtime::types::dict_set_str(&mut d.borrow_mut(), key, v.clone());
            drop(old);
            v
        }
    };
    ops::setitem(vm, &ann, &vm.sym_str(name), a)
}

/// Run statements in order, stopping at the first non-normal completion.
pub fn exec_block(vm: &Vm, f: &mut Frame, body: &[Stmt]) -> Exec {
    for s in body {
        match exec_stmt(vm, f, s) {
            Ok(Flow::Normal) => {}
            Ok(other) => return Ok(other),
            Err(e) => {
                add_trace(&e, f, s.span);
                return Err(e);
            }
        }
        vm.safe_point();
    }
    Ok(Flow::Normal)
}

fn exec_stmt(vm: &Vm, f: &mut Frame, s: &Stmt) -> Exec {
    match &s.kind {
        StmtKind::Expr(e) => {
            let v = eval(vm, f, e)?;
            drop(v);
            Ok(Flow::Normal)
        }
        StmtKind::Assign { targets, value } => {
            let v = eval(vm, f, value)?;
            if let [t] = targets.as_slice() {
                if let ExprKind::Name(_, NameLoc::Local(i)) = t.kind {
                    // `local = value`, the commonest statement: no calls.
                    if let Some(slot) = f.locals.get_mut(i as usize) {
                        let old = slot.replace(v);
                        drop(old);
                        return Ok(Flow::Normal);
                    }
                }
                assign(vm, f, t, v)?;
                return Ok(Flow::Normal);
            }
            assign_targets(vm, f, targets, v)
        }
        StmtKind::AugAssign { target, op, value } => {
            if let ExprKind::Name(_, NameLoc::Local(i)) = target.kind {
                // `local op= value` on small ints: updated in place.
                if let Some(Some(Value::Int(cur))) = f.locals.get(i as usize) {
                    let cur = *cur;
                    let rhs = eval(vm, f, value)?;
                    if let Value::Int(r) = rhs {
                        if let (Some(new), Some(slot)) = (
                            crate::runtime::arith::small_int_op(*op, cur, r),
                            f.locals.get_mut(i as usize),
                        ) {
                            *slot = Some(new);
                            return Ok(Flow::Normal);
                        }
                    }
                    return aug_assign_evaluated(vm, f, target, *op, cur, rhs);
                }
            }
            aug_assign(vm, f, target, *op, value)
        }
        StmtKind::If { test, body, orelse } => {
            if super::expr::test_truth(vm, f, test)? {
                exec_block(vm, f, body)
            } else {
                exec_block(vm, f, orelse)
            }
        }
        StmtKind::While { test, body, orelse } => exec_while(vm, f, test, body, orelse),
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => exec_for(vm, f, target, iter, body, orelse),
        StmtKind::Break => Ok(Flow::Break),
        StmtKind::Continue => Ok(Flow::Continue),
        StmtKind::Pass => Ok(Flow::Normal),
        StmtKind::Return(e) => {
            let v = match e {
                Some(e) => eval(vm, f, e)?,
                None => Value::None,
            };
            Ok(Flow::Return(v))
        }
        _ => exec_stmt_cold(vm, f, s),
    }
}

/// `t1 = t2 = ... = v`: each target gets the value, left to right.
#[inline(never)]
fn assign_targets(vm: &Vm, f: &mut Frame, targets: &[Expr], v: Value) -> Exec {
    for t in targets {
        assign(vm, f, t, v.clone())?;
    }
    Ok(Flow::Normal)
}

/// `local op= rhs` with a small-int current value, once the in-place
/// fast path did not apply.
#[inline(never)]
fn aug_assign_evaluated(
    vm: &Vm,
    f: &mut Frame,
    target: &Expr,
    op: BinOp,
    cur: i64,
    rhs: Value,
) -> Exec {
    super::unpack::aug_assign_evaluated(vm, f, target, op, Value::Int(cur), rhs)?;
    Ok(Flow::Normal)
}

/// `target op= value` for any other target.
#[inline(never)]
fn aug_assign(vm: &Vm, f: &mut Frame, target: &Expr, op: BinOp, value: &Expr) -> Exec {
    super::unpack::aug_assign(vm, f, target, op, value)?;
    Ok(Flow::Normal)
}

/// `while`: out of line, like the other compound statements, so that the
/// block loop (entered once per Python call) keeps a small stack frame.
#[inline(never)]
fn exec_while(vm: &Vm, f: &mut Frame, test: &Expr, body: &[Stmt], orelse: &[Stmt]) -> Exec {
    loop {
        if !super::expr::test_truth(vm, f, test)? {
            break;
        }
        match exec_block(vm, f, body)? {
            Flow::Break => return Ok(Flow::Normal),
            Flow::Return(v) => return Ok(Flow::Return(v)),
            _ => {}
        }
        check_interrupt(vm)?;
    }
    exec_block(vm, f, orelse)
}

/// The less frequent statements, kept out of `exec_stmt` so the hot
/// block loop's stack frame stays small.
#[inline(never)]
fn exec_stmt_cold(vm: &Vm, f: &mut Frame, s: &Stmt) -> Exec {
    match &s.kind {
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        } => {
            if let Some(v) = value {
                let v = eval(vm, f, v)?;
                assign(vm, f, target, v)?;
            }
            // Annotations in module and class bodies are evaluated (and, for
            // a plain name, recorded); in functions they are not.
            if f.scope.is_none() {
                let a = eval(vm, f, annotation)?;
                if let ExprKind::Name(name, _) = &target.kind {
                    record_annotation(vm, f, *name, a)?;
                }
            }
            Ok(Flow::Normal)
        }
        StmtKind::FunctionDef(def) => {
            let func = super::call::make_function(vm, f, def)?;
            let func = apply_decorators(vm, f, &def.decorators, func)?;
            super::unpack::store_name(vm, f, def.name, def.name_loc, func)?;
            Ok(Flow::Normal)
        }
        StmtKind::ClassDef(def) => {
            let cls = super::class::make_class(vm, f, def)?;
            let cls = apply_decorators(vm, f, &def.decorators, cls)?;
            super::unpack::store_name(vm, f, def.name, def.name_loc, cls)?;
            Ok(Flow::Normal)
        }
        StmtKind::Delete(targets) => {
            for t in targets {
                delete(vm, f, t)?;
            }
            Ok(Flow::Normal)
        }
        StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(Flow::Normal),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => exec_try(vm, f, body, handlers, orelse, finalbody),
        StmtKind::Raise { exc, cause } => Err(exec_raise(vm, f, exc.as_ref(), cause.as_ref())?),
        StmtKind::Assert { test, msg } => {
            if super::expr::test_truth(vm, f, test)? {
                return Ok(Flow::Normal);
            }
            let args = match msg {
                Some(m) => vec![eval(vm, f, m)?],
                None => vec![],
            };
            Err(Exc(new_exception(&vm.exc.assertion_error, args)))
        }
        StmtKind::Import(aliases) => {
            for a in aliases {
                let m = crate::modules::import(vm, &a.name)?;
                let bound = if a.asname.is_some() {
                    crate::modules::import_leaf(vm, &a.name)?
                } else {
                    m
                };
                super::unpack::store_name(vm, f, a.target, a.loc, bound)?;
            }
            Ok(Flow::Normal)
        }
        StmtKind::ImportFrom {
            module,
            level,
            names,
            star,
        } => {
            if *level > 0 {
                return Err(vm.err(
                    &vm.exc.import_error,
                    "attempted relative import with no known parent package",
                ));
            }
            let modname = module.clone().unwrap_or_default();
            crate::modules::import(vm, &modname)?;
            let m = crate::modules::import_leaf(vm, &modname)?;
            if *star {
                return import_star(vm, f, &m).map(|_| Flow::Normal);
            }
            for a in names {
                let sym = crate::syntax::intern::intern(&a.name);
                let v = crate::runtime::attr::get_attr(vm, &m, sym).map_err(|_| {
                    vm.err(
                        &vm.exc.import_error,
                        format!("cannot import name '{}' from '{}'", a.name, modname),
                    )
                })?;
                super::unpack::store_name(vm, f, a.target, a.loc, v)?;
            }
            Ok(Flow::Normal)
        }
        StmtKind::With { items, body } => super::with::exec_with(vm, f, items, body),
        StmtKind::Match { subject, cases } => super::patterns::exec_match(vm, f, subject, cases),
        _ => Err(vm.runtime_error("internal: unexpected statement kind")),
    }
}

fn import_star(vm: &Vm, f: &mut Frame, m: &Value) -> PyResult<()> {
    let Some(Payload::Module(md)) = m.payload() else {
        return Ok(());
    };
    let Some(d) = super::dict_cell(&md.dict) else {
        return Ok(());
    };
    let pairs = crate::runtime::dictops::items(d);
    for (k, v) in pairs {
        if let Some(name) = k.as_str() {
            if !name.starts_with('_') {
                let sym = crate::syntax::intern::intern(name);
                super::unpack::store_name(vm, f, sym, NameLoc::Global, v)?;
            }
        }
    }
    Ok(())
}

#[inline]
pub fn truth(vm: &Vm, v: &Value) -> PyResult<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        _ => ops::truthy(vm, v),
    }
}

pub fn check_interrupt(vm: &Vm) -> PyResult<()> {
    if vm
        .interrupted
        .swap(false, std::sync::atomic::Ordering::Relaxed)
    {
        return Err(Exc(new_exception(&vm.exc.keyboard_interrupt, vec![])));
    }
    Ok(())
}

fn apply_decorators(vm: &Vm, f: &mut Frame, decorators: &[Expr], mut v: Value) -> PyResult<Value> {
    // Decorators were written top to bottom; apply bottom-up.
    let decs: Vec<Value> = decorators
        .iter()
        .map(|d| eval(vm, f, d))
        .collect::<PyResult<_>>()?;
    for d in decs.iter().rev() {
        v = vm.call(d, vec![v], &[])?;
    }
    Ok(v)
}

#[inline(never)]
fn exec_for(
    vm: &Vm,
    f: &mut Frame,
    target: &Expr,
    iter: &Expr,
    body: &[Stmt],
    orelse: &[Stmt],
) -> Exec {
    let iterable = eval(vm, f, iter)?;
    // Fast path: range with a simple local target.
    if let (Some(Payload::Range(r)), ExprKind::Name(_, NameLoc::Local(slot))) =
        (iterable.payload(), &target.kind)
    {
        let (mut i, stop, step) = (r.start, r.stop, r.step);
        let slot = *slot as usize;
        drop(iterable);
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            f.locals[slot] = Some(Value::Int(i));
            match exec_block(vm, f, body)? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return(v) => return Ok(Flow::Return(v)),
                _ => {}
            }
            i = match i.checked_add(step) {
                Some(n) => n,
                None => break,
            };
        }
        return exec_block(vm, f, orelse);
    }
    let it = ops::iter(vm, &iterable)?;
    drop(iterable);
    // The iterator lives in the frame (not a Rust local) so that, in a
    // suspended generator, the cycle collector can see it.
    f.iters.push(it);
    let r = for_items(vm, f, target, body);
    let it = f.iters.pop();
    drop(it);
    match r? {
        Some(flow) => Ok(flow),
        None => exec_block(vm, f, orelse),
    }
}

/// Run a `for` body over the frame's innermost loop iterator: `Some(flow)`
/// when the loop was left early, `None` when the iterator ran out.
fn for_items(vm: &Vm, f: &mut Frame, target: &Expr, body: &[Stmt]) -> PyResult<Option<Flow>> {
    loop {
        let Some(it) = f.iters.last().cloned() else {
            return Ok(None);
        };
        let Some(item) = ops::next(vm, &it)? else {
            return Ok(None);
        };
        drop(it);
        assign(vm, f, target, item)?;
        match exec_block(vm, f, body)? {
            Flow::Break => return Ok(Some(Flow::Normal)),
            Flow::Return(v) => return Ok(Some(Flow::Return(v))),
            _ => {}
        }
        check_interrupt(vm)?;
    }
}

fn handler_matches(vm: &Vm, e: &Exc, typ: &Value) -> PyResult<bool> {
    let ety = vm.types.type_of_obj(&e.0).clone();
    match typ.payload() {
        Some(Payload::Type(_)) => {
            let Some(t) = typ.as_obj() else {
                return Ok(false);
            };
            if !is_subtype(t, &vm.exc.base_exception) {
                return Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
            Ok(is_subtype(&ety, t))
        }
        Some(Payload::Tuple(items)) => {
            for t in items.iter() {
                if handler_matches(vm, e, t)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(
            vm.type_error("catching classes that do not inherit from BaseException is not allowed")
        ),
    }
}

fn exec_try(
    vm: &Vm,
    f: &mut Frame,
    body: &[Stmt],
    handlers: &[ExceptHandler],
    orelse: &[Stmt],
    finalbody: &[Stmt],
) -> Exec {
    let mut result = exec_block(vm, f, body);
    if let (Err(e), true) = (&result, handlers.first().is_some_and(|h| h.star)) {
        result = super::except_star::run_handlers(vm, f, handlers, e.clone());
    } else if let Err(e) = &result {
        let e = e.clone();
        for h in handlers {
            let matched = match &h.typ {
                None => true,
                Some(t) => {
                    let tv = match eval(vm, f, t) {
                        Ok(v) => v,
                        Err(e2) => {
                            result = Err(e2);
                            break;
                        }
                    };
                    match handler_matches(vm, &e, &tv) {
                        Ok(m) => m,
                        Err(e2) => {
                            result = Err(e2);
                            break;
                        }
                    }
                }
            };
            if !matched {
                continue;
            }
            result = run_handler(vm, f, h, e.clone());
            break;
        }
    } else if matches!(result, Ok(Flow::Normal)) {
        result = exec_block(vm, f, orelse);
    }
    if finalbody.is_empty() {
        return result;
    }
    // `finally` runs; if it completes normally the earlier result stands.
    if let Err(e) = &result {
        vm.handling.borrow_mut().push(Value::Obj(e.0.clone()));
    }
    let fin = exec_block(vm, f, finalbody);
    if result.is_err() {
        vm.handling.borrow_mut().pop();
    }
    match fin {
        Ok(Flow::Normal) => result,
        Err(e2) => {
            if let Err(e) = &result {
                set_context(&e2, e);
            }
            Err(e2)
        }
        other => other,
    }
}

pub(super) fn run_handler(vm: &Vm, f: &mut Frame, h: &ExceptHandler, e: Exc) -> Exec {
    if let Some((name, loc)) = &h.name {
        super::unpack::store_name(vm, f, *name, *loc, Value::Obj(e.0.clone()))?;
    }
    vm.handling.borrow_mut().push(Value::Obj(e.0.clone()));
    let r = exec_block(vm, f, &h.body);
    vm.handling.borrow_mut().pop();
    if let Some((name, loc)) = &h.name {
        // `except E as n` deletes n at the end of the handler.
        let _ = super::unpack::unbind_name(vm, f, *name, *loc);
    }
    if let Err(e2) = &r {
        set_context(e2, &e);
    }
    r
}

/// Set `new.__context__ = old` unless it would make a cycle.
pub fn set_context(new: &Exc, old: &Exc) {
    if new.0.ptr_eq(&old.0) {
        return;
    }
    if let Some(d) = exc_data(&new.0) {
        let mut d = d.borrow_mut();
        if d.context.is_none() {
            d.context = Some(Value::Obj(old.0.clone()));
        }
    }
}

/// Turn the operand of `raise` into an exception instance.
pub fn make_exception(vm: &Vm, v: Value) -> PyResult<Exc> {
    match v.payload() {
        Some(Payload::Type(_)) => {
            let cls = v
                .as_obj()
                .cloned()
                .unwrap_or_else(|| vm.exc.type_error.clone());
            if !is_subtype(&cls, &vm.exc.base_exception) {
                return Err(vm.type_error("exceptions must derive from BaseException"));
            }
            let inst = vm.call(&v, vec![], &[])?;
            make_exception(vm, inst)
        }
        _ => match v {
            Value::Obj(o) if exc_data(&o).is_some() => Ok(Exc(o)),
            _ => Err(vm.type_error("exceptions must derive from BaseException")),
        },
    }
}

fn exec_raise(vm: &Vm, f: &mut Frame, exc: Option<&Expr>, cause: Option<&Expr>) -> PyResult<Exc> {
    let Some(exc) = exc else {
        // Bare `raise`: re-raise the exception being handled.
        let cur = vm.handling.borrow().last().cloned();
        return match cur {
            Some(Value::Obj(o)) => Ok(Exc(o)),
            _ => Err(vm.runtime_error("No active exception to reraise")),
        };
    };
    let v = eval(vm, f, exc)?;
    let e = make_exception(vm, v)?;
    if let Some(c) = cause {
        let cv = eval(vm, f, c)?;
        let cause_val = match cv {
            Value::None => None,
            other => match make_exception(vm, other) {
                Ok(c) => Some(Value::Obj(c.0)),
                Err(err) if vm.exc_matches(&err, &vm.exc.type_error) => {
                    return Err(vm.type_error("exception causes must derive from BaseException"))
                }
                Err(err) => return Err(err),
            },
        };
        if let Some(d) = exc_data(&e.0) {
            let mut d = d.borrow_mut();
            d.cause = cause_val;
            d.suppress_context = true;
        }
    }
    if let Some(Value::Obj(cur)) = vm.handling.borrow().last() {
        set_context(&e, &Exc(cur.clone()));
    }
    // A re-raised exception keeps its traceback; a new one starts empty.
    let _ = type_data;
    Ok(e)
}
