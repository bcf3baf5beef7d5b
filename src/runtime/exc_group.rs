//! Exception groups: `BaseExceptionGroup` and `ExceptionGroup` (PEP 654) —
//! construction with CPython's checks, `message`, `exceptions`, `derive`,
//! `split`, `subgroup` — and the group operations `except*` needs
//! (matching a clause, re-assembling what its handlers re-raised).
//!
//! Owns the group layer on top of `exception`; evaluating `except*` is in
//! `eval::except_star` and printing groups in `error::traceback`.

use std::collections::HashSet;

use super::exception::exc_data;
use super::object::*;
use super::ops::{self, new_list, new_tuple};
use super::types::{is_subtype, type_data};
use super::{Exc, PyResult, Value};
use crate::builtins::{add_methods, arity, set_type_attr};
use crate::vm::Vm;

pub fn install(vm: &Vm) {
    let beg = &vm.exc.base_exception_group;
    let eg = &vm.exc.exception_group;
    // ExceptionGroup(BaseExceptionGroup, Exception).
    let bases = vec![beg.clone(), vm.exc.exception.clone()];
    if let Some(mro) = super::types::c3_mro(&bases) {
        *type_data(eg).mro.borrow_mut() = mro;
        *type_data(eg).bases.borrow_mut() = bases;
    }
    super::types::invalidate_cache();
    add_methods(
        vm,
        beg,
        "BaseExceptionGroup",
        &[
            ("__new__", group_new),
            ("__init__", group_init),
            ("__str__", group_str),
            ("derive", group_derive),
            ("split", group_split),
            ("subgroup", group_subgroup),
        ],
    );
    let prop = |f: NativeFn, name: &'static str| crate::builtins::getter_property(name, f);
    set_type_attr(vm, beg, "message", prop(group_message, "message"));
    set_type_attr(vm, beg, "exceptions", prop(group_exceptions, "exceptions"));
}

/// The `(message, exceptions)` of an exception group.
pub fn parts(v: &Value) -> Option<(Value, Vec<Value>)> {
    let d = exc_data(v.as_obj()?)?;
    let d = d.borrow();
    let g = d.group.as_ref()?;
    Some((
        g.message.clone(),
        g.excs.as_tuple().map(<[Value]>::to_vec).unwrap_or_default(),
    ))
}

pub fn is_group(vm: &Vm, v: &Value) -> bool {
    v.as_obj()
        .is_some_and(|o| is_subtype(vm.types.type_of_obj(o), &vm.exc.base_exception_group))
        && parts(v).is_some()
}

fn self_parts(vm: &Vm, args: &Args, name: &str) -> PyResult<(Value, Vec<Value>)> {
    args.pos.first().and_then(parts).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' requires a 'BaseExceptionGroup' object"
        ))
    })
}

fn group_message(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(self_parts(vm, &args, "message")?.0)
}
fn group_exceptions(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(new_tuple(self_parts(vm, &args, "exceptions")?.1))
}

fn is_exception(vm: &Vm, v: &Value) -> bool {
    v.as_obj().is_some_and(|o| exc_data(o).is_some())
        && ops::isinstance(vm, v, &vm.exc.base_exception)
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`
/// (CPython's `BaseExceptionGroup_new`).
fn group_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = crate::builtins::convert::cls_arg(vm, &args)?;
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() takes no keyword arguments",
            type_data(&cls).name.borrow()
        )));
    }
    if args.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    let (message, excs) = (&args.pos[1], &args.pos[2]);
    if message.as_str().is_none() {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            vm.type_name(message)
        )));
    }
    let is_sequence = match excs.payload() {
        Some(Payload::Tuple(_) | Payload::List(_) | Payload::Str(_)) => true,
        Some(Payload::Range(_) | Payload::Bytes(_)) => true,
        Some(Payload::Instance(_)) => {
            super::dictops::dict_of(excs).is_none() && vm.special(excs, vm.sym.getitem).is_some()
        }
        _ => false,
    };
    if !is_sequence {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = ops::collect(vm, excs)?;
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base = false;
    for (i, e) in items.iter().enumerate() {
        if !is_exception(vm, e) {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        nested_base |= !ops::isinstance(vm, e, &vm.exc.exception);
    }
    let mut cls = cls;
    if cls.ptr_eq(&vm.exc.base_exception_group) {
        if !nested_base {
            cls = vm.exc.exception_group.clone();
        }
    } else if cls.ptr_eq(&vm.exc.exception_group) {
        if nested_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if nested_base && is_subtype(&cls, &vm.exc.exception) {
        return Err(vm.type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            type_data(&cls).name.borrow()
        )));
    }
    let o = super::exception::new_exception(&cls, args.pos[1..].to_vec());
    if let Some(d) = exc_data(&o) {
        d.borrow_mut().group = Some(Box::new(GroupState {
            message: message.clone(),
            excs: new_tuple(items),
            reraised_in: None,
        }));
    }
    Ok(Value::Obj(o))
}

fn group_init(vm: &Vm, args: Args) -> PyResult<Value> {
    if let Some(Value::Obj(o)) = args.pos.first() {
        if !args.kw.is_empty() {
            return Err(vm.type_error(format!(
                "{}() takes no keyword arguments",
                vm.type_name(&args.pos[0])
            )));
        }
        if let Some(d) = exc_data(o) {
            let new_args = new_tuple(args.pos[1..].to_vec());
            let old = std::mem::replace(&mut d.borrow_mut().args, new_args);
            drop(old);
        }
    }
    Ok(Value::None)
}

fn group_str(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__str__", &args, 1, 1)?;
    let (message, excs) = self_parts(vm, &args, "__str__")?;
    let n = excs.len();
    Ok(Value::str(format!(
        "{} ({} sub-exception{})",
        message.as_str().unwrap_or(""),
        n,
        if n == 1 { "" } else { "s" }
    )))
}

/// A new group from a message and a sequence of exceptions, as
/// `BaseExceptionGroup(m, excs)` (which picks `ExceptionGroup` when every
/// member is an `Exception`).
pub fn create(vm: &Vm, message: Value, excs: Value) -> PyResult<Value> {
    vm.call(
        &Value::Obj(vm.exc.base_exception_group.clone()),
        vec![message, excs],
        &[],
    )
}

fn group_derive(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "derive", &args, 2, 2)?;
    let (message, _) = self_parts(vm, &args, "derive")?;
    vm.call(
        &Value::Obj(vm.exc.base_exception_group.clone()),
        vec![message, args.pos[1].clone()],
        &[],
    )
}

/// What `split`/`subgroup` (and `except*`) match leaves against.
pub enum Matcher {
    /// An exception class or a tuple of them.
    Types(Value),
    /// A callable predicate.
    Predicate(Value),
    /// Leaves by identity (re-raised exceptions in `except*`).
    Ids(HashSet<usize>),
}

impl Matcher {
    pub fn from_condition(vm: &Vm, cond: &Value) -> PyResult<Matcher> {
        let is_exc_class = |v: &Value| {
            matches!(v.payload(), Some(Payload::Type(_)))
                && v.as_obj()
                    .is_some_and(|t| is_subtype(t, &vm.exc.base_exception))
        };
        if is_exc_class(cond) {
            return Ok(Matcher::Types(cond.clone()));
        }
        if let Some(items) = cond.as_tuple() {
            if items.iter().all(is_exc_class) {
                return Ok(Matcher::Types(cond.clone()));
            }
        } else if !matches!(cond.payload(), Some(Payload::Type(_)))
            && crate::builtins::functions::is_callable(vm, cond)
        {
            return Ok(Matcher::Predicate(cond.clone()));
        }
        Err(vm.type_error("expected a function, exception type or tuple of exception types"))
    }

    fn matches(&self, vm: &Vm, e: &Value) -> PyResult<bool> {
        match self {
            Matcher::Types(t) => Ok(exception_matches(vm, e, t)),
            Matcher::Predicate(p) => {
                let r = vm.call(p, vec![e.clone()], &[])?;
                ops::truthy(vm, &r)
            }
            Matcher::Ids(ids) => Ok(!is_group(vm, e) && ids.contains(&e.id())),
        }
    }
}

/// `isinstance(e, t)` for an exception class or tuple of them.
pub fn exception_matches(vm: &Vm, e: &Value, t: &Value) -> bool {
    match t.as_tuple() {
        Some(items) => items.iter().any(|t| exception_matches(vm, e, t)),
        None => t.as_obj().is_some_and(|t| ops::isinstance(vm, e, t)),
    }
}

/// The matching and the rest of `exc` (CPython's
/// `exceptiongroup_split_recursive`); `rest` only when `with_rest`.
pub fn split(
    vm: &Vm,
    exc: &Value,
    m: &Matcher,
    with_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    let _level = vm.enter_recursion(" in exceptiongroup_split_recursive")?;
    if m.matches(vm, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    let Some((_, excs)) = parts(exc).filter(|_| is_group(vm, exc)) else {
        return Ok((None, with_rest.then(|| exc.clone())));
    };
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for e in &excs {
        let (a, b) = split(vm, e, m, with_rest)?;
        matched.extend(a);
        rest.extend(b);
    }
    let matched = subset(vm, exc, matched)?;
    let rest = if with_rest {
        subset(vm, exc, rest)?
    } else {
        None
    };
    Ok((matched, rest))
}

/// A group derived from `orig` holding `excs`, with `orig`'s traceback,
/// cause and context (`exceptiongroup_subset`); `None` when `excs` is empty.
fn subset(vm: &Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let derive = crate::syntax::intern::intern("derive");
    let method = crate::runtime::attr::get_attr(vm, orig, derive)?;
    let eg = vm.call(&method, vec![new_list(excs)], &[])?;
    if !is_group(vm, &eg) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    if let (Some(src), Some(dst)) = (
        orig.as_obj().and_then(exc_data),
        eg.as_obj().and_then(exc_data),
    ) {
        let (tb, cause, context, suppress) = {
            let s = src.borrow();
            (
                s.traceback.clone(),
                s.cause.clone(),
                s.context.clone(),
                s.suppress_context,
            )
        };
        let mut d = dst.borrow_mut();
        d.traceback = tb;
        d.cause = cause;
        d.context = context;
        d.suppress_context = suppress;
    }
    // The parts get their own copies of the notes list.
    let notes = crate::syntax::intern::intern("__notes__");
    if let Ok(n) = crate::runtime::attr::get_attr(vm, orig, notes) {
        if let Some(items) = ops::seq_items(&n) {
            crate::runtime::attr::set_attr(vm, &eg, notes, new_list(items))?;
        }
    }
    Ok(Some(eg))
}

fn condition_split(
    vm: &Vm,
    args: &Args,
    name: &str,
    with_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    arity(vm, name, args, 2, 2)?;
    self_parts(vm, args, name)?;
    let m = Matcher::from_condition(vm, &args.pos[1])?;
    split(vm, &args.pos[0], &m, with_rest)
}

fn group_split(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, b) = condition_split(vm, &args, "split", true)?;
    Ok(new_tuple(vec![
        a.unwrap_or(Value::None),
        b.unwrap_or(Value::None),
    ]))
}

fn group_subgroup(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, _) = condition_split(vm, &args, "subgroup", false)?;
    Ok(a.unwrap_or(Value::None))
}

/// The identities of the non-group exceptions inside `e`.
pub fn leaf_ids(vm: &Vm, e: &Value, out: &mut HashSet<usize>) -> PyResult<()> {
    let _level = vm.enter_recursion(" in collect_exception_group_leaf_ids")?;
    match parts(e).filter(|_| is_group(vm, e)) {
        Some((_, excs)) => {
            for x in &excs {
                leaf_ids(vm, x, out)?;
            }
        }
        None => {
            out.insert(e.id());
        }
    }
    Ok(())
}

/// The exception an `except*` statement propagates (CPython's
/// `_PyExc_PrepReraiseStar`): what its handlers re-raised keeps the shape
/// of `orig`; newly raised exceptions are grouped with it in a new
/// `ExceptionGroup("", [...])` (a lone one propagates as it is).
pub fn prep_reraise(
    vm: &Vm,
    orig: &Value,
    raised: Vec<Value>,
    reraised: Vec<Value>,
) -> PyResult<Option<Exc>> {
    if !is_group(vm, orig) {
        // A naked exception: at most one clause ran.
        let e = raised.into_iter().chain(reraised).next();
        return Ok(e.and_then(|v| v.as_obj().cloned()).map(Exc));
    }
    let mut ids = HashSet::new();
    for e in &reraised {
        leaf_ids(vm, e, &mut ids)?;
    }
    let kept = if ids.is_empty() {
        None
    } else {
        split(vm, orig, &Matcher::Ids(ids), false)?.0
    };
    let result = if raised.is_empty() {
        kept
    } else {
        let mut all = raised;
        all.extend(kept);
        if all.len() == 1 {
            all.pop()
        } else {
            Some(create(vm, Value::str(""), new_list(all))?)
        }
    };
    Ok(result.and_then(|v| v.as_obj().cloned()).map(Exc))
}
