//! The methods of `set` and `frozenset` (`add`, `union`, `issubset`, the
//! operator dunders `__or__`/`__iand__`/..., `__hash__`) as natives over
//! the semantics in `setops`.
//!
//! Owns argument checking and CPython's error texts; no set algorithm
//! lives here.

use std::cell::RefCell;

use super::object::*;
use super::set::SetData;
use super::setops::{self as so, table_of, Tbl};
use super::{ops, PyResult, Value};
use crate::builtins::{add_methods, method_arity, no_kwargs, set_type_attr, Arity::*};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::Vm;

/// `set.name` or `frozenset.name` after the kind of `args.pos[0]` (a
/// static string for argument-count errors).
macro_rules! qual {
    ($args:expr, $name:literal) => {
        match $args.pos.first().map(|v| v.payload()) {
            Some(Some(Payload::FrozenSet(_))) => concat!("frozenset.", $name),
            _ => concat!("set.", $name),
        }
    };
}

pub fn install(vm: &Vm) {
    let common: &[(&'static str, NativeFn)] = &[
        ("union", m_union),
        ("intersection", m_intersection),
        ("difference", m_difference),
        ("symmetric_difference", m_symdiff),
        ("issubset", m_issubset),
        ("issuperset", m_issuperset),
        ("isdisjoint", m_isdisjoint),
        ("copy", m_copy),
        ("__new__", set_new),
        ("__len__", m_len),
        ("__contains__", m_contains),
        ("__iter__", m_iter),
        ("__or__", d_or),
        ("__ror__", d_ror),
        ("__and__", d_and),
        ("__rand__", d_rand),
        ("__sub__", d_sub),
        ("__rsub__", d_rsub),
        ("__xor__", d_xor),
        ("__rxor__", d_rxor),
        ("__eq__", d_eq),
        ("__ne__", d_ne),
        ("__lt__", d_lt),
        ("__le__", d_le),
        ("__gt__", d_gt),
        ("__ge__", d_ge),
    ];
    add_methods(vm, &vm.types.set, "set", common);
    add_methods(vm, &vm.types.frozenset, "frozenset", common);
    add_methods(
        vm,
        &vm.types.frozenset,
        "frozenset",
        &[("__hash__", m_hash)],
    );
    add_methods(
        vm,
        &vm.types.set,
        "set",
        &[
            ("add", m_add),
            ("remove", m_remove),
            ("discard", m_discard),
            ("pop", m_pop),
            ("clear", m_clear),
            ("update", m_update),
            ("intersection_update", m_intersection_update),
            ("difference_update", m_difference_update),
            ("symmetric_difference_update", m_symdiff_update),
            ("__ior__", d_ior),
            ("__iand__", d_iand),
            ("__isub__", d_isub),
            ("__ixor__", d_ixor),
        ],
    );
    set_type_attr(vm, &vm.types.set, "__hash__", Value::None);
}

fn set_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let frozen = args
        .pos
        .first()
        .and_then(|c| c.as_obj())
        .is_some_and(|c| c.ptr_eq(&vm.types.frozenset));
    let name = if frozen { "frozenset" } else { "set" };
    no_kwargs(vm, name, &args)?;
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "{} expected at most 1 argument, got {}",
            name,
            args.pos.len() - 1
        )));
    }
    let Some(src) = args.pos.get(1) else {
        return Ok(if frozen {
            so::frozen_value(RefCell::new(SetData::new()))
        } else {
            so::set_value(RefCell::new(SetData::new()))
        });
    };
    if frozen && matches!(src.payload(), Some(Payload::FrozenSet(_))) {
        return Ok(src.clone());
    }
    let s = so::build_from(vm, src)?;
    Ok(if frozen {
        so::frozen_value(s)
    } else {
        so::set_value(s)
    })
}

fn descr(vm: &Vm, args: &Args, name: &str, frozen_ok: bool) -> PyResult<()> {
    let ok = match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::Set(_)) => true,
        Some(Payload::FrozenSet(_)) => frozen_ok,
        _ => false,
    };
    if ok {
        return Ok(());
    }
    let owner = if frozen_ok { "frozenset" } else { "set" };
    Err(match args.pos.first() {
        Some(v) => vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            owner,
            vm.type_name(v)
        )),
        None => vm.type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            name, owner
        )),
    })
}

fn self_tbl<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<Tbl<'a>> {
    descr(vm, args, name, true)?;
    table_of(&args.pos[0]).ok_or_else(|| vm.type_error("expected a set"))
}

fn self_mut<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a RefCell<SetData>> {
    descr(vm, args, name, false)?;
    match args.pos[0].payload() {
        Some(Payload::Set(s)) => Ok(s),
        _ => Err(vm.type_error("expected a set")),
    }
}

fn m_union(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = self_tbl(vm, &args, "union")?;
    let r = RefCell::new(t.with(SetData::copy_from));
    for other in &args.pos[1..] {
        if !other.is(&args.pos[0]) {
            so::update_with(vm, &r, other)?;
        }
    }
    Ok(so::same_kind(&args.pos[0], r))
}

fn m_intersection(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = self_tbl(vm, &args, "intersection")?;
    let Some((first, rest)) = args.pos[1..].split_first() else {
        return Ok(so::same_kind(
            &args.pos[0],
            RefCell::new(t.with(SetData::copy_from)),
        ));
    };
    let mut acc = so::set_value(so::intersection(vm, &args.pos[0], first)?);
    for other in rest {
        acc = so::set_value(so::intersection(vm, &acc, other)?);
    }
    Ok(match (&args.pos[0].payload(), acc.payload()) {
        (Some(Payload::FrozenSet(_)), Some(Payload::Set(s))) => {
            so::frozen_value(RefCell::new(std::mem::take(&mut *s.borrow_mut())))
        }
        _ => acc,
    })
}

fn m_difference(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = self_tbl(vm, &args, "difference")?;
    let Some((first, rest)) = args.pos[1..].split_first() else {
        return Ok(so::same_kind(
            &args.pos[0],
            RefCell::new(t.with(SetData::copy_from)),
        ));
    };
    let r = so::difference(vm, &args.pos[0], first)?;
    for other in rest {
        so::difference_update(vm, &r, None, other)?;
    }
    Ok(so::same_kind(&args.pos[0], r))
}

fn m_symdiff(vm: &Vm, args: Args) -> PyResult<Value> {
    self_tbl(vm, &args, "symmetric_difference")?;
    method_arity(vm, &args, qual!(&args, "symmetric_difference"), One)?;
    let r = so::symmetric_difference(vm, &args.pos[0], &args.pos[1])?;
    Ok(so::same_kind(&args.pos[0], r))
}

/// `other` as a set value (itself if already a set or frozenset).
fn as_set(vm: &Vm, other: &Value) -> PyResult<Value> {
    match table_of(other) {
        Some(_) => Ok(other.clone()),
        None => Ok(so::set_value(so::build_from(vm, other)?)),
    }
}

fn m_issubset(vm: &Vm, args: Args) -> PyResult<Value> {
    self_tbl(vm, &args, "issubset")?;
    method_arity(vm, &args, qual!(&args, "issubset"), One)?;
    let o = as_set(vm, &args.pos[1])?;
    so::compare_sets(vm, &args.pos[0], &o, CmpOp::LtE)
}

fn m_issuperset(vm: &Vm, args: Args) -> PyResult<Value> {
    let me = self_tbl(vm, &args, "issuperset")?;
    method_arity(vm, &args, qual!(&args, "issuperset"), One)?;
    if table_of(&args.pos[1]).is_some() {
        return so::compare_sets(vm, &args.pos[0], &args.pos[1], CmpOp::GtE);
    }
    let it = ops::iter(vm, &args.pos[1])?;
    while let Some(x) = ops::next(vm, &it)? {
        let h = ops::hash(vm, &x)?;
        if so::lookup(vm, me, &x, h)?.is_none() {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn m_isdisjoint(vm: &Vm, args: Args) -> PyResult<Value> {
    let me = self_tbl(vm, &args, "isdisjoint")?;
    method_arity(vm, &args, qual!(&args, "isdisjoint"), One)?;
    if let Some(other) = table_of(&args.pos[1]) {
        let (small, big) = if me.len() > other.len() {
            (other, me)
        } else {
            (me, other)
        };
        for (h, k) in small.entries() {
            if so::lookup(vm, big, &k, h)?.is_some() {
                return Ok(Value::Bool(false));
            }
        }
        return Ok(Value::Bool(true));
    }
    let it = ops::iter(vm, &args.pos[1])?;
    while let Some(x) = ops::next(vm, &it)? {
        let h = ops::hash(vm, &x)?;
        if so::lookup(vm, me, &x, h)?.is_some() {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn m_copy(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, qual!(&args, "copy"), NoArgs)?;
    let t = self_tbl(vm, &args, "copy")?;
    if matches!(args.pos[0].payload(), Some(Payload::FrozenSet(_))) {
        return Ok(args.pos[0].clone());
    }
    Ok(so::set_value(RefCell::new(t.with(SetData::copy_from))))
}

fn m_len(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, qual!(&args, "__len__"), Slot(0))?;
    Ok(Value::Int(self_tbl(vm, &args, "__len__")?.len() as i64))
}

fn m_contains(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, qual!(&args, "__contains__"), One)?;
    self_tbl(vm, &args, "__contains__")?;
    Ok(Value::Bool(so::contains(vm, &args.pos[0], &args.pos[1])?))
}

fn m_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, qual!(&args, "__iter__"), Slot(0))?;
    self_tbl(vm, &args, "__iter__")?;
    Ok(so::iter(&args.pos[0]))
}

fn m_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "frozenset.__hash__", Slot(0))?;
    Ok(Value::Int(
        self_tbl(vm, &args, "__hash__")?.with(|s| s.frozenset_hash()),
    ))
}

fn m_add(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "set.add", One)?;
    so::add_to(vm, self_mut(vm, &args, "add")?, args.pos[1].clone())?;
    Ok(Value::None)
}

fn m_remove(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "set.remove", One)?;
    let s = self_mut(vm, &args, "remove")?;
    let (h, k) = so::hash_key(vm, &args.pos[1])?;
    if !so::discard_hashed(vm, s, &k, h)? {
        return Err(vm.key_error(args.pos[1].clone()));
    }
    Ok(Value::None)
}

fn m_discard(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "set.discard", One)?;
    let s = self_mut(vm, &args, "discard")?;
    let (h, k) = so::hash_key(vm, &args.pos[1])?;
    so::discard_hashed(vm, s, &k, h)?;
    Ok(Value::None)
}

fn m_pop(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "set.pop", NoArgs)?;
    let s = self_mut(vm, &args, "pop")?;
    let r = s.borrow_mut().pop_entry();
    r.ok_or_else(|| vm.err(&vm.exc.key_error, "pop from an empty set"))
}

fn m_clear(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "set.clear", NoArgs)?;
    let s = self_mut(vm, &args, "clear")?;
    let old = s.borrow_mut().clear();
    drop(old);
    Ok(Value::None)
}

fn m_update(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = self_mut(vm, &args, "update")?;
    for other in &args.pos[1..] {
        so::update_with(vm, s, other)?;
    }
    Ok(Value::None)
}

fn m_intersection_update(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = self_mut(vm, &args, "intersection_update")?;
    let mut acc = args.pos[0].clone();
    for other in &args.pos[1..] {
        acc = so::set_value(so::intersection(vm, &acc, other)?);
    }
    if let (Some(Payload::Set(r)), false) = (acc.payload(), acc.is(&args.pos[0])) {
        s.borrow_mut().swap_bodies(&mut r.borrow_mut());
    }
    drop(acc);
    Ok(Value::None)
}

fn m_difference_update(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = self_mut(vm, &args, "difference_update")?;
    for other in &args.pos[1..] {
        so::difference_update(vm, s, Some(&args.pos[0]), other)?;
    }
    Ok(Value::None)
}

fn m_symdiff_update(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = self_mut(vm, &args, "symmetric_difference_update")?;
    method_arity(vm, &args, "set.symmetric_difference_update", One)?;
    so::symdiff_update(vm, s, &args.pos[1])?;
    Ok(Value::None)
}

/// Binary dunder: `NotImplemented` unless both operands are sets.
fn dunder(vm: &Vm, args: &Args, op: BinOp, reflected: bool) -> PyResult<Value> {
    method_arity(vm, args, qual!(args, "__or__"), Slot(1))?;
    self_tbl(vm, args, "operator")?;
    if table_of(&args.pos[1]).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let (a, b) = if reflected {
        (&args.pos[1], &args.pos[0])
    } else {
        (&args.pos[0], &args.pos[1])
    };
    Ok(so::set_binop(vm, op, a, b)?.unwrap_or_else(|| vm.not_implemented.clone()))
}

fn idunder(vm: &Vm, args: &Args, op: BinOp) -> PyResult<Value> {
    method_arity(vm, args, "set.__ior__", Slot(1))?;
    self_mut(vm, args, "operator")?;
    Ok(so::set_inplace(vm, op, &args.pos[0], &args.pos[1])?
        .unwrap_or_else(|| vm.not_implemented.clone()))
}

fn cmp(vm: &Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    method_arity(vm, args, qual!(args, "__eq__"), Slot(1))?;
    self_tbl(vm, args, "comparison")?;
    so::compare_sets(vm, &args.pos[0], &args.pos[1], op)
}

macro_rules! natives {
    ($($f:ident => $body:expr;)*) => {$(
        fn $f(vm: &Vm, args: Args) -> PyResult<Value> {
            let g: fn(&Vm, &Args) -> PyResult<Value> = $body;
            g(vm, &args)
        }
    )*};
}

natives! {
    d_or => |vm, a| dunder(vm, a, BinOp::BitOr, false);
    d_ror => |vm, a| dunder(vm, a, BinOp::BitOr, true);
    d_and => |vm, a| dunder(vm, a, BinOp::BitAnd, false);
    d_rand => |vm, a| dunder(vm, a, BinOp::BitAnd, true);
    d_sub => |vm, a| dunder(vm, a, BinOp::Sub, false);
    d_rsub => |vm, a| dunder(vm, a, BinOp::Sub, true);
    d_xor => |vm, a| dunder(vm, a, BinOp::BitXor, false);
    d_rxor => |vm, a| dunder(vm, a, BinOp::BitXor, true);
    d_ior => |vm, a| idunder(vm, a, BinOp::BitOr);
    d_iand => |vm, a| idunder(vm, a, BinOp::BitAnd);
    d_isub => |vm, a| idunder(vm, a, BinOp::Sub);
    d_ixor => |vm, a| idunder(vm, a, BinOp::BitXor);
    d_eq => |vm, a| cmp(vm, a, CmpOp::Eq);
    d_ne => |vm, a| cmp(vm, a, CmpOp::NotEq);
    d_lt => |vm, a| cmp(vm, a, CmpOp::Lt);
    d_le => |vm, a| cmp(vm, a, CmpOp::LtE);
    d_gt => |vm, a| cmp(vm, a, CmpOp::Gt);
    d_ge => |vm, a| cmp(vm, a, CmpOp::GtE);
}
