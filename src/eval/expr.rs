//! Expression evaluation: names, constants, operators, attribute access
//! (with the plain-instance and proxy fast paths), displays,
//! comprehensions, f-strings, lambdas. Call expressions are in `callsite`.
//!
//! Owns the order of evaluation (left to right, as CPython) and the
//! innermost-expression span recorded in tracebacks.

use crate::runtime::attr::get_attr;
use crate::runtime::dictops;
use crate::runtime::object::*;
use crate::runtime::subscript::item_slot;
use crate::runtime::{arith, ops, ObjRef, PyResult, Value};
use crate::syntax::ast::*;
use crate::vm::Vm;

use super::attr_fast::{global_module_attr, instance_attr_fast, load_attr};
use super::stmt::truth;
use super::{add_trace, Frame};

/// Read a name from its resolved location.
#[inline]
pub fn load_name(vm: &Vm, f: &Frame, name: Symbol, loc: NameLoc) -> PyResult<Value> {
    match loc {
        NameLoc::Local(i) => match &f.locals[i as usize] {
            Some(v) => Ok(v.clone()),
            None => Err(unbound_local(vm, name)),
        },
        NameLoc::Deref(i) => match &f.cells[i as usize].payload {
            Payload::Cell(c) => match &*c.borrow() {
                Some(v) => Ok(v.clone()),
                None => Err(vm.err(
                    &vm.exc.name_error,
                    format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name),
                )),
            },
            _ => Err(unbound_local(vm, name)),
        },
        NameLoc::Global | NameLoc::Unresolved => super::load_global(vm, f.globals, name).map_err(|e| {
            if f.scope.is_some() {
                super::name_error(vm, f.globals, name, super::local_names(f))
            } else {
                e
            }
        }),
        NameLoc::Name => {
            if let Some(ns) = &f.namespace {
                if let Some(d) = super::dict_cell(ns) {
                    if let Some(v) = crate::runtime::types::dict_get_str(&d.borrow(), &vm.sym_str(name)) {
                        return Ok(v);
                    }
                }
            }
            super::load_global(vm, f.globals, name)
        }
    }
}

fn unbound_local(vm: &Vm, name: Symbol) -> crate::runtime::Exc {
    vm.err(
        &vm.exc.unbound_local_error,
        format!(
            "cannot access local variable '{}' where it is not associated with a value",
            name
        ),
    )
}

/// Evaluate an expression. A local variable or an int constant is read in
/// place at the call site; other nodes go through [`eval_node`]. Leaves are
/// about half of all nodes, so this saves a call (and `eval_node`'s large
/// stack frame) on each of them.
#[inline(always)]
pub fn eval(vm: &Vm, f: &mut Frame, e: &Expr) -> PyResult<Value> {
    match &e.kind {
        ExprKind::Name(name, NameLoc::Local(i)) => match f.locals.get(*i as usize) {
            Some(Some(v)) => Ok(v.clone()),
            _ => Err(unbound_local(vm, *name)),
        },
        ExprKind::Const(Constant::Int(i)) => Ok(Value::Int(*i)),
        _ => eval_node(vm, f, e),
    }
}

/// Evaluate any expression node (see [`eval`]). Only dispatches: each kind
/// is a separate function entered by a tail call, so this needs no stack
/// frame and each kind saves only the registers it uses.
#[inline(never)]
fn eval_node(vm: &Vm, f: &mut Frame, e: &Expr) -> PyResult<Value> {
    match &e.kind {
        ExprKind::GlobalName(name, site) => eval_global(vm, f, *name, site),
        ExprKind::Name(name, loc) => load_name(vm, f, *name, *loc),
        ExprKind::Const(c) => eval_constant(vm, c),
        ExprKind::BinOp(l, op, r) => eval_binop(vm, f, e, l, *op, r),
        ExprKind::LocalIntOp(x) => eval_local_int_op(vm, f, e, x),
        ExprKind::LocalIntCompare(x) => eval_local_int_compare(vm, f, e, x),
        ExprKind::UnaryOp(op, operand) => eval_unary(vm, f, e, *op, operand),
        ExprKind::BoolOp(op, values) => eval_boolop(vm, f, *op, values),
        ExprKind::Compare(left, rest) => eval_comparison(vm, f, e, left, rest),
        ExprKind::IfExp { test, body, orelse } => eval_ifexp(vm, f, test, body, orelse),
        ExprKind::Call { func, args } => eval_call_node(vm, f, e, func, args),
        ExprKind::Attribute(obj, attr, site) => eval_attribute(vm, f, e, obj, *attr, site),
        ExprKind::Subscript(obj, idx) => eval_subscript(vm, f, e, obj, idx),
        ExprKind::Tuple(items) => eval_tuple(vm, f, items),
        ExprKind::List(items) => eval_list(vm, f, items),
        _ => eval_cold(vm, f, e),
    }
}

#[inline(never)]
fn eval_tuple(vm: &Vm, f: &mut Frame, items: &[Expr]) -> PyResult<Value> {
    Ok(ops::new_tuple(eval_items(vm, f, items)?))
}

#[inline(never)]
fn eval_list(vm: &Vm, f: &mut Frame, items: &[Expr]) -> PyResult<Value> {
    Ok(ops::new_list(eval_items(vm, f, items)?))
}

#[inline(never)]
fn eval_global(vm: &Vm, f: &mut Frame, name: Symbol, site: &GlobalSite) -> PyResult<Value> {
    super::load_global_at(vm, f, name, site)
}

#[inline(never)]
fn eval_constant(vm: &Vm, c: &Constant) -> PyResult<Value> {
    Ok(constant(vm, c))
}

#[inline(never)]
fn eval_binop(vm: &Vm, f: &mut Frame, e: &Expr, l: &Expr, op: BinOp, r: &Expr) -> PyResult<Value> {
    let a = eval(vm, f, l)?;
    let b = eval(vm, f, r)?;
    if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
        if let Some(v) = arith::small_int_op(op, *x, *y) {
            return Ok(v);
        }
    }
    arith::binary_op(vm, op, &a, &b).map_err(|err| traced(err, f, e))
}

/// `local op int`: small ints without building operands, else the
/// general binary operation (same errors, same traceback span).
#[inline(never)]
fn eval_local_int_op(vm: &Vm, f: &mut Frame, e: &Expr, x: &LocalInt<BinOp>) -> PyResult<Value> {
    if let Some(Some(Value::Int(a))) = f.locals.get(x.slot as usize) {
        if let Some(v) = arith::small_int_op(x.op, *a, x.rhs) {
            return Ok(v);
        }
    }
    let a = local_operand(vm, f, x)?;
    arith::binary_op(vm, x.op, &a, &Value::Int(x.rhs)).map_err(|err| traced(err, f, e))
}

/// The local of a `LocalInt` node, for the general path.
#[inline]
fn local_operand<Op>(vm: &Vm, f: &Frame, x: &LocalInt<Op>) -> PyResult<Value> {
    match f.locals.get(x.slot as usize) {
        Some(Some(a)) => Ok(a.clone()),
        _ => Err(unbound_local(vm, x.name)),
    }
}

/// `local cmp int` as a value (a rich comparison may return any object).
#[inline(never)]
fn eval_local_int_compare(
    vm: &Vm,
    f: &mut Frame,
    e: &Expr,
    x: &LocalInt<CmpOp>,
) -> PyResult<Value> {
    if let Some(Some(Value::Int(a))) = f.locals.get(x.slot as usize) {
        if let Some(r) = int_compare(x.op, *a, x.rhs) {
            return Ok(Value::Bool(r));
        }
    }
    let a = local_operand(vm, f, x)?;
    compare_op(vm, x.op, &a, &Value::Int(x.rhs)).map_err(|err| traced(err, f, e))
}

/// The truth of `local cmp int` (`if n < 2:`).
#[inline]
fn test_local_int_compare(vm: &Vm, f: &mut Frame, e: &Expr, x: &LocalInt<CmpOp>) -> PyResult<bool> {
    if let Some(Some(Value::Int(a))) = f.locals.get(x.slot as usize) {
        if let Some(r) = int_compare(x.op, *a, x.rhs) {
            return Ok(r);
        }
    }
    // Not an int: the general comparison, kept out of line.
    let r = eval_local_int_compare(vm, f, e, x)?;
    truth(vm, &r)
}

#[inline(never)]
fn eval_unary(vm: &Vm, f: &mut Frame, e: &Expr, op: UnaryOp, operand: &Expr) -> PyResult<Value> {
    let v = eval(vm, f, operand)?;
    arith::unary_op(vm, op, &v).map_err(|err| traced(err, f, e))
}

#[inline(never)]
fn eval_boolop(vm: &Vm, f: &mut Frame, op: BoolOp, values: &[Expr]) -> PyResult<Value> {
    let mut last = Value::None;
    for (i, x) in values.iter().enumerate() {
        last = eval(vm, f, x)?;
        if i + 1 == values.len() {
            break;
        }
        let t = truth(vm, &last)?;
        if (op == BoolOp::And) != t {
            return Ok(last);
        }
    }
    Ok(last)
}

#[inline(never)]
fn eval_comparison(
    vm: &Vm,
    f: &mut Frame,
    e: &Expr,
    left: &Expr,
    rest: &[(CmpOp, Expr)],
) -> PyResult<Value> {
    if let [(op, right)] = rest {
        // One operator (the usual case): no chain bookkeeping.
        let a = eval(vm, f, left)?;
        let b = eval(vm, f, right)?;
        return compare_op(vm, *op, &a, &b).map_err(|err| traced(err, f, e));
    }
    eval_compare(vm, f, left, rest).map_err(|err| traced(err, f, e))
}

/// The truth of a test (`if`, `while`, `assert`, conditional expressions,
/// comprehension and `case` guards), found the way CPython's compiled jumps
/// find it: `and`, `or` and `not` test each operand's truth exactly once
/// without building the combined value, and a comparison of two ints gives
/// its answer without a bool object in between.
pub fn test_truth(vm: &Vm, f: &mut Frame, e: &Expr) -> PyResult<bool> {
    match &e.kind {
        ExprKind::LocalIntCompare(x) => test_local_int_compare(vm, f, e, x),
        ExprKind::Compare(left, rest) if rest.len() == 1 => {
            let (op, right) = &rest[0];
            if let CmpOp::Is | CmpOp::IsNot = op {
                return test_identity(vm, f, *op, left, right);
            }
            let a = eval(vm, f, left)?;
            let b = eval(vm, f, right)?;
            if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                if let Some(r) = int_compare(*op, *x, *y) {
                    return Ok(r);
                }
            }
            let r = compare_op(vm, *op, &a, &b).map_err(|err| traced(err, f, e))?;
            truth(vm, &r)
        }
        ExprKind::BoolOp(op, values) => {
            let want = matches!(op, BoolOp::Or);
            for x in values {
                if test_truth(vm, f, x)? == want {
                    return Ok(want);
                }
            }
            Ok(!want)
        }
        ExprKind::UnaryOp(UnaryOp::Not, x) => Ok(!test_truth(vm, f, x)?),
        _ => {
            let v = eval(vm, f, e)?;
            truth(vm, &v)
        }
    }
}

/// The truth of `left is right` / `left is not right`. For `x is None` a
/// local is only looked at, not counted and released.
#[inline(never)]
fn test_identity(vm: &Vm, f: &mut Frame, op: CmpOp, left: &Expr, right: &Expr) -> PyResult<bool> {
    let same = match (&left.kind, &right.kind) {
        (ExprKind::Name(_, NameLoc::Local(i)), ExprKind::Const(Constant::None)) => {
            match f.locals.get(*i as usize) {
                Some(Some(v)) => v.is_none(),
                _ => eval(vm, f, left)?.is_none(),
            }
        }
        (_, ExprKind::Const(Constant::None)) => eval(vm, f, left)?.is_none(),
        // `expr is local`: the local is only looked at.
        (_, ExprKind::Name(_, NameLoc::Local(i))) => {
            let a = eval(vm, f, left)?;
            match f.locals.get(*i as usize) {
                Some(Some(b)) => a.is(b),
                _ => a.is(&eval(vm, f, right)?),
            }
        }
        _ => {
            let a = eval(vm, f, left)?;
            let b = eval(vm, f, right)?;
            a.is(&b)
        }
    };
    Ok(same == (op == CmpOp::Is))
}

#[inline(never)]
fn eval_ifexp(vm: &Vm, f: &mut Frame, test: &Expr, body: &Expr, orelse: &Expr) -> PyResult<Value> {
    if test_truth(vm, f, test)? {
        eval(vm, f, body)
    } else {
        eval(vm, f, orelse)
    }
}

#[inline(never)]
fn eval_call_node(vm: &Vm, f: &mut Frame, e: &Expr, func: &Expr, args: &[Arg]) -> PyResult<Value> {
    super::callsite::eval_call(vm, f, func, args).map_err(|err| traced(err, f, e))
}

#[inline(never)]
fn eval_attribute(
    vm: &Vm,
    f: &mut Frame,
    e: &Expr,
    obj: &Expr,
    attr: Symbol,
    site: &AttrSite,
) -> PyResult<Value> {
    // `local.name` answered by the instance dict: the local is only
    // borrowed, not counted and released.
    match &obj.kind {
        ExprKind::Name(_, NameLoc::Local(i)) => {
            if let Some(Some(o)) = f.locals.get(*i as usize) {
                if let Ok(v) = instance_attr_fast(vm, o, attr, site) {
                    return Ok(v);
                }
            }
        }
        ExprKind::GlobalName(_, global) => {
            if let Some(v) = global_module_attr(vm, f, global, attr, site) {
                return Ok(v);
            }
        }
        _ => {}
    }
    let o = unproxy(vm, eval(vm, f, obj)?).map_err(|err| traced(err, f, e))?;
    let r = load_attr(vm, &o, attr, site).map_err(|err| traced(err, f, e));
    release_temporary(vm, o);
    r
}

#[inline(never)]
fn eval_subscript(vm: &Vm, f: &mut Frame, e: &Expr, obj: &Expr, idx: &Expr) -> PyResult<Value> {
    let o = eval(vm, f, obj)?;
    let i = eval(vm, f, idx)?;
    if let Value::Int(n) = i {
        // `a_list[i]` / `a_tuple[i]` in range (exact types only).
        let item = match o.payload() {
            Some(Payload::List(l)) => {
                let b = l.borrow();
                item_slot(n, b.len()).map(|k| b[k].clone())
            }
            Some(Payload::Tuple(t)) => item_slot(n, t.len()).map(|k| t[k].clone()),
            _ => None,
        };
        if let Some(v) = item {
            return Ok(v);
        }
    }
    ops::getitem(vm, &o, &i).map_err(|err| traced(err, f, e))
}

/// The less frequent expression kinds, kept out of `eval` so the hot
/// evaluator's stack frame stays small.
#[inline(never)]
fn eval_cold(vm: &Vm, f: &mut Frame, e: &Expr) -> PyResult<Value> {
    match &e.kind {
        ExprKind::Slice(lo, hi, step) => {
            let mut part = |x: &Option<Box<Expr>>| -> PyResult<Value> {
                match x {
                    Some(x) => eval(vm, f, x),
                    None => Ok(Value::None),
                }
            };
            let s = [part(lo)?, part(hi)?, part(step)?];
            Ok(Value::Obj(ObjRef::new(Payload::Slice(Box::new(s)))))
        }
        ExprKind::Starred(_) => {
            Err(vm.err(&vm.exc.syntax_error, "can't use starred expression here"))
        }
        ExprKind::Set(items) => {
            let items = eval_items(vm, f, items)?;
            crate::runtime::setops::new_set(vm, items)
        }
        ExprKind::Dict(pairs) => {
            let d = std::cell::RefCell::new(crate::runtime::dict::Dict::with_capacity(pairs.len()));
            for (k, v) in pairs {
                match k {
                    Some(k) => {
                        let key = eval(vm, f, k)?;
                        let val = eval(vm, f, v)?;
                        dictops::set(vm, &d, key, val)?;
                    }
                    None => {
                        let m = eval(vm, f, v)?;
                        for (key, val) in mapping_items(vm, &m)? {
                            dictops::set(vm, &d, key, val)?;
                        }
                    }
                }
            }
            Ok(Value::Obj(ObjRef::new(Payload::Dict(d))))
        }
        ExprKind::Comp(c) => super::call::run_comprehension(vm, f, c),
        ExprKind::Lambda(def) => super::call::make_function(vm, f, def),
        ExprKind::JoinedStr(parts) => Ok(Value::str(fstring(vm, f, parts)?)),
        ExprKind::NamedExpr(target, value) => {
            let v = eval(vm, f, value)?;
            super::unpack::assign(vm, f, target, v.clone())?;
            Ok(v)
        }
        ExprKind::Yield(v) => {
            let v = match v {
                Some(x) => eval(vm, f, x)?,
                None => Value::None,
            };
            super::generator::yield_value(vm, f, v)
        }
        ExprKind::YieldFrom(x) => {
            let v = eval(vm, f, x)?;
            super::generator::yield_from(vm, f, v)
        }
        _ => Err(vm.runtime_error("internal: unexpected expression kind")),
    }
}

pub(super) fn traced(err: crate::runtime::Exc, f: &Frame, e: &Expr) -> crate::runtime::Exc {
    add_trace(&err, f, e.span);
    err
}

/// Key/value pairs of a mapping (for `**m`).
pub fn mapping_items(vm: &Vm, m: &Value) -> PyResult<Vec<(Value, Value)>> {
    if let Some(d) = dictops::dict_of(m) {
        return Ok(dictops::items(d));
    }
    let keys_m = get_attr(vm, m, crate::syntax::intern::intern("keys"))
        .map_err(|_| vm.type_error(format!("'{}' object is not a mapping", vm.type_name(m))))?;
    let keys = vm.call(&keys_m, vec![], &[])?;
    let mut out = Vec::new();
    for k in ops::collect(vm, &keys)? {
        let v = ops::getitem(vm, m, &k)?;
        out.push((k, v));
    }
    Ok(out)
}

pub fn constant(vm: &Vm, c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::True => Value::Bool(true),
        Constant::False => Value::Bool(false),
        Constant::Ellipsis => vm.ellipsis.clone(),
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(b) => Value::from_bigint((**b).clone()),
        Constant::Float(x) => Value::Float(*x),
        Constant::Imag(f) => {
            crate::runtime::complex_type::new_value(crate::runtime::complex::C64::new(0.0, *f))
        }
        Constant::Str(s) => vm.str_constant(s),
        Constant::Bytes(b) => {
            Value::Obj(ObjRef::new(Payload::Bytes(b.to_vec().into_boxed_slice())))
        }
    }
}

/// Evaluate display items, expanding `*iterable`.
pub fn eval_items(vm: &Vm, f: &mut Frame, items: &[Expr]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        if let ExprKind::Starred(inner) = &x.kind {
            let v = eval(vm, f, inner)?;
            out.extend(ops::collect(vm, &v)?);
        } else {
            out.push(eval(vm, f, x)?);
        }
    }
    Ok(out)
}

fn eval_compare(vm: &Vm, f: &mut Frame, left: &Expr, rest: &[(CmpOp, Expr)]) -> PyResult<Value> {
    let mut a = eval(vm, f, left)?;
    let last = rest.len().saturating_sub(1);
    for (i, (op, right)) in rest.iter().enumerate() {
        let b = eval(vm, f, right)?;
        let r = compare_op(vm, *op, &a, &b)?;
        if i == last {
            return Ok(r);
        }
        if !truth(vm, &r)? {
            return Ok(r);
        }
        a = b;
    }
    Ok(Value::Bool(true))
}

/// `x op y` for two small ints; `None` for `in`/`not in` (which ask the
/// right operand).
#[inline(always)]
fn int_compare(op: CmpOp, x: i64, y: i64) -> Option<bool> {
    Some(match op {
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        CmpOp::Eq | CmpOp::Is => x == y,
        CmpOp::NotEq | CmpOp::IsNot => x != y,
        CmpOp::In | CmpOp::NotIn => return None,
    })
}

/// One comparison operator.
#[inline]
pub fn compare_op(vm: &Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let Some(r) = int_compare(op, *x, *y) {
            return Ok(Value::Bool(r));
        }
    }
    match op {
        CmpOp::Is => Ok(Value::Bool(a.is(b))),
        CmpOp::IsNot => Ok(Value::Bool(!a.is(b))),
        CmpOp::In => Ok(Value::Bool(ops::contains(vm, b, a)?)),
        CmpOp::NotIn => Ok(Value::Bool(!ops::contains(vm, b, a)?)),
        CmpOp::Eq => {
            if let Some(r) = dictops::value_eq(a, b) {
                return Ok(Value::Bool(r));
            }
            ops::compare(vm, a, b, op)
        }
        _ => ops::compare(vm, a, b, op),
    }
}

/// A `weakref.proxy` stands for its referent in attribute access (CPython's
/// proxy forwards every attribute get, set and delete), so attribute code
/// works on the referent directly; a dead proxy raises ReferenceError.
#[inline]
pub fn unproxy(vm: &Vm, v: Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::WeakRef(_)) => match crate::runtime::weakref::proxy_target(vm, &v) {
            Some(target) => target,
            None => Ok(v),
        },
        _ => Ok(v),
    }
}

/// Drop a value used as a temporary; if that was its last reference, run
/// its finalizer now, as CPython would at this point of the expression.
#[inline]
fn release_temporary(vm: &Vm, v: Value) {
    if let Value::Obj(o) = &v {
        if o.refcount() == 1 {
            drop(v);
            vm.safe_point();
        }
    }
}

/// Build an f-string's text.
pub fn fstring(vm: &Vm, f: &mut Frame, parts: &[FStringPart]) -> PyResult<String> {
    use std::fmt::Write;
    let mut out = String::with_capacity(32);
    for p in parts {
        match p {
            FStringPart::Literal(s) => out.push_str(s),
            FStringPart::Formatted {
                value,
                conversion,
                spec,
                debug_text,
            } => {
                if let Some(t) = debug_text {
                    out.push_str(t);
                }
                let v = eval(vm, f, value)?;
                let conv = match (conversion, debug_text, spec) {
                    (Some(c), _, _) => Some(*c),
                    (None, Some(_), None) => Some('r'),
                    _ => None,
                };
                let converted = match conv {
                    Some('r') => Some(crate::runtime::repr::repr(vm, &v)?),
                    Some('s') => Some(crate::runtime::repr::str_of(vm, &v)?),
                    Some('a') => Some(crate::builtins::ascii_of(&crate::runtime::repr::repr(
                        vm, &v,
                    )?)),
                    _ => None,
                };
                let spec_text = match spec {
                    Some(sp) => fstring(vm, f, sp)?,
                    None => String::new(),
                };
                if let Some(text) = converted {
                    // A conversion gives an exact str, formatted as one.
                    if spec_text.is_empty() {
                        out.push_str(&text);
                    } else {
                        let sv = Value::str(text);
                        out.push_str(&crate::builtins::format_value(vm, &sv, &spec_text)?);
                    }
                    continue;
                }
                if spec_text.is_empty() {
                    // Only an exact str: a subclass may define __format__/__str__.
                    if let Some(Payload::Str(s)) = v.payload() {
                        out.push_str(&s.text);
                        continue;
                    }
                    if let Value::Int(i) = v {
                        let _ = write!(out, "{i}");
                        continue;
                    }
                }
                out.push_str(&crate::builtins::format_value(vm, &v, &spec_text)?);
            }
        }
    }
    Ok(out)
}
