//! `set`/`frozenset` semantics: lookups that may run `__eq__`, building sets
//! from iterables, and the algebra (`| & - ^`, the update variants,
//! comparisons) following CPython 3.11's `Objects/setobject.c` step by step,
//! so results iterate — and print — in CPython's order (see `set`'s module
//! doc for the rules). The method natives live in `setmethods`.
//!
//! Owns set semantics over `set::SetData` (storage only). `__eq__` runs
//! outside every borrow; a lookup whose table changed meanwhile restarts,
//! as CPython's `set_lookkey` does.

use std::cell::RefCell;

use super::dictops::{self, native_key_eq};
use super::heap::ObjRef;
use super::object::*;
use super::set::SetData;
use super::{ops, PyResult, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::Vm;

/// A set table: a mutable `set` or an immutable `frozenset`.
#[derive(Clone, Copy)]
pub enum Tbl<'a> {
    Mut(&'a RefCell<SetData>),
    Frozen(&'a SetData),
}

impl Tbl<'_> {
    pub fn with<R>(&self, f: impl FnOnce(&SetData) -> R) -> R {
        match self {
            Tbl::Mut(s) => f(&s.borrow()),
            Tbl::Frozen(s) => f(s),
        }
    }
    pub fn len(&self) -> usize {
        self.with(|s| s.len())
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// `(hash, key)` of every entry in table order (a snapshot).
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.with(|s| s.iter().map(|(h, k)| (h, k.clone())).collect())
    }
    pub fn keys(&self) -> Vec<Value> {
        self.with(|s| s.iter().map(|(_, k)| k.clone()).collect())
    }
    fn is_cell(&self, cell: &RefCell<SetData>) -> bool {
        matches!(self, Tbl::Mut(c) if std::ptr::eq(*c, cell))
    }
}

/// The table of a set or frozenset value.
pub fn table_of(v: &Value) -> Option<Tbl<'_>> {
    match v.payload()? {
        Payload::Set(s) => Some(Tbl::Mut(s)),
        Payload::FrozenSet(s) => Some(Tbl::Frozen(s)),
        _ => None,
    }
}

fn is_exact_dict(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Dict(_)))
}

/// Slot of `key` in the table, comparing equal-hash slots in probe order
/// (identity/native equality first, then `__eq__` outside the borrow).
pub fn lookup(vm: &Vm, t: Tbl, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    'restart: loop {
        let (found, cands, version) = t.with(|s| {
            let mut needs_user = false;
            let f = s.find(hash, |k| match native_key_eq(k, key) {
                Some(r) => r,
                None => {
                    needs_user = true;
                    false
                }
            });
            let c = if f.is_none() && needs_user {
                s.candidates(hash)
            } else {
                Vec::new()
            };
            (f, c, s.version())
        });
        if found.is_some() || cands.is_empty() {
            return Ok(found);
        }
        for slot in cands {
            let Some(k) = t.with(|s| s.key_at(slot).cloned()) else {
                continue;
            };
            if native_key_eq(&k, key).is_some() {
                continue;
            }
            let r = ops::eq(vm, &k, key)?;
            if t.with(|s| s.version()) != version {
                continue 'restart;
            }
            if r {
                return Ok(Some(slot));
            }
        }
        return Ok(None);
    }
}

/// `set_add_entry`: add `key` unless an equal key is present.
pub fn add_hashed(vm: &Vm, s: &RefCell<SetData>, key: Value, hash: i64) -> PyResult<()> {
    if lookup(vm, Tbl::Mut(s), &key, hash)?.is_none() {
        s.borrow_mut().insert_new(hash, key);
    }
    Ok(())
}

/// Add to a set table (no-op if present).
pub fn add_to(vm: &Vm, s: &RefCell<SetData>, key: Value) -> PyResult<()> {
    let hash = ops::hash(vm, &key)?;
    add_hashed(vm, s, key, hash)
}

/// `set_discard_entry`: remove `key` if present (leaving a dummy).
pub fn discard_hashed(vm: &Vm, s: &RefCell<SetData>, key: &Value, hash: i64) -> PyResult<bool> {
    match lookup(vm, Tbl::Mut(s), key, hash)? {
        Some(slot) => {
            let old = s.borrow_mut().remove_slot(slot);
            drop(old);
            Ok(true)
        }
        None => Ok(false),
    }
}

/// Hash a key for `in`/`remove`/`discard`: an unhashable `set` key is
/// looked up as the equal frozenset (CPython's `set_contains_key` retry).
pub fn hash_key(vm: &Vm, key: &Value) -> PyResult<(i64, Value)> {
    match ops::hash(vm, key) {
        Ok(h) => Ok((h, key.clone())),
        Err(e) => match key.payload() {
            Some(Payload::Set(s)) if vm.exc_matches(&e, &vm.exc.type_error) => {
                let fz = Value::Obj(ObjRef::new(Payload::FrozenSet(SetData::copy_from(
                    &s.borrow(),
                ))));
                Ok((ops::hash(vm, &fz)?, fz))
            }
            _ => Err(e),
        },
    }
}

pub fn contains(vm: &Vm, set: &Value, item: &Value) -> PyResult<bool> {
    let Some(t) = table_of(set) else {
        return Ok(false);
    };
    let (h, k) = hash_key(vm, item)?;
    Ok(lookup(vm, t, &k, h)?.is_some())
}

/// Iterator over a snapshot of the set's items.
pub fn iter(set: &Value) -> Value {
    let items = table_of(set).map(|t| t.keys()).unwrap_or_default();
    Value::Obj(ObjRef::new(Payload::Iter(RefCell::new(IterState::Seq {
        seq: ops::new_tuple(items),
        idx: 0,
    }))))
}

pub fn frozenset_hash(s: &SetData) -> i64 {
    s.frozenset_hash()
}

// ---- building --------------------------------------------------------------

/// `set_update_internal(s, other)`: merge a set, the dict rule for an exact
/// dict, else add each item of the iterable in order.
pub fn update_with(vm: &Vm, s: &RefCell<SetData>, other: &Value) -> PyResult<()> {
    if let Some(t) = table_of(other) {
        if t.is_cell(s) {
            return Ok(());
        }
        let rest = t.with(|o| {
            let mut b = s.borrow_mut();
            if b.try_merge_clean(o) {
                None
            } else {
                Some(o.iter().map(|(h, k)| (h, k.clone())).collect::<Vec<_>>())
            }
        });
        for (h, k) in rest.unwrap_or_default() {
            add_hashed(vm, s, k, h)?;
        }
        return Ok(());
    }
    if let (true, Some(d)) = (is_exact_dict(other), dictops::dict_of(other)) {
        let pairs: Vec<(i64, Value)> = d.borrow().iter().map(|e| (e.hash, e.key.clone())).collect();
        s.borrow_mut().presize_for_update(pairs.len());
        for (h, k) in pairs {
            add_hashed(vm, s, k, h)?;
        }
        return Ok(());
    }
    let it = ops::iter(vm, other)?;
    while let Some(x) = ops::next(vm, &it)? {
        add_to(vm, s, x)?;
    }
    Ok(())
}

/// `set(src)` as a table.
pub fn build_from(vm: &Vm, src: &Value) -> PyResult<RefCell<SetData>> {
    let s = RefCell::new(SetData::new());
    update_with(vm, &s, src)?;
    Ok(s)
}

pub fn set_value(s: RefCell<SetData>) -> Value {
    Value::Obj(ObjRef::new(Payload::Set(s)))
}

pub fn frozen_value(s: RefCell<SetData>) -> Value {
    Value::Obj(ObjRef::new(Payload::FrozenSet(s.into_inner())))
}

/// A result of the same kind (set/frozenset) as `like`.
pub fn same_kind(like: &Value, s: RefCell<SetData>) -> Value {
    match like.payload() {
        Some(Payload::FrozenSet(_)) => frozen_value(s),
        _ => set_value(s),
    }
}

/// Build a `set` from items, adding them in order (set comprehensions,
/// displays that CPython does not constant-fold).
pub fn new_set(vm: &Vm, items: Vec<Value>) -> PyResult<Value> {
    let s = RefCell::new(SetData::new());
    for x in items {
        add_to(vm, &s, x)?;
    }
    Ok(set_value(s))
}

/// A set display `{a, b, c}`. CPython 3.11 folds displays of 3 or more
/// constants into a frozenset constant, which the compiler rebuilds once
/// (F, then G from F's order), and the display copies G.
pub fn new_set_display(vm: &Vm, items: Vec<Value>, all_constant: bool) -> PyResult<Value> {
    if !all_constant || items.len() < 3 {
        return new_set(vm, items);
    }
    let f = RefCell::new(SetData::new());
    for x in items {
        add_to(vm, &f, x)?;
    }
    let g = RefCell::new(SetData::new());
    for (h, k) in Tbl::Mut(&f).entries() {
        add_hashed(vm, &g, k, h)?;
    }
    let out = SetData::copy_from(&g.borrow());
    Ok(set_value(RefCell::new(out)))
}

fn copy_of(t: Tbl) -> RefCell<SetData> {
    RefCell::new(t.with(SetData::copy_from))
}

// ---- algebra ---------------------------------------------------------------

/// `a | b` (and one step of `union`): copy `a`, then update with `b`.
pub fn union(vm: &Vm, a: &Value, b: &Value) -> PyResult<RefCell<SetData>> {
    let ta = table_of(a).ok_or_else(|| vm.type_error("expected a set"))?;
    let r = copy_of(ta);
    if !a.is(b) {
        update_with(vm, &r, b)?;
    }
    Ok(r)
}

/// `set_intersection(a, b)` for a set `a` and any iterable `b`.
pub fn intersection(vm: &Vm, a: &Value, b: &Value) -> PyResult<RefCell<SetData>> {
    let ta = table_of(a).ok_or_else(|| vm.type_error("expected a set"))?;
    if a.is(b) {
        return Ok(copy_of(ta));
    }
    let r = RefCell::new(SetData::new());
    if let Some(tb) = table_of(b) {
        let (small, big) = if tb.len() > ta.len() {
            (ta, tb)
        } else {
            (tb, ta)
        };
        for (h, k) in small.entries() {
            if lookup(vm, big, &k, h)?.is_some() {
                add_hashed(vm, &r, k, h)?;
            }
        }
        return Ok(r);
    }
    let it = ops::iter(vm, b)?;
    while let Some(x) = ops::next(vm, &it)? {
        let h = ops::hash(vm, &x)?;
        if lookup(vm, ta, &x, h)?.is_some() {
            add_hashed(vm, &r, x, h)?;
            if r.borrow().len() >= ta.len() {
                break;
            }
        }
    }
    Ok(r)
}

/// `set_difference(a, b)`.
pub fn difference(vm: &Vm, a: &Value, b: &Value) -> PyResult<RefCell<SetData>> {
    let ta = table_of(a).ok_or_else(|| vm.type_error("expected a set"))?;
    let tb = table_of(b);
    let dict = if is_exact_dict(b) {
        dictops::dict_of(b)
    } else {
        None
    };
    let n = match (&tb, dict) {
        (Some(t), _) => Some(t.len()),
        (None, Some(d)) => Some(d.borrow().len()),
        _ => None,
    };
    match n {
        Some(n) if (ta.len() >> 2) <= n => {}
        _ => {
            let r = copy_of(ta);
            difference_update(vm, &r, None, b)?;
            return Ok(r);
        }
    }
    let r = RefCell::new(SetData::new());
    for (h, k) in ta.entries() {
        let found = match (tb, dict) {
            (Some(t), _) => lookup(vm, t, &k, h)?.is_some(),
            (None, Some(d)) => dictops::find_slot(vm, d, &k, h)?.is_some(),
            _ => false,
        };
        if !found {
            add_hashed(vm, &r, k, h)?;
        }
    }
    Ok(r)
}

/// `set_difference_update_internal(s, b)`; `s_val` is `s`'s object, if any
/// (for the `b is s` case).
pub fn difference_update(
    vm: &Vm,
    s: &RefCell<SetData>,
    s_val: Option<&Value>,
    b: &Value,
) -> PyResult<()> {
    if let Some(tb) = table_of(b) {
        if tb.is_cell(s) {
            let old = s.borrow_mut().clear();
            drop(old);
            return Ok(());
        }
        let entries = if (tb.len() >> 3) > s.borrow().len() {
            let me = match s_val {
                Some(v) => v.clone(),
                None => set_value(RefCell::new(SetData::copy_from(&s.borrow()))),
            };
            Tbl::Mut(&intersection(vm, &me, b)?).entries()
        } else {
            tb.entries()
        };
        for (h, k) in entries {
            discard_hashed(vm, s, &k, h)?;
        }
    } else {
        let it = ops::iter(vm, b)?;
        while let Some(x) = ops::next(vm, &it)? {
            let (h, k) = hash_key(vm, &x)?;
            discard_hashed(vm, s, &k, h)?;
        }
    }
    s.borrow_mut().compact_after_difference_update();
    Ok(())
}

/// `set_symmetric_difference_update(s, b)`.
pub fn symdiff_update(vm: &Vm, s: &RefCell<SetData>, b: &Value) -> PyResult<()> {
    let entries = match table_of(b) {
        Some(tb) if tb.is_cell(s) => {
            let old = s.borrow_mut().clear();
            drop(old);
            return Ok(());
        }
        Some(tb) => tb.entries(),
        None => match dictops::dict_of(b).filter(|_| is_exact_dict(b)) {
            Some(d) => d.borrow().iter().map(|e| (e.hash, e.key.clone())).collect(),
            None => Tbl::Mut(&build_from(vm, b)?).entries(),
        },
    };
    for (h, k) in entries {
        match lookup(vm, Tbl::Mut(s), &k, h)? {
            Some(slot) => {
                let old = s.borrow_mut().remove_slot(slot);
                drop(old);
            }
            None => s.borrow_mut().insert_new(h, k),
        }
    }
    Ok(())
}

/// `a ^ b`: `set(b)` updated symmetrically with `a`.
pub fn symmetric_difference(vm: &Vm, a: &Value, b: &Value) -> PyResult<RefCell<SetData>> {
    let r = build_from(vm, b)?;
    symdiff_update(vm, &r, a)?;
    Ok(r)
}

/// `a <= b` for two set tables.
fn is_subset(vm: &Vm, a: Tbl, b: Tbl) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for (h, k) in a.entries() {
        if lookup(vm, b, &k, h)?.is_none() {
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
        CmpOp::Eq => x.len() == y.len() && is_subset(vm, x, y)?,
        CmpOp::NotEq => !(x.len() == y.len() && is_subset(vm, x, y)?),
        CmpOp::LtE => is_subset(vm, x, y)?,
        CmpOp::Lt => x.len() < y.len() && is_subset(vm, x, y)?,
        CmpOp::GtE => is_subset(vm, y, x)?,
        CmpOp::Gt => y.len() < x.len() && is_subset(vm, y, x)?,
        _ => false,
    };
    Ok(Value::Bool(r))
}

/// Is `v` a `dict_keys`/`dict_items` view (the set-like views)?
fn set_like_view(v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(Payload::DictView(
            _,
            DictIterKind::Keys | DictIterKind::Items
        ))
    )
}

/// `dictviews_to_set`: a keys view over an exact dict builds from the dict.
fn view_to_set(vm: &Vm, v: &Value) -> PyResult<RefCell<SetData>> {
    match v.payload() {
        Some(Payload::DictView(d, DictIterKind::Keys)) => build_from(vm, d),
        _ => build_from(vm, v),
    }
}

/// `dict_keys`/`dict_items` operators (`d.keys() & {1}` ...): always sets.
fn view_binop(vm: &Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::BitOr => {
            let r = view_to_set(vm, a)?;
            update_with(vm, &r, b)?;
            r
        }
        BinOp::Sub => {
            let r = view_to_set(vm, a)?;
            difference_update(vm, &r, None, b)?;
            r
        }
        BinOp::BitXor => {
            let r = view_to_set(vm, a)?;
            symdiff_update(vm, &r, b)?;
            r
        }
        BinOp::BitAnd => return view_intersect(vm, a, b).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(set_value(r)))
}

/// `_PyDictView_Intersect`.
fn view_intersect(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (mut view, mut other) = if set_like_view(a) { (a, b) } else { (b, a) };
    let len_view = ops::len(vm, view)?;
    if matches!(other.payload(), Some(Payload::Set(_))) && len_view <= ops::len(vm, other)? {
        return intersection(vm, other, view).map(set_value);
    }
    if set_like_view(other) && ops::len(vm, other)? > len_view {
        std::mem::swap(&mut view, &mut other);
    }
    let r = RefCell::new(SetData::new());
    let it = ops::iter(vm, other)?;
    while let Some(x) = ops::next(vm, &it)? {
        if ops::contains(vm, view, &x)? {
            add_to(vm, &r, x)?;
        }
    }
    Ok(set_value(r))
}

/// `a op b` for sets (and set-like dict views); `None` if not applicable.
pub fn set_binop(vm: &Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if set_like_view(a) || set_like_view(b) {
        return view_binop(vm, op, a, b);
    }
    if table_of(a).is_none() || table_of(b).is_none() {
        return Ok(None);
    }
    let r = match op {
        BinOp::BitOr => union(vm, a, b)?,
        BinOp::BitAnd => intersection(vm, a, b)?,
        BinOp::Sub => difference(vm, a, b)?,
        BinOp::BitXor => symmetric_difference(vm, a, b)?,
        _ => return Ok(None),
    };
    Ok(Some(same_kind(a, r)))
}

/// `a op= b` for a mutable set `a` and a set `b`; `None` if not applicable.
pub fn set_inplace(vm: &Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(Payload::Set(s)), Some(_)) = (a.payload(), table_of(b)) else {
        return Ok(None);
    };
    match op {
        BinOp::BitOr => update_with(vm, s, b)?,
        BinOp::BitAnd => {
            let r = intersection(vm, a, b)?;
            s.borrow_mut().swap_bodies(&mut r.borrow_mut());
            drop(r);
        }
        BinOp::Sub => difference_update(vm, s, Some(a), b)?,
        BinOp::BitXor => symdiff_update(vm, s, b)?,
        _ => return Ok(None),
    }
    Ok(Some(a.clone()))
}

pub fn install(vm: &Vm) {
    super::setmethods::install(vm);
}
