//! Attribute access (`getattr`; writing is in `attr_write`) and instance
//! creation (calling a type): Python's descriptor protocol over
//! `types::lookup`.
//!
//! Owns the order of lookups (data descriptors, instance dict, non-data
//! descriptors, `__getattr__`), binding functions into methods, special
//! attributes like `__class__`/`__dict__`/`__name__`, and `type.__call__`.

use super::heap::ObjRef;
use super::object::*;
use super::types::{dict_get_str, lookup, type_data};
use super::{Exc, PyResult, Value};
use crate::syntax::ast::Symbol;
use crate::vm::Vm;

/// Bind a function found on a type to `obj`.
pub fn bind(vm: &Vm, descr: Value, obj: &Value) -> PyResult<Value> {
    match descr.payload() {
        Some(Payload::Function(_)) => Ok(Value::Obj(ObjRef::new(Payload::BoundMethod(Box::new(
            BoundMethod {
                func: descr,
                self_: obj.clone(),
            },
        ))))),
        Some(Payload::Native(n)) if n.bound_self.is_none() && n.owner.is_some() => Ok(Value::Obj(
            ObjRef::new(Payload::Native(Box::new(NativeFunction {
                name: n.name,
                func: n.func,
                bound_self: Some(obj.clone()),
                owner: n.owner,
            }))),
        )),
        Some(Payload::StaticMethod(f)) => Ok(f.clone()),
        Some(Payload::ClassMethod(f)) => Ok(Value::Obj(ObjRef::new(Payload::BoundMethod(
            Box::new(BoundMethod {
                func: f.clone(),
                self_: Value::Obj(vm.type_of(obj).clone()),
            }),
        )))),
        Some(Payload::Member(m)) => super::slots::get(vm, m, obj),
        Some(Payload::Property(p)) => {
            if p[0].is_none() {
                return Err(vm.attribute_error("unreadable attribute"));
            }
            vm.call(&p[0], vec![obj.clone()], &[])
        }
        Some(Payload::Instance(_)) => {
            // A user descriptor with __get__?
            match vm.special(&descr, vm.sym.get) {
                Some(get) => vm.call(
                    &get,
                    vec![
                        descr.clone(),
                        obj.clone(),
                        Value::Obj(vm.type_of(obj).clone()),
                    ],
                    &[],
                ),
                None => Ok(descr),
            }
        }
        _ => Ok(descr),
    }
}

pub(super) fn is_data_descriptor(vm: &Vm, d: &Value) -> bool {
    match d.payload() {
        Some(Payload::Property(_) | Payload::Member(_)) => true,
        Some(Payload::Instance(_)) => {
            vm.special(d, vm.sym.set).is_some() || vm.special(d, vm.sym.delete).is_some()
        }
        _ => false,
    }
}

/// The instance dict of an object, if it has one.
pub fn instance_dict(o: &Value) -> Option<AttrsRef<'_>> {
    match o.payload()? {
        Payload::Instance(i) => Some(i.attrs()),
        Payload::Function(f) => Some(AttrsRef::Inline(&f.attrs)),
        _ => None,
    }
}

/// `getattr(obj, name)`
pub fn get_attr(vm: &Vm, obj: &Value, name: Symbol) -> PyResult<Value> {
    let key = vm.sym_str(name);
    match obj.payload() {
        Some(Payload::Type(_)) => return get_type_attr(vm, obj, name, &key),
        Some(Payload::Super(s)) => return crate::eval::class::super_getattr(vm, &s.0, &s.1, name),
        Some(Payload::WeakRef(_)) => {
            if let Some(t) = super::weakref::proxy_target(vm, obj) {
                return get_attr(vm, &t?, name);
            }
        }
        _ => {}
    }
    if let Some(Payload::Module(m)) = obj.payload() {
        if let Payload::Dict(d) = &m.dict.payload {
            if let Some(v) = dict_get_str(&d.borrow(), &key) {
                return Ok(v);
            }
        }
        if name == vm.sym.dict {
            return Ok(Value::Obj(m.dict.clone()));
        }
        // PEP 562: a module-level `__getattr__` supplies missing names.
        let hook = match &m.dict.payload {
            Payload::Dict(d) => dict_get_str(&d.borrow(), &vm.sym_str(vm.sym.getattr)),
            _ => None,
        };
        if let Some(hook) = hook {
            return vm.call(&hook, vec![key], &[]);
        }
        let e = vm.attribute_error(format!("module '{}' has no attribute '{}'", m.name, name));
        return Err(with_attr_suggestion(e, obj, name));
    }
    let ty = vm.type_of(obj).clone();
    let tyd = type_data(&ty);
    if tyd.has(TF_HAS_GETATTRIBUTE) {
        if let Some(ga) = lookup(&ty, vm.sym.getattribute, &vm.sym_str(vm.sym.getattribute)) {
            if !matches!(ga.payload(), Some(Payload::Native(_))) {
                let r = vm.call(&ga, vec![obj.clone(), key.clone()], &[]);
                return match r {
                    Err(e)
                        if vm.exc_matches(&e, &vm.exc.attribute_error)
                            && tyd.has(TF_HAS_GETATTR) =>
                    {
                        call_getattr_hook(vm, obj, &ty, key, e)
                    }
                    other => other,
                };
            }
        }
    }
    match generic_get_attr(vm, obj, &ty, name, &key)? {
        Some(v) => Ok(v),
        None => {
            let err = no_attribute(vm, obj, name);
            if tyd.has(TF_HAS_GETATTR) {
                call_getattr_hook(vm, obj, &ty, key, err)
            } else {
                Err(err)
            }
        }
    }
}

fn call_getattr_hook(vm: &Vm, obj: &Value, ty: &ObjRef, key: Value, err: Exc) -> PyResult<Value> {
    match lookup(ty, vm.sym.getattr, &vm.sym_str(vm.sym.getattr)) {
        Some(ga) => vm.call(&ga, vec![obj.clone(), key], &[]),
        None => Err(err),
    }
}

pub fn no_attribute(vm: &Vm, obj: &Value, name: Symbol) -> Exc {
    let e = vm.attribute_error(format!(
        "'{}' object has no attribute '{}'",
        vm.type_name(obj),
        name
    ));
    with_attr_suggestion(e, obj, name)
}

/// Remember the object and name so a printed AttributeError can suggest a
/// close attribute.
pub fn with_attr_suggestion(e: Exc, obj: &Value, name: Symbol) -> Exc {
    super::exception::with_suggestion(
        e,
        crate::error::suggest::SuggestContext::Attribute {
            name: name.as_str().to_owned(),
            obj: obj.clone(),
        },
    )
}

/// `object.__getattribute__`: `Ok(None)` when not found.
pub fn generic_get_attr(
    vm: &Vm,
    obj: &Value,
    ty: &ObjRef,
    name: Symbol,
    key: &Value,
) -> PyResult<Option<Value>> {
    // Built-in objects' own data (`__name__`, `__doc__`, `fget` ...) comes
    // first, as CPython's getset descriptors do.
    if !matches!(obj.payload(), Some(Payload::Instance(_)) | None) {
        if let Some(v) = special_attr(vm, obj, name)? {
            return Ok(Some(v));
        }
    }
    let descr = lookup(ty, name, key);
    if let Some(d) = &descr {
        if is_data_descriptor(vm, d) {
            return bind(vm, d.clone(), obj).map(Some);
        }
    }
    if let Some(dict) = instance_dict(obj) {
        let found = dict_get_str(&dict.borrow(), key);
        if let Some(v) = found {
            return Ok(Some(v));
        }
    }
    if let Some(d) = descr {
        return bind(vm, d, obj).map(Some);
    }
    special_attr(vm, obj, name)
}

/// Recompute the cached "has special method" flags of a class and of every
/// class that inherits from it (their flags depend on its dict).
pub fn update_type_flags(vm: &Vm, cls: &Value) {
    let Some(c) = cls.as_obj() else { return };
    let mut todo = vec![c.clone()];
    let mut seen = 0;
    while let Some(t) = todo.pop() {
        update_own_flags(vm, &t);
        todo.extend(super::types::live_subclasses(&t));
        seen += 1;
        if seen > 100_000 {
            break;
        }
    }
}

fn update_own_flags(vm: &Vm, c: &ObjRef) {
    let Payload::Type(t) = &c.payload else { return };
    if !t.has(TF_HEAPTYPE) {
        return;
    }
    let mut flags = t.flags.get()
        & !(TF_HAS_DEL
            | TF_HAS_GETATTR
            | TF_HAS_SETATTR
            | TF_HAS_GETATTRIBUTE
            | TF_HAS_DELATTR
            | TF_HAS_DATA_DESCR
            | TF_IDENTITY_HASH
            | TF_PLAIN_NEW);
    let mut types = vec![c.clone()];
    types.extend(t.mro.borrow().iter().cloned());
    let mut descr_names = Vec::new();
    for ty in &types {
        let entries: Vec<(Value, Value)> = type_data(ty)
            .dict
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in &entries {
            if is_data_descriptor(vm, v) {
                flags |= TF_HAS_DATA_DESCR;
                if let Some(s) = k.as_str() {
                    descr_names.push(crate::syntax::intern::intern(s));
                }
            }
        }
    }
    *t.data_descriptors.borrow_mut() = descr_names.into_boxed_slice();
    let user = |sym: Symbol| {
        matches!(
            lookup(c, sym, &vm.sym_str(sym)).as_ref().and_then(|v| v.payload()),
            Some(p) if !matches!(p, Payload::Native(_))
        )
    };
    if user(vm.sym.del) {
        flags |= TF_HAS_DEL;
    }
    if matches!(
        lookup(c, vm.sym.hash, &vm.sym_str(vm.sym.hash))
            .as_ref()
            .and_then(|v| v.payload()),
        Some(Payload::Native(_))
    ) {
        flags |= TF_IDENTITY_HASH;
    }
    if matches!(
        lookup(c, vm.sym.new, &vm.sym_str(vm.sym.new)).as_ref().and_then(|v| v.payload()),
        Some(Payload::Native(n)) if n.name == "object.__new__"
    ) {
        flags |= TF_PLAIN_NEW;
    }
    // Any __getattr__ counts (`object` has none), e.g. `dict.__getitem__`.
    if lookup(c, vm.sym.getattr, &vm.sym_str(vm.sym.getattr)).is_some() {
        flags |= TF_HAS_GETATTR;
    }
    if user(vm.sym.setattr) {
        flags |= TF_HAS_SETATTR;
    }
    if user(vm.sym.getattribute) {
        flags |= TF_HAS_GETATTRIBUTE;
    }
    if user(vm.sym.delattr) {
        flags |= TF_HAS_DELATTR;
    }
    t.flags.set(flags);
}

pub use super::attr_write::{
    del_attr, generic_del_attr, generic_set_attr, property_error, set_attr,
};
pub use super::construct::{call_type, new_instance};
use super::special_attrs::{get_type_attr, special_attr};
