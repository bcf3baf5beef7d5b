//! Fast paths for `obj.name`: a plain instance's dict through the site's
//! memo, a class attribute read through a plain instance, and a module's
//! own names. Anything else goes to `runtime::attr::get_attr`, whose
//! results these paths must always equal.

use crate::runtime::attr::get_attr;
use crate::runtime::object::*;
use crate::runtime::types::type_data;
use crate::runtime::{PyResult, Value};
use crate::syntax::ast::*;
use crate::vm::Vm;

use super::Frame;

use ProbeMiss::{Missing, NotPlain};

/// `o.attr` through the fast paths (plain instance, then its class; a
/// module's own names), else the general path.
#[inline]
pub fn load_attr(vm: &Vm, o: &Value, attr: Symbol, site: &AttrSite) -> PyResult<Value> {
    match instance_attr_fast(vm, o, attr, site) {
        Ok(v) => Ok(v),
        Err(Missing) => class_attr_fast(vm, o, attr),
        Err(NotPlain) => match module_attr_fast(vm, o, attr, site) {
            Some(v) => Ok(v),
            None => get_attr(vm, o, attr),
        },
    }
}

/// What the instance dict says about `obj.name`: the value; `Missing`
/// for a plain instance whose dict lacks the name (the class decides);
/// `NotPlain` when the general path must answer. (A `Result` so that it
/// fits in two registers like a `Value`.)
pub(super) type Probe = Result<Value, ProbeMiss>;

#[derive(Clone, Copy)]
pub(super) enum ProbeMiss {
    Missing,
    NotPlain,
}

/// `obj.name` for a plain instance whose class has no data descriptor of
/// that name and no `__getattribute__`: the instance dict answers first.
#[inline(always)]
pub(super) fn instance_attr_fast(vm: &Vm, o: &Value, name: Symbol, site: &AttrSite) -> Probe {
    let Some(Payload::Instance(inst)) = o.payload() else {
        return Err(NotPlain);
    };
    let td = type_data(&inst.class);
    if td.has(TF_HAS_GETATTRIBUTE) || td.has_data_descriptor(name) {
        return Err(NotPlain);
    }
    let attrs = inst.attrs();
    let d = attrs.borrow();
    if let Some(at) = crate::runtime::types::site_slot(&d, site) {
        if let Some(e) = d.entry(at) {
            return Ok(e.value.clone());
        }
    }
    if d.is_empty() {
        return Err(Missing);
    }
    match vm.with_key(name, |key| {
        crate::runtime::types::dict_get_str_site(&d, key, site)
    }) {
        Some(v) => Ok(v),
        None => Err(Missing),
    }
}

/// `module.name` for a name bound in the module's dict, found through the
/// site's memo. Dunder names are left to the general path (the module
/// type's own `__dict__`, `__class__` ... come first there).
#[inline]
pub fn module_attr_fast(vm: &Vm, o: &Value, name: Symbol, site: &AttrSite) -> Option<Value> {
    let Some(Payload::Module(m)) = o.payload() else {
        return None;
    };
    let Payload::Dict(cell) = &m.dict.payload else {
        return None;
    };
    let d = cell.borrow();
    if let Some(at) = crate::runtime::types::site_slot(&d, site) {
        return d.entry(at).map(|e| e.value.clone());
    }
    if name.as_str().starts_with("__") {
        return None;
    }
    vm.with_key(name, |key| {
        crate::runtime::types::dict_get_str_site(&d, key, site)
    })
}

/// `module.name` where `module` is a global name found through its site's
/// memo: the module is only looked at in the globals dict, not counted and
/// released (`weakref.ref(...)`, `math.sqrt(...)`). `None` when the memo
/// is stale or the global is not a module with that name: the caller takes
/// the general path, which evaluates the global again (reading a global
/// has no side effects).
#[inline]
pub fn global_module_attr(
    vm: &Vm,
    f: &Frame,
    global: &GlobalSite,
    name: Symbol,
    site: &AttrSite,
) -> Option<Value> {
    // Runs no user code: the globals dict stays borrowed (shared) only
    // while the module's dict is read.
    super::with_memo_global(f, global, |module| module_attr_fast(vm, module, name, site)).flatten()
}

/// `obj.name` on a plain instance whose dict lacks `name` (what
/// `Missing` says): the class attribute, bound as
/// `object.__getattribute__` would; the general path when the class has no
/// such attribute (`__getattr__`, the AttributeError).
#[inline(never)]
pub(super) fn class_attr_fast(vm: &Vm, o: &Value, name: Symbol) -> PyResult<Value> {
    let found = match o.payload() {
        Some(Payload::Instance(inst)) => vm.with_key(name, |key| {
            crate::runtime::types::lookup(&inst.class, name, key)
        }),
        _ => None,
    };
    match found {
        Some(d) => crate::runtime::attr::bind(vm, d, o),
        None => get_attr(vm, o, name),
    }
}
