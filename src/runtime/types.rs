//! Type objects: the registry of built-in types, `type_of`, method
//! resolution order and the per-type attribute lookup cache.
//!
//! Owns `Types` (every built-in type object, created once per interpreter),
//! C3 linearisation, and `lookup` (attribute search along the MRO through a
//! global cache invalidated by an epoch counter whenever a type's dict
//! changes or a type dies).

use std::cell::{Cell, RefCell};

use super::dict::{Dict, Entry};
use super::heap::ObjRef;
use super::object::*;
use super::value::Value;
use super::PyResult;
use crate::syntax::ast::{AttrSite, Symbol};
use crate::vm::Vm;

macro_rules! builtin_types {
    ($($field:ident),* $(,)?) => {
        /// Every built-in type object.
        pub struct Types {
            $(pub $field: ObjRef,)*
        }
    };
}

builtin_types!(
    object,
    type_,
    none,
    bool,
    int,
    float,
    complex,
    str,
    bytes,
    list,
    tuple,
    dict,
    set,
    frozenset,
    range,
    slice,
    function,
    builtin_function,
    method,
    module,
    cell,
    property,
    member_descriptor,
    staticmethod,
    classmethod,
    super_,
    not_implemented,
    ellipsis,
    list_iterator,
    tuple_iterator,
    range_iterator,
    str_iterator,
    dict_keyiterator,
    dict_valueiterator,
    dict_itemiterator,
    set_iterator,
    iterator,
    callable_iterator,
    enumerate,
    zip,
    reversed,
    map,
    filter,
    dict_keys,
    dict_values,
    dict_items,
    weakref,
    weakproxy,
    weakcallableproxy,
    generator,
);

/// Create a type object.
pub fn new_type(name: &str, bases: Vec<ObjRef>, layout: Layout, flags: u32) -> ObjRef {
    let mro = match bases.first() {
        Some(b) => {
            let mut m = vec![b.clone()];
            m.extend(type_data(b).mro.borrow().iter().cloned());
            m
        }
        None => Vec::new(),
    };
    ObjRef::new(Payload::Type(Box::new(TypeObj {
        name: RefCell::new(name.to_owned()),
        qualname: RefCell::new(name.to_owned()),
        module: RefCell::new("builtins".to_owned()),
        bases: RefCell::new(bases),
        mro: RefCell::new(mro),
        dict: RefCell::new(Dict::new()),
        layout,
        flags: Cell::new(flags),
        self_ref: RefCell::new(None),
        metaclass: None,
        subclasses: RefCell::new(Vec::new()),
        data_descriptors: RefCell::new(Box::default()),
        attr_hint: Cell::new(0),
    })))
}

/// Record a new class with each of its direct bases (a weak reference to it
/// in their `subclasses` list, as CPython's `tp_subclasses`).
pub fn register_subclass(vm: &Vm, cls: &Value) -> PyResult<()> {
    let Some(c) = cls.as_obj() else { return Ok(()) };
    let bases = type_data(c).bases.borrow().clone();
    for b in &bases {
        let r = super::weakref::new_weakref(vm, cls, None, super::weakref::WeakKind::Ref, None)?;
        let mut list = type_data(b).subclasses.borrow_mut();
        let dead: Vec<Value> = prune_dead(&mut list);
        list.push(r);
        drop(list);
        drop(dead);
    }
    Ok(())
}

/// A class died: drop the dead weak references to it from its bases'
/// subclass lists (as CPython's `type_dealloc` removes it).
pub fn forget_dead_subclasses(t: &TypeObj) {
    let Ok(bases) = t.bases.try_borrow() else {
        return;
    };
    for b in bases.iter() {
        let dead = match type_data(b).subclasses.try_borrow_mut() {
            Ok(mut list) => prune_dead(&mut list),
            Err(_) => continue,
        };
        drop(dead);
    }
}

/// Remove the cleared weak references from a subclass list; returns them
/// so the caller drops them outside the borrow.
fn prune_dead(list: &mut Vec<Value>) -> Vec<Value> {
    let (live, dead): (Vec<Value>, Vec<Value>) = std::mem::take(list)
        .into_iter()
        .partition(|r| subclass_of_ref(r).is_some());
    *list = live;
    dead
}

pub fn subclass_of_ref(r: &Value) -> Option<ObjRef> {
    match r.payload() {
        Some(Payload::WeakRef(w)) => match super::weakref::referent(w) {
            Some(Value::Obj(o)) => Some(o),
            _ => None,
        },
        _ => None,
    }
}

/// The live direct subclasses of a class, oldest first (`__subclasses__()`).
pub fn live_subclasses(ty: &ObjRef) -> Vec<ObjRef> {
    let refs = type_data(ty).subclasses.borrow().clone();
    refs.iter().filter_map(subclass_of_ref).collect()
}

/// The `TypeObj` inside a type object. Types are only ever created by
/// `new_type`/class statements, so a non-type here is a wisp bug; it
/// degrades to `object`'s data rather than panicking.
#[inline]
pub fn type_data(t: &ObjRef) -> &TypeObj {
    match &t.payload {
        Payload::Type(t) => t,
        _ => fallback_type(),
    }
}

fn fallback_type() -> &'static TypeObj {
    thread_local! {
        static FALLBACK: &'static TypeObj = Box::leak(Box::new(TypeObj {
            name: RefCell::new("object".into()),
            qualname: RefCell::new("object".into()),
            module: RefCell::new("builtins".into()),
            bases: RefCell::new(Vec::new()),
            mro: RefCell::new(Vec::new()),
            dict: RefCell::new(Dict::new()),
            layout: Layout::Builtin,
            flags: Cell::new(0),
            self_ref: RefCell::new(None),
            metaclass: None,
            subclasses: RefCell::new(Vec::new()),
        data_descriptors: RefCell::new(Box::default()),
        attr_hint: Cell::new(0),
        }));
    }
    FALLBACK.with(|f| *f)
}

impl Types {
    /// The type of any value.
    #[inline]
    pub fn type_of<'a>(&'a self, v: &'a Value) -> &'a ObjRef {
        match v {
            Value::None => &self.none,
            Value::Bool(_) => &self.bool,
            Value::Int(_) => &self.int,
            Value::Float(_) => &self.float,
            Value::Obj(o) => self.type_of_obj(o),
        }
    }

    pub fn type_of_obj<'a>(&'a self, o: &'a ObjRef) -> &'a ObjRef {
        match &o.payload {
            Payload::Instance(i) => {
                // The class handle lives as long as the instance; we return
                // a reference tied to `o` through the RefCell's storage.
                instance_class(i)
            }
            Payload::Str(_) => &self.str,
            Payload::BigInt(_) => &self.int,
            Payload::Complex(_) => &self.complex,
            Payload::Tuple(_) => &self.tuple,
            Payload::List(_) => &self.list,
            Payload::Dict(_) => &self.dict,
            Payload::Set(_) => &self.set,
            Payload::FrozenSet(_) => &self.frozenset,
            Payload::Bytes(_) => &self.bytes,
            Payload::Range(_) => &self.range,
            Payload::Slice(_) => &self.slice,
            Payload::Function(_) => &self.function,
            Payload::Native(_) => &self.builtin_function,
            Payload::BoundMethod(_) => &self.method,
            Payload::Type(t) => t.metaclass.as_ref().unwrap_or(&self.type_),
            Payload::Module(_) => &self.module,
            Payload::Cell(_) => &self.cell,
            Payload::Property(_) => &self.property,
            Payload::Member(_) => &self.member_descriptor,
            Payload::Code(c) => &c.ty,
            Payload::StaticMethod(_) => &self.staticmethod,
            Payload::ClassMethod(_) => &self.classmethod,
            Payload::Super(_) => &self.super_,
            Payload::WeakRef(w) => match w.kind {
                super::weakref::WeakKind::Ref => &self.weakref,
                super::weakref::WeakKind::Proxy => &self.weakproxy,
                super::weakref::WeakKind::CallableProxy => &self.weakcallableproxy,
            },
            Payload::Generator(_) => &self.generator,
            Payload::Singleton("NotImplemented") => &self.not_implemented,
            Payload::Singleton(_) => &self.ellipsis,
            Payload::Iter(state) => self.iter_type(&state.borrow()),
            Payload::DictView(_, kind) => match kind {
                DictIterKind::Keys => &self.dict_keys,
                DictIterKind::Values => &self.dict_values,
                _ => &self.dict_items,
            },
        }
    }

    fn iter_type(&self, s: &IterState) -> &ObjRef {
        match s {
            IterState::Seq { seq, .. } => match seq.payload() {
                Some(Payload::Tuple(_)) => &self.tuple_iterator,
                Some(Payload::List(_)) => &self.list_iterator,
                _ => &self.iterator,
            },
            IterState::Range { .. } => &self.range_iterator,
            IterState::Str { .. } => &self.str_iterator,
            IterState::DictKeys { kind, .. } => match kind {
                DictIterKind::Keys => &self.dict_keyiterator,
                DictIterKind::Values => &self.dict_valueiterator,
                DictIterKind::Items => &self.dict_itemiterator,
                DictIterKind::SetItems => &self.set_iterator,
            },
            IterState::Enumerate { .. } => &self.enumerate,
            IterState::Zip { .. } => &self.zip,
            IterState::Reversed { .. } => &self.reversed,
            IterState::Map { .. } => &self.map,
            IterState::Filter { .. } => &self.filter,
            IterState::CallIter { .. } => &self.callable_iterator,
            IterState::GetItem { .. } | IterState::Exhausted => &self.iterator,
        }
    }
}

fn instance_class(i: &Instance) -> &ObjRef {
    &i.class
}

/// Is `sub` a subclass of (or equal to) `sup`?
pub fn is_subtype(sub: &ObjRef, sup: &ObjRef) -> bool {
    if sub.ptr_eq(sup) {
        return true;
    }
    type_data(sub).mro.borrow().iter().any(|t| t.ptr_eq(sup))
}

/// The layout the instances of a class with this MRO (bases and their
/// ancestors) need: the first special one along it, else plain.
pub fn instance_layout(mro: &[ObjRef]) -> Layout {
    mro.iter()
        .map(|t| type_data(t).layout)
        .find(|l| *l != Layout::Object && *l != Layout::Builtin)
        .unwrap_or(Layout::Object)
}

/// CPython's error when [`c3_mro`] finds no order (its text has a line
/// break).
pub fn mro_conflict(vm: &Vm, bases: &[ObjRef]) -> super::Exc {
    let names: Vec<String> = bases
        .iter()
        .map(|b| type_data(b).name.borrow().clone())
        .collect();
    vm.type_error(format!(
        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
        names.join(", ")
    ))
}

/// C3 linearisation of a new class's bases (the MRO without the class itself).
/// Returns `None` when no consistent order exists.
pub fn c3_mro(bases: &[ObjRef]) -> Option<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases
        .iter()
        .map(|b| {
            let mut s = vec![b.clone()];
            s.extend(type_data(b).mro.borrow().iter().cloned());
            s
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let mut chosen = None;
        for s in &seqs {
            let cand = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|x| x.ptr_eq(cand)));
            if !in_tail {
                chosen = Some(cand.clone());
                break;
            }
        }
        let c = chosen?;
        for s in seqs.iter_mut() {
            if s[0].ptr_eq(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

const CACHE_SIZE: usize = 4096;

struct CacheEntry {
    ty: usize,
    name: u32,
    /// `name_epoch[name]` when the entry was filled.
    epoch: u32,
    value: Option<Value>,
}

/// The type-attribute lookup cache (CPython's method cache): entries
/// indexed by a hash of (type, name), checked against a per-name epoch.
struct MethodCache {
    /// `CACHE_SIZE` entries once the first lookup missed.
    entries: Vec<CacheEntry>,
    /// Per attribute name: bumped whenever some class's dict binds or
    /// unbinds that name, invalidating every cached lookup of it at once.
    name_epoch: Vec<u32>,
    /// Entries filled since the last full invalidation (none: nothing to clear).
    filled: usize,
}

impl MethodCache {
    fn epoch(&self, name: Symbol) -> u32 {
        self.name_epoch.get(name.index()).copied().unwrap_or(0)
    }
}

thread_local! {
    // ManuallyDrop: thread-local destructors must not drop Python objects.
    static CACHE: std::mem::ManuallyDrop<RefCell<MethodCache>> = const {
        std::mem::ManuallyDrop::new(RefCell::new(MethodCache {
            entries: Vec::new(),
            name_epoch: Vec::new(),
            filled: 0,
        }))
    };
}

#[inline]
fn cache_slot(ty: &ObjRef, name: Symbol) -> usize {
    (ty.addr() >> 4 ^ (name.0 as usize).wrapping_mul(0x9E37_79B9)) & (CACHE_SIZE - 1)
}

/// A class's dict changed for `name`: forget cached lookups of `name`
/// (O(1); the entry for this class itself is dropped right away so the old
/// value is not kept alive by the cache).
pub fn invalidate_name(ty: &ObjRef, name: Symbol) {
    let slot = cache_slot(ty, name);
    let old = CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.name_epoch.len() <= name.index() {
            c.name_epoch.resize(name.index() + 1, 0);
        }
        c.name_epoch[name.index()] = c.name_epoch[name.index()].wrapping_add(1);
        let e = c.entries.get_mut(slot)?;
        e.ty = 0;
        e.value.take()
    });
    drop(old);
}

/// Forget every cached lookup (a type's dict changed, or a type died).
pub fn invalidate_cache() {
    let old: Vec<Option<Value>> = CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if std::mem::replace(&mut c.filled, 0) == 0 {
            return Vec::new();
        }
        c.entries
            .iter_mut()
            .filter(|e| e.ty != 0)
            .map(|e| {
                e.ty = 0;
                e.value.take()
            })
            .collect()
    });
    drop(old);
}

/// Find `name` along the MRO of type `ty`. `key` is the interned str object
/// for `name`.
pub fn lookup(ty: &ObjRef, name: Symbol, key: &Value) -> Option<Value> {
    let slot = cache_slot(ty, name);
    let hit = CACHE.with(|c| {
        let c = c.borrow();
        let e = c.entries.get(slot)?;
        (e.ty == ty.addr() && e.name == name.0 && e.epoch == c.epoch(name)).then(|| e.value.clone())
    });
    if let Some(v) = hit {
        return v;
    }
    let found = lookup_uncached(ty, key);
    let old = CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.entries.is_empty() {
            c.entries = (0..CACHE_SIZE)
                .map(|_| CacheEntry {
                    ty: 0,
                    name: u32::MAX,
                    epoch: 0,
                    value: None,
                })
                .collect();
        }
        let epoch = c.epoch(name);
        if c.entries[slot].ty == 0 {
            c.filled += 1;
        }
        let e = &mut c.entries[slot];
        e.ty = ty.addr();
        e.name = name.0;
        e.epoch = epoch;
        std::mem::replace(&mut e.value, found.clone())
    });
    drop(old);
    found
}

/// Search the MRO without the cache.
pub fn lookup_uncached(ty: &ObjRef, key: &Value) -> Option<Value> {
    if let Some(v) = dict_get_str(&type_data(ty).dict.borrow(), key) {
        return Some(v);
    }
    let mro = type_data(ty).mro.borrow();
    for t in mro.iter() {
        if let Some(v) = dict_get_str(&type_data(t).dict.borrow(), key) {
            return Some(v);
        }
    }
    None
}

/// Look up a str key in a dict whose keys are compared natively.
#[inline]
pub fn dict_get_str(d: &Dict, key: &Value) -> Option<Value> {
    let hash = str_hash(key);
    let text = key.as_str();
    d.find(hash, |k| {
        k.is(key) || (k.as_str().is_some() && k.as_str() == text)
    })
    .and_then(|slot| d.entry(slot).map(|e| e.value.clone()))
}

/// The entry index an attribute site remembers, when that entry still
/// holds the site's interned key (checked by address: interned keys live
/// as long as the interpreter, so an address cannot be reused).
#[inline(always)]
pub fn site_slot(d: &Dict, site: &AttrSite) -> Option<usize> {
    let at = site.slot.get() as usize;
    match d.entries().get(at) {
        Some(Some(Entry {
            key: Value::Obj(k), ..
        })) if k.addr() == site.key.get() => Some(at),
        _ => None,
    }
}

/// Remember where `key` (the interned str) sits in `d` for `site`.
fn remember(d: &Dict, key: &Value, slot: usize, site: &AttrSite) {
    site.slot.set(slot as u32);
    let interned = d.entry(slot).is_some_and(|e| e.key.is(key));
    site.key.set(if interned { key.id() } else { 0 });
}

/// [`dict_get_str`] for an attribute site whose memo missed (see
/// [`site_slot`]); updates the memo.
#[inline(never)]
pub fn dict_get_str_site(d: &Dict, key: &Value, site: &AttrSite) -> Option<Value> {
    let slot = find_str(d, key)?;
    remember(d, key, slot, site);
    d.entry(slot).map(|e| e.value.clone())
}

/// [`dict_set_str`] for an attribute site whose memo missed; updates the
/// memo. Returns the replaced value for the caller to drop.
#[inline(never)]
pub fn dict_set_str_site(
    d: &mut Dict,
    key: &Value,
    value: Value,
    site: &AttrSite,
) -> Option<Value> {
    match find_str(d, key) {
        Some(slot) => {
            remember(d, key, slot, site);
            d.replace_value(slot, value)
        }
        None => {
            let slot = d.push_new(str_hash(key), key.clone(), value);
            remember(d, key, slot, site);
            None
        }
    }
}

/// Does `d` hold the str `key`? Inlined into method calls, which ask
/// whether an instance dict shadows the method.
#[inline(always)]
pub fn dict_has_str(d: &Dict, key: &Value) -> bool {
    find_str(d, key).is_some()
}

/// The entry index of a str key.
#[inline(always)]
fn find_str(d: &Dict, key: &Value) -> Option<usize> {
    let text = key.as_str();
    d.find(str_hash(key), |k| {
        k.is(key) || (k.as_str().is_some() && k.as_str() == text)
    })
}

/// Hash of a str value (0 for non-str; callers pass strs).
#[inline]
pub fn str_hash(key: &Value) -> i64 {
    match key.payload() {
        Some(Payload::Str(s)) => s.hash(),
        _ => 0,
    }
}

/// Remove a str-keyed entry; returns it so the caller can drop it outside
/// any borrow.
pub fn dict_remove_str(d: &RefCell<Dict>, key: &Value) -> Option<super::dict::Entry> {
    let hash = str_hash(key);
    let text = key.as_str();
    let mut b = d.borrow_mut();
    let slot = b.find(hash, |k| {
        k.is(key) || (k.as_str().is_some() && k.as_str() == text)
    })?;
    b.remove_slot(slot)
}

/// Insert/replace a str-keyed entry; returns the previous value so the
/// caller can drop it outside any borrow.
pub fn dict_set_str(d: &mut Dict, key: Value, value: Value) -> Option<Value> {
    let hash = str_hash(&key);
    let text = key.as_str();
    match d.find(hash, |k| {
        k.is(&key) || (k.as_str().is_some() && k.as_str() == text)
    }) {
        Some(slot) => d.replace_value(slot, value),
        None => {
            d.push_new(hash, key, value);
            None
        }
    }
}

/// CPython's `tp_name` of a built-in type: the name, qualified by its
/// module unless that is `builtins` (`int`, `weakref.ReferenceType`).
pub fn tp_name(t: &TypeObj) -> String {
    let module = t.module.borrow();
    if module.as_str() == "builtins" {
        t.name.borrow().clone()
    } else {
        format!("{}.{}", module, t.name.borrow())
    }
}
