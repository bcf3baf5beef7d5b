//! The `match` statement (PEP 634): trying each case's pattern against the
//! subject, the guard, and running the chosen body.
//!
//! Owns pattern matching as CPython 3.11's `MATCH_*` instructions do it:
//! which objects are sequences and mappings, `__match_args__`, the
//! self-matching built-ins, `get`-based key lookup, and the run-time
//! `TypeError`/`ValueError` messages. Captured names are collected while a
//! pattern is tried and stored only when the whole pattern matched (before
//! the guard runs, so they stay bound even when the guard fails).

use crate::runtime::attr::get_attr;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::{Payload, TF_HEAPTYPE, TF_MAPPING, TF_SEQUENCE};
use crate::runtime::types::{is_subtype, type_data};
use crate::runtime::{iteration, ops, subscript, PyResult, Value};
use crate::syntax::ast::*;
use crate::syntax::intern::intern;
use crate::vm::Vm;

use super::expr::eval;
use super::stmt::exec_block;
use super::unpack::store_name;
use super::{Exec, Flow, Frame};

/// Names bound by the pattern being tried, in binding order.
type Bindings<'a> = Vec<(&'a Capture, Value)>;

/// Run `match subject: cases`.
pub fn exec_match(vm: &Vm, f: &mut Frame, subject: &Expr, cases: &[MatchCase]) -> Exec {
    let subject = eval(vm, f, subject)?;
    for case in cases {
        let mut bound = Vec::new();
        if !match_pattern(vm, f, &case.pattern, &subject, &mut bound)? {
            continue;
        }
        for (c, v) in bound {
            store_name(vm, f, c.name, c.loc, v)?;
        }
        if let Some(g) = &case.guard {
            if !super::expr::test_truth(vm, f, g)? {
                continue;
            }
        }
        return exec_block(vm, f, &case.body);
    }
    Ok(Flow::Normal)
}

fn match_pattern<'a>(
    vm: &Vm,
    f: &mut Frame,
    p: &'a Pattern,
    v: &Value,
    bound: &mut Bindings<'a>,
) -> PyResult<bool> {
    match &p.kind {
        PatternKind::Value(e) => {
            let want = eval(vm, f, e)?;
            ops::eq(vm, v, &want)
        }
        PatternKind::Singleton(c) => Ok(match c {
            Constant::None => v.is_none(),
            Constant::True => matches!(v, Value::Bool(true)),
            Constant::False => matches!(v, Value::Bool(false)),
            _ => false,
        }),
        PatternKind::As { pattern, name } => {
            if let Some(inner) = pattern {
                if !match_pattern(vm, f, inner, v, bound)? {
                    return Ok(false);
                }
            }
            if let Some(c) = name {
                bound.push((c, v.clone()));
            }
            Ok(true)
        }
        PatternKind::Or(alts) => {
            for alt in alts {
                let mut alt_bound = Vec::new();
                if match_pattern(vm, f, alt, v, &mut alt_bound)? {
                    bound.extend(alt_bound);
                    return Ok(true);
                }
            }
            Ok(false)
        }
        PatternKind::Sequence(items) => match_sequence(vm, f, items, v, bound),
        PatternKind::Star(_) => Ok(false),
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => match_mapping(vm, f, keys, patterns, rest.as_ref(), v, bound),
        PatternKind::Class {
            cls,
            patterns,
            kwd_names,
            kwd_patterns,
        } => match_class(vm, f, cls, patterns, kwd_names, kwd_patterns, v, bound),
    }
}

/// Which structural patterns a subject can match (CPython's
/// `Py_TPFLAGS_SEQUENCE` / `Py_TPFLAGS_MAPPING`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    Sequence,
    Mapping,
    Neither,
}

/// A Python-level class of the embedded `collections` module named `name`.
fn collections_class(t: &ObjRef, name: &str) -> bool {
    let d = type_data(t);
    *d.name.borrow() == name && *d.module.borrow() == "collections"
}

/// The shape one class gives its instances, if it decides it: list, tuple,
/// range, deque and classes flagged by `collections.abc` (inheriting from
/// or registered with `Sequence`) are sequences; dict, `ChainMap` and
/// `Mapping`'s are mappings.
fn class_shape(vm: &Vm, c: &ObjRef) -> Option<Shape> {
    let ty = &vm.types;
    let td = type_data(c);
    if td.has(TF_SEQUENCE) || c.ptr_eq(&ty.list) || c.ptr_eq(&ty.tuple) || c.ptr_eq(&ty.range) {
        return Some(Shape::Sequence);
    }
    if td.has(TF_MAPPING) || c.ptr_eq(&ty.dict) {
        return Some(Shape::Mapping);
    }
    if td.has(TF_HEAPTYPE) {
        if collections_class(c, "deque") {
            return Some(Shape::Sequence);
        }
        if collections_class(c, "ChainMap") {
            return Some(Shape::Mapping);
        }
    }
    None
}

/// The subject's shape: the built-in layouts directly, other objects by
/// the first class along their MRO that decides (never str or bytes).
fn shape(vm: &Vm, v: &Value) -> Shape {
    match v.payload() {
        Some(Payload::List(_) | Payload::Tuple(_) | Payload::Range(_)) => return Shape::Sequence,
        Some(Payload::Dict(_)) => return Shape::Mapping,
        Some(Payload::Instance(_)) => {}
        _ => return Shape::Neither,
    }
    let t = vm.type_of(v);
    if let Some(s) = class_shape(vm, t) {
        return s;
    }
    let mro = type_data(t).mro.borrow();
    mro.iter()
        .find_map(|c| class_shape(vm, c))
        .unwrap_or(Shape::Neither)
}

fn is_sequence(vm: &Vm, v: &Value) -> bool {
    shape(vm, v) == Shape::Sequence
}

fn is_mapping(vm: &Vm, v: &Value) -> bool {
    shape(vm, v) == Shape::Mapping
}

fn match_sequence<'a>(
    vm: &Vm,
    f: &mut Frame,
    items: &'a [Pattern],
    v: &Value,
    bound: &mut Bindings<'a>,
) -> PyResult<bool> {
    if !is_sequence(vm, v) {
        return Ok(false);
    }
    let star = items
        .iter()
        .position(|p| matches!(p.kind, PatternKind::Star(_)));
    let len = ops::len(vm, v)?;
    let fixed = items.len() - usize::from(star.is_some());
    let fits = match star {
        Some(_) => len >= fixed,
        None => len == fixed,
    };
    if !fits {
        return Ok(false);
    }
    let values = match ops::seq_items(v) {
        Some(vals) => vals,
        None => iteration::collect(vm, v)?,
    };
    if values.len() != len {
        // The sequence changed size while being read: CPython's unpacking
        // would fail to match the length; treat it as no match.
        return Ok(false);
    }
    let Some(s) = star else {
        for (p, x) in items.iter().zip(values.iter()) {
            if !match_pattern(vm, f, p, x, bound)? {
                return Ok(false);
            }
        }
        return Ok(true);
    };
    let after = items.len() - s - 1;
    for (p, x) in items[..s].iter().zip(values.iter()) {
        if !match_pattern(vm, f, p, x, bound)? {
            return Ok(false);
        }
    }
    if let PatternKind::Star(Some(c)) = &items[s].kind {
        let middle = values[s..len - after].to_vec();
        bound.push((c, ops::new_list(middle)));
    }
    for (p, x) in items[s + 1..].iter().zip(values[len - after..].iter()) {
        if !match_pattern(vm, f, p, x, bound)? {
            return Ok(false);
        }
    }
    Ok(true)
}

#[allow(clippy::too_many_arguments)]
fn match_mapping<'a>(
    vm: &Vm,
    f: &mut Frame,
    keys: &[Expr],
    patterns: &'a [Pattern],
    rest: Option<&'a Capture>,
    v: &Value,
    bound: &mut Bindings<'a>,
) -> PyResult<bool> {
    if !is_mapping(vm, v) {
        return Ok(false);
    }
    if !keys.is_empty() && ops::len(vm, v)? < keys.len() {
        return Ok(false);
    }
    let mut key_values: Vec<Value> = Vec::with_capacity(keys.len());
    for k in keys {
        key_values.push(eval(vm, f, k)?);
    }
    // CPython's `match_keys`: `subject.get(key, dummy)` for each key.
    let mut values = Vec::with_capacity(keys.len());
    if !key_values.is_empty() {
        let get = get_attr(vm, v, intern("get"))?;
        let dummy = ops::new_list(Vec::new());
        for (i, k) in key_values.iter().enumerate() {
            for earlier in &key_values[..i] {
                if ops::eq(vm, earlier, k)? {
                    let text = crate::runtime::repr::repr(vm, k)?;
                    return Err(
                        vm.value_error(format!("mapping pattern checks duplicate key ({text})"))
                    );
                }
            }
            let x = vm.call(&get, vec![k.clone(), dummy.clone()], &[])?;
            if x.is(&dummy) {
                return Ok(false);
            }
            values.push(x);
        }
    }
    for (p, x) in patterns.iter().zip(values.iter()) {
        if !match_pattern(vm, f, p, x, bound)? {
            return Ok(false);
        }
    }
    if let Some(c) = rest {
        let copy = vm.call(&Value::Obj(vm.types.dict.clone()), vec![v.clone()], &[])?;
        for k in &key_values {
            subscript::delitem(vm, &copy, k)?;
        }
        bound.push((c, copy));
    }
    Ok(true)
}

/// Built-ins whose single positional sub-pattern matches the subject itself
/// (CPython's `_Py_TPFLAGS_MATCH_SELF`, inherited by subclasses).
fn matches_self(vm: &Vm, cls: &ObjRef) -> bool {
    let t = &vm.types;
    [
        &t.bool,
        &t.bytes,
        &t.dict,
        &t.float,
        &t.frozenset,
        &t.int,
        &t.list,
        &t.set,
        &t.str,
        &t.tuple,
    ]
    .into_iter()
    .any(|b| is_subtype(cls, b))
}

fn type_name(cls: &ObjRef) -> String {
    type_data(cls).name.borrow().clone()
}

/// `getattr(subject, name)` for a class pattern; `None` on AttributeError
/// (no match). A name asked for twice is CPython's TypeError.
fn class_attr(
    vm: &Vm,
    cls: &ObjRef,
    v: &Value,
    name: Symbol,
    seen: &mut Vec<Symbol>,
) -> PyResult<Option<Value>> {
    if seen.contains(&name) {
        return Err(vm.type_error(format!(
            "{}() got multiple sub-patterns for attribute '{}'",
            type_name(cls),
            name.as_str()
        )));
    }
    seen.push(name);
    match get_attr(vm, v, name) {
        Ok(x) => Ok(Some(x)),
        Err(e) if vm.exc_matches(&e, &vm.exc.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The attribute names of `cls.__match_args__` used by `n` positional
/// sub-patterns; `None` for a self-matching built-in.
fn positional_names(vm: &Vm, cls: &ObjRef, n: usize) -> PyResult<Option<Vec<Symbol>>> {
    let cls_value = Value::Obj(cls.clone());
    let (args, match_self) = match get_attr(vm, &cls_value, intern("__match_args__")) {
        Ok(a) => {
            let Some(Payload::Tuple(items)) = a.payload() else {
                return Err(vm.type_error(format!(
                    "{}.__match_args__ must be a tuple (got {})",
                    type_name(cls),
                    vm.type_name(&a)
                )));
            };
            (items.to_vec(), false)
        }
        Err(e) if vm.exc_matches(&e, &vm.exc.attribute_error) => {
            (Vec::new(), matches_self(vm, cls))
        }
        Err(e) => return Err(e),
    };
    let allowed = if match_self { 1 } else { args.len() };
    if n > allowed {
        let s = if allowed == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{}() accepts {allowed} positional sub-pattern{s} ({n} given)",
            type_name(cls)
        )));
    }
    if match_self {
        return Ok(None);
    }
    let mut names = Vec::with_capacity(n);
    for a in &args[..n] {
        match a.as_str() {
            Some(s) => names.push(intern(s)),
            None => {
                return Err(vm.type_error(format!(
                    "__match_args__ elements must be strings (got {})",
                    vm.type_name(a)
                )))
            }
        }
    }
    Ok(Some(names))
}

#[allow(clippy::too_many_arguments)]
fn match_class<'a>(
    vm: &Vm,
    f: &mut Frame,
    cls: &Expr,
    patterns: &'a [Pattern],
    kwd_names: &[(Symbol, Span)],
    kwd_patterns: &'a [Pattern],
    v: &Value,
    bound: &mut Bindings<'a>,
) -> PyResult<bool> {
    let cls_value = eval(vm, f, cls)?;
    let cls = match &cls_value {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => o.clone(),
        _ => return Err(vm.type_error("called match pattern must be a type")),
    };
    if !crate::builtins::functions::is_instance(vm, v, &cls_value)? {
        return Ok(false);
    }
    // CPython looks every attribute up first, then matches the sub-patterns.
    let mut attrs: Vec<Value> = Vec::with_capacity(patterns.len() + kwd_patterns.len());
    let mut seen = Vec::new();
    if !patterns.is_empty() {
        match positional_names(vm, &cls, patterns.len())? {
            None => attrs.push(v.clone()),
            Some(names) => {
                for name in names {
                    match class_attr(vm, &cls, v, name, &mut seen)? {
                        Some(x) => attrs.push(x),
                        None => return Ok(false),
                    }
                }
            }
        }
    }
    for (name, _) in kwd_names {
        match class_attr(vm, &cls, v, *name, &mut seen)? {
            Some(x) => attrs.push(x),
            None => return Ok(false),
        }
    }
    for (p, x) in patterns.iter().chain(kwd_patterns).zip(attrs.iter()) {
        if !match_pattern(vm, f, p, x, bound)? {
            return Ok(false);
        }
    }
    Ok(true)
}
