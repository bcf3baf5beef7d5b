//! `set` and `frozenset`: construction, membership, algebra (`| & - ^`),
//! comparisons (subset/superset), hashing of frozensets, and the methods.
//!
//! Owns set semantics over `set::SetData` (storage only). Lookups that need
//! user `__eq__` run outside the borrow, like `dictops`.

use std::cell::RefCell;

use super::dictops::native_key_eq;
use super::heap::ObjRef;
use super::object::*;
use super::set::SetData;
use super::{ops, PyResult, Value};
use crate::builtins::{add_methods, arity};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::Vm;

fn find(vm: &Vm, s: &SetData, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    let mut needs_user = false;
    let found = s.find(hash, |k| match native_key_eq(k, key) {
        Some(r) => r,
        None => {
            needs_user = true;
            false
        }
    });
    if found.is_some() || !needs_user {
        return Ok(found);
    }
    for slot in s.candidates(hash) {
        if let Some(k) = s.key_at(slot) {
            let k = k.clone();
            if ops::eq(vm, &k, key)? {
                return Ok(Some(slot));
            }
        }
    }
    Ok(None)
}

/// Add to a set table (no-op if present).
pub fn add_to(vm: &Vm, s: &RefCell<SetData>, key: Value) -> PyResult<()> {
    let hash = ops::hash(vm, &key)?;
    let snapshot_has = {
        let b = s.borrow();
        let mut needs_user = false;
        let f = b.find(hash, |k| match native_key_eq(k, &key) {
            Some(r) => r,
            None => {
                needs_user = true;
                false
            }
        });
        (f.is_some(), needs_user)
    };
    match snapshot_has {
        (true, _) => Ok(()),
        (false, false) => {
            s.borrow_mut().insert_new(hash, key);
            Ok(())
        }
        (false, true) => {
            let cands: Vec<Value> = {
                let b = s.borrow();
                b.candidates(hash).into_iter().filter_map(|i| b.key_at(i).cloned()).collect()
            };
            for k in cands {
                if ops::eq(vm, &k, &key)? {
                    return Ok(());
                }
            }
            s.borrow_mut().insert_new(hash, key);
            Ok(())
        }
    }
}

fn table_of(v: &Value) -> Option<SetRef<'_>> {
    match v.payload()? {
        Payload::Set(s) => Some(SetRef::Mut(s)),
        Payload::FrozenSet(s) => Some(SetRef::Frozen(s)),
        _ => None,
    }
}

enum SetRef<'a> {
    Mut(&'a RefCell<SetData>),
    Frozen(&'a SetData),
}

impl SetRef<'_> {
    fn items(&self) -> Vec<Value> {
        match self {
            SetRef::Mut(s) => s.borrow().iter().map(|(_, k)| k.clone()).collect(),
            SetRef::Frozen(s) => s.iter().map(|(_, k)| k.clone()).collect(),
        }
    }
    fn has(&self, vm: &Vm, key: &Value) -> PyResult<bool> {
        let hash = ops::hash(vm, key)?;
        match self {
            SetRef::Mut(s) => {
                let r = {
                    let b = s.borrow();
                    let mut needs_user = false;
                    let f = b.find(hash, |k| match native_key_eq(k, key) {
                        Some(r) => r,
                        None => {
                            needs_user = true;
                            false
                        }
                    });
                    (f.is_some(), needs_user)
                };
                if r.0 || !r.1 {
                    return Ok(r.0);
                }
                let cands: Vec<Value> = {
                    let b = s.borrow();
                    b.candidates(hash).into_iter().filter_map(|i| b.key_at(i).cloned()).collect()
                };
                for k in cands {
                    if ops::eq(vm, &k, key)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            SetRef::Frozen(s) => Ok(find(vm, s, key, hash)?.is_some()),
        }
    }
    fn len(&self) -> usize {
        match self {
            SetRef::Mut(s) => s.borrow().len(),
            SetRef::Frozen(s) => s.len(),
        }
    }
}

/// Build a `set` from items, in insertion order.
pub fn new_set(vm: &Vm, items: Vec<Value>) -> PyResult<Value> {
    let s = RefCell::new(SetData::new());
    for x in items {
        add_to(vm, &s, x)?;
    }
    Ok(Value::Obj(ObjRef::new(Payload::Set(s))))
}

fn new_frozen(vm: &Vm, items: Vec<Value>) -> PyResult<Value> {
    let s = RefCell::new(SetData::new());
    for x in items {
        add_to(vm, &s, x)?;
    }
    Ok(Value::Obj(ObjRef::new(Payload::FrozenSet(s.into_inner()))))
}

/// Result of the same kind (set/frozenset) as `like`.
fn same_kind(vm: &Vm, like: &Value, items: Vec<Value>) -> PyResult<Value> {
    match like.payload() {
        Some(Payload::FrozenSet(_)) => new_frozen(vm, items),
        _ => new_set(vm, items),
    }
}

pub fn contains(vm: &Vm, set: &Value, item: &Value) -> PyResult<bool> {
    match table_of(set) {
        Some(t) => match t.has(vm, item) {
            Err(e) if vm.exc_matches(&e, &vm.exc.type_error) && matches!(item.payload(), Some(Payload::Set(_))) => {
                let fz = new_frozen(vm, table_of(item).map(|t| t.items()).unwrap_or_default())?;
                t.has(vm, &fz)
            }
            other => other,
        },
        None => Ok(false),
    }
}

/// Iterator over a snapshot of the set's items.
pub fn iter(set: &Value) -> Value {
    let items = table_of(set).map(|t| t.items()).unwrap_or_default();
    Value::Obj(ObjRef::new(Payload::Iter(RefCell::new(IterState::Seq {
        seq: ops::new_tuple(items),
        idx: 0,
    }))))
}

pub fn frozenset_hash(s: &SetData) -> i64 {
    // CPython's frozenset_hash: order-independent shuffle-and-xor.
    let mut hash: u64 = 0;
    for (h, _) in s.iter() {
        let h = h as u64;
        hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    }
    hash ^= (s.len() as u64).wrapping_add(1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let h = hash as i64;
    if h == -1 {
        590923713
    } else {
        h
    }
}

fn is_subset(vm: &Vm, a: &SetRef, b: &SetRef) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for x in a.items() {
        if !b.has(vm, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn compare_sets(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (table_of(a), table_of(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    let r = match op {
        CmpOp::Eq => x.len() == y.len() && is_subset(vm, &x, &y)?,
        CmpOp::NotEq => !(x.len() == y.len() && is_subset(vm, &x, &y)?),
        CmpOp::LtE => is_subset(vm, &x, &y)?,
        CmpOp::Lt => x.len() < y.len() && is_subset(vm, &x, &y)?,
        CmpOp::GtE => is_subset(vm, &y, &x)?,
        CmpOp::Gt => y.len() < x.len() && is_subset(vm, &y, &x)?,
        _ => false,
    };
    Ok(Value::Bool(r))
}

fn algebra(vm: &Vm, op: BinOp, x: &SetRef, y: &SetRef) -> PyResult<Option<Vec<Value>>> {
    Ok(Some(match op {
        BinOp::BitOr => {
            let mut v = x.items();
            v.extend(y.items());
            v
        }
        BinOp::BitAnd => {
            let mut v = Vec::new();
            for k in x.items() {
                if y.has(vm, &k)? {
                    v.push(k);
                }
            }
            v
        }
        BinOp::Sub => {
            let mut v = Vec::new();
            for k in x.items() {
                if !y.has(vm, &k)? {
                    v.push(k);
                }
            }
            v
        }
        BinOp::BitXor => {
            let mut v = Vec::new();
            for k in x.items() {
                if !y.has(vm, &k)? {
                    v.push(k);
                }
            }
            for k in y.items() {
                if !x.has(vm, &k)? {
                    v.push(k);
                }
            }
            v
        }
        _ => return Ok(None),
    }))
}

pub fn set_binop(vm: &Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (table_of(a), table_of(b)) else {
        return Ok(None);
    };
    match algebra(vm, op, &x, &y)? {
        Some(items) => same_kind(vm, a, items).map(Some),
        None => Ok(None),
    }
}

pub fn set_inplace(vm: &Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(Payload::Set(s)), Some(y)) = (a.payload(), table_of(b)) else {
        return Ok(None);
    };
    let x = SetRef::Mut(s);
    let Some(items) = algebra(vm, op, &x, &y)? else { return Ok(None) };
    let fresh = RefCell::new(SetData::new());
    for k in items {
        add_to(vm, &fresh, k)?;
    }
    let old = std::mem::replace(&mut *s.borrow_mut(), fresh.into_inner());
    drop(old);
    Ok(Some(a.clone()))
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
    ];
    add_methods(vm, &vm.types.set, "set", common);
    add_methods(vm, &vm.types.frozenset, "frozenset", common);
    add_methods(vm, &vm.types.set, "set", &[
        ("add", m_add),
        ("remove", m_remove),
        ("discard", m_discard),
        ("pop", m_pop),
        ("clear", m_clear),
        ("update", m_update),
        ("intersection_update", m_intersection_update),
        ("difference_update", m_difference_update),
        ("symmetric_difference_update", m_symdiff_update),
    ]);
}

fn set_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let frozen = args.pos.first().and_then(|c| c.as_obj()).is_some_and(|c| c.ptr_eq(&vm.types.frozenset));
    let items = match args.pos.get(1) {
        Some(src) => ops::collect(vm, src)?,
        None => vec![],
    };
    if frozen {
        if let Some(src) = args.pos.get(1) {
            if matches!(src.payload(), Some(Payload::FrozenSet(_))) {
                return Ok(src.clone());
            }
        }
        new_frozen(vm, items)
    } else {
        new_set(vm, items)
    }
}

fn self_set<'a>(vm: &Vm, args: &'a Args) -> PyResult<SetRef<'a>> {
    args.pos.first().and_then(table_of).ok_or_else(|| vm.type_error("descriptor requires a 'set' object"))
}

fn self_mut<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a RefCell<SetData>> {
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::Set(s)) => Ok(s),
        _ => Err(vm.type_error("descriptor requires a 'set' object")),
    }
}

fn multi(vm: &Vm, args: &Args, op: BinOp) -> PyResult<Value> {
    let mut acc = self_set(vm, args)?.items();
    for other in &args.pos[1..] {
        let tmp = new_set(vm, acc.clone())?;
        let o = match table_of(other) {
            Some(_) => other.clone(),
            None => new_set(vm, ops::collect(vm, other)?)?,
        };
        let (Some(x), Some(y)) = (table_of(&tmp), table_of(&o)) else { break };
        acc = algebra(vm, op, &x, &y)?.unwrap_or_default();
    }
    same_kind(vm, &args.pos[0], acc)
}

fn m_union(vm: &Vm, args: Args) -> PyResult<Value> {
    multi(vm, &args, BinOp::BitOr)
}
fn m_intersection(vm: &Vm, args: Args) -> PyResult<Value> {
    multi(vm, &args, BinOp::BitAnd)
}
fn m_difference(vm: &Vm, args: Args) -> PyResult<Value> {
    multi(vm, &args, BinOp::Sub)
}
fn m_symdiff(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "symmetric_difference", &args, 2, 2)?;
    multi(vm, &args, BinOp::BitXor)
}

fn other_set(vm: &Vm, v: &Value) -> PyResult<Value> {
    match table_of(v) {
        Some(_) => Ok(v.clone()),
        None => new_set(vm, ops::collect(vm, v)?),
    }
}

fn m_issubset(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "issubset", &args, 2, 2)?;
    let o = other_set(vm, &args.pos[1])?;
    compare_sets(vm, &args.pos[0], &o, CmpOp::LtE)
}
fn m_issuperset(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "issuperset", &args, 2, 2)?;
    let o = other_set(vm, &args.pos[1])?;
    compare_sets(vm, &args.pos[0], &o, CmpOp::GtE)
}
fn m_isdisjoint(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "isdisjoint", &args, 2, 2)?;
    let me = self_set(vm, &args)?;
    for x in ops::collect(vm, &args.pos[1])? {
        if me.has(vm, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
fn m_copy(vm: &Vm, args: Args) -> PyResult<Value> {
    let items = self_set(vm, &args)?.items();
    same_kind(vm, &args.pos[0], items)
}
fn m_len(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(self_set(vm, &args)?.len() as i64))
}
fn m_contains(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__contains__", &args, 2, 2)?;
    Ok(Value::Bool(contains(vm, &args.pos[0], &args.pos[1])?))
}
fn m_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__iter__", &args, 1, 1)?;
    Ok(iter(&args.pos[0]))
}
fn m_add(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "set.add", &args, 2, 2)?;
    add_to(vm, self_mut(vm, &args)?, args.pos[1].clone())?;
    Ok(Value::None)
}
fn remove_key(vm: &Vm, s: &RefCell<SetData>, key: &Value) -> PyResult<bool> {
    let hash = ops::hash(vm, key)?;
    let slot = {
        let b = s.borrow();
        let mut needs_user = false;
        let f = b.find(hash, |k| match native_key_eq(k, key) {
            Some(r) => r,
            None => {
                needs_user = true;
                false
            }
        });
        if f.is_some() || !needs_user {
            f
        } else {
            drop(b);
            let cands: Vec<(usize, Value)> = {
                let b = s.borrow();
                b.candidates(hash).into_iter().filter_map(|i| b.key_at(i).map(|k| (i, k.clone()))).collect()
            };
            let mut hit = None;
            for (i, k) in cands {
                if ops::eq(vm, &k, key)? {
                    hit = Some(i);
                    break;
                }
            }
            hit
        }
    };
    match slot {
        Some(i) => {
            let old = s.borrow_mut().remove_slot(i);
            drop(old);
            Ok(true)
        }
        None => Ok(false),
    }
}
fn m_remove(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "set.remove", &args, 2, 2)?;
    if !remove_key(vm, self_mut(vm, &args)?, &args.pos[1])? {
        return Err(vm.key_error(args.pos[1].clone()));
    }
    Ok(Value::None)
}
fn m_discard(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "set.discard", &args, 2, 2)?;
    remove_key(vm, self_mut(vm, &args)?, &args.pos[1])?;
    Ok(Value::None)
}
fn m_pop(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = self_mut(vm, &args)?;
    let r = s.borrow_mut().pop_entry();
    r.ok_or_else(|| vm.err(&vm.exc.key_error, "pop from an empty set"))
}
fn m_clear(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = self_mut(vm, &args)?;
    let old = s.borrow_mut().clear();
    drop(old);
    Ok(Value::None)
}
fn m_update(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = self_mut(vm, &args)?;
    for other in &args.pos[1..] {
        for x in ops::collect(vm, other)? {
            add_to(vm, s, x)?;
        }
    }
    Ok(Value::None)
}
fn update_with(vm: &Vm, args: &Args, op: BinOp) -> PyResult<Value> {
    arity(vm, "update", args, 2, 2)?;
    let o = other_set(vm, &args.pos[1])?;
    set_inplace(vm, op, &args.pos[0], &o)?;
    Ok(Value::None)
}
fn m_intersection_update(vm: &Vm, args: Args) -> PyResult<Value> {
    update_with(vm, &args, BinOp::BitAnd)
}
fn m_difference_update(vm: &Vm, args: Args) -> PyResult<Value> {
    update_with(vm, &args, BinOp::Sub)
}
fn m_symdiff_update(vm: &Vm, args: Args) -> PyResult<Value> {
    update_with(vm, &args, BinOp::BitXor)
}
