//! Writing and deleting attributes (`setattr`/`delattr`, `object.__setattr__`
//! and `object.__delattr__`): data descriptors, instance dicts, slots,
//! exception fields, function fields, class dicts (with the cache and flag
//! updates a class change needs) and the errors CPython gives when an
//! attribute cannot be written. Reading is in `attr`.

use std::cell::RefCell;

use super::attr::{instance_dict, no_attribute, update_type_flags};
use super::heap::ObjRef;
use super::object::*;
use super::types::{dict_get_str, dict_set_str, invalidate_name, lookup, type_data};
use super::{Exc, PyResult, Value};
use crate::syntax::ast::Symbol;
use crate::vm::Vm;

/// `setattr(obj, name, value)`
pub fn set_attr(vm: &Vm, obj: &Value, name: Symbol, value: Value) -> PyResult<()> {
    if let Some(t) = super::weakref::proxy_target(vm, obj) {
        return set_attr(vm, &t?, name, value);
    }
    let key = vm.sym_str(name);
    let ty = vm.type_of(obj).clone();
    let tyd = type_data(&ty);
    if tyd.has(TF_HAS_SETATTR) {
        if let Some(sa) = lookup(&ty, vm.sym.setattr, &vm.sym_str(vm.sym.setattr)) {
            if !matches!(sa.payload(), Some(Payload::Native(_))) {
                vm.call(&sa, vec![obj.clone(), key, value], &[])?;
                return Ok(());
            }
        }
    }
    generic_set_attr(vm, obj, &ty, name, key, value)
}

/// `object.__setattr__`
pub fn generic_set_attr(
    vm: &Vm,
    obj: &Value,
    ty: &ObjRef,
    name: Symbol,
    key: Value,
    value: Value,
) -> PyResult<()> {
    refuse_immutable_type(vm, obj, name)?;
    if name == vm.sym.class {
        return super::type_setattr::set_class(vm, obj, &value);
    }
    if let Some(Payload::Type(t)) = obj.payload() {
        if name == vm.sym.name || name == vm.sym.qualname {
            let Some(text) = value.as_str() else {
                return Err(vm.type_error(format!(
                    "can only assign string to {}.{}, not '{}'",
                    t.name.borrow(),
                    name,
                    vm.type_name(&value)
                )));
            };
            let field = if name == vm.sym.name {
                &t.name
            } else {
                &t.qualname
            };
            *field.borrow_mut() = text.to_owned();
            return Ok(());
        }
        if super::type_setattr::is_structural(name.as_str()) {
            if let Some(cls) = obj.as_obj() {
                return super::type_setattr::set(vm, cls, name.as_str(), value);
            }
        }
        let descriptor_involved = is_flag_relevant(name, &value);
        let old = dict_set_str(&mut t.dict.borrow_mut(), key, value);
        if let Some(cls) = obj.as_obj() {
            invalidate_name(cls, name);
        }
        if descriptor_involved || old.as_ref().is_some_and(|o| is_flag_relevant(name, o)) {
            update_type_flags(vm, obj);
        }
        drop(old);
        return Ok(());
    }
    if let Some(Payload::Function(f)) = obj.payload() {
        if let Some(done) = super::special_attrs::set_function_attr(vm, f, name, &value) {
            return done;
        }
    }
    if let Some(d) = lookup(ty, name, &key) {
        match d.payload() {
            Some(Payload::Member(m)) => return super::slots::set(vm, m, obj, value),
            Some(Payload::Property(p)) => {
                // Read-only attributes of built-in types (getset
                // descriptors without a setter in CPython).
                if p[1].is_none() && p.kind != PropertyKind::Python {
                    return Err(builtin_readonly(vm, p.kind, name));
                }
                if p[1].is_none() {
                    return Err(property_error(vm, &p.name.borrow(), obj, "setter"));
                }
                vm.call(&p[1], vec![obj.clone(), value], &[])?;
                return Ok(());
            }
            Some(Payload::Instance(_)) => {
                if let Some(set) = vm.special(&d, vm.sym.set) {
                    vm.call(&set, vec![d.clone(), obj.clone(), value], &[])?;
                    return Ok(());
                }
            }
            _ => {}
        }
    }
    if let Some(Payload::Instance(Instance {
        base: Base::Exception(d),
        ..
    })) = obj.payload()
    {
        if let Some(r) = set_exception_attr(vm, d, name, &value) {
            return r;
        }
    }
    if let Some(Payload::Module(m)) = obj.payload() {
        if let Payload::Dict(d) = &m.dict.payload {
            let old = dict_set_str(&mut d.borrow_mut(), key, value);
            drop(old);
            return Ok(());
        }
    }
    if name == vm.sym.dict {
        if let Some(Payload::Instance(inst)) = obj.payload() {
            if !type_data(ty).has(TF_SLOTS_ONLY) {
                return super::special_attrs::replace_instance_dict(vm, inst, &value);
            }
        }
    }
    if type_data(ty).has(TF_SLOTS_ONLY) && !in_slots(vm, ty, &key) {
        if lookup(ty, name, &key).is_some() {
            return Err(vm.attribute_error(format!(
                "'{}' object attribute '{}' is read-only",
                vm.type_name(obj),
                name
            )));
        }
        return Err(no_attribute(vm, obj, name));
    }
    match instance_dict(obj) {
        Some(dict) => {
            let old = {
                let mut d = dict.borrow_mut();
                let old = dict_set_str(&mut d, key, value);
                type_data(ty).saw_attrs(d.len());
                old
            };
            drop(old);
            Ok(())
        }
        None => Err(cannot_store(vm, obj, ty, name, &key)),
    }
}

/// Assigning `args`, `__cause__`, `__context__`, `__suppress_context__`,
/// `__traceback__` of an exception (CPython's `BaseException_getset`).
fn set_exception_attr(
    vm: &Vm,
    d: &RefCell<ExcData>,
    name: Symbol,
    value: &Value,
) -> Option<PyResult<()>> {
    let is_exc =
        |v: &Value| v.is_none() || super::types::is_subtype(vm.type_of(v), &vm.exc.base_exception);
    let opt = |v: &Value| if v.is_none() { None } else { Some(v.clone()) };
    let old = match name.as_str() {
        "__cause__" => {
            if !is_exc(value) {
                return Some(Err(vm.type_error(
                    "exception cause must be None or derive from BaseException",
                )));
            }
            let mut b = d.borrow_mut();
            b.suppress_context = true;
            std::mem::replace(&mut b.cause, opt(value))
        }
        "__context__" => {
            if !is_exc(value) {
                return Some(Err(vm.type_error(
                    "exception context must be None or derive from BaseException",
                )));
            }
            std::mem::replace(&mut d.borrow_mut().context, opt(value))
        }
        "__suppress_context__" => {
            let t = match super::ops::truthy(vm, value) {
                Ok(t) => t,
                Err(e) => return Some(Err(e)),
            };
            d.borrow_mut().suppress_context = t;
            None
        }
        "args" => {
            let items = match super::ops::collect(vm, value) {
                Ok(i) => i,
                Err(e) => return Some(Err(e)),
            };
            let t = super::ops::new_tuple(items);
            Some(std::mem::replace(&mut d.borrow_mut().args, t))
        }
        // wisp has no traceback objects (`e.__traceback__` reads None), so
        // None is the only value CPython would accept here.
        "__traceback__" if !value.is_none() => {
            return Some(Err(
                vm.type_error("__traceback__ must be a traceback or None")
            ));
        }
        "__traceback__" => None,
        _ => return super::syntax_exc::set_field(vm, d, name, value).map(Ok),
    };
    drop(old);
    Some(Ok(()))
}

/// Is `key` named in the `__slots__` of `ty` or a class on its MRO?
fn in_slots(vm: &Vm, ty: &ObjRef, key: &Value) -> bool {
    let slots_key = vm.sym_str(vm.sym.slots);
    let mut types = vec![ty.clone()];
    types.extend(type_data(ty).mro.borrow().iter().cloned());
    for t in &types {
        let Some(sl) = dict_get_str(&type_data(t).dict.borrow(), &slots_key) else {
            continue;
        };
        let hit = match sl.payload() {
            Some(Payload::Str(_)) => sl.as_str() == key.as_str(),
            Some(Payload::Tuple(items)) => items.iter().any(|x| x.as_str() == key.as_str()),
            Some(Payload::List(items)) => items.borrow().iter().any(|x| x.as_str() == key.as_str()),
            _ => false,
        };
        if hit {
            return true;
        }
    }
    false
}

/// Why `obj.name = v` fails on an object without an instance dict, in
/// CPython's words: a class attribute that is not a data descriptor is
/// "read-only"; an attribute that CPython gives the type as a read-only
/// member (`slice.start`, `property.fget`) is a "readonly attribute".
fn cannot_store(
    vm: &Vm,
    obj: &Value,
    ty: &ObjRef,
    name: Symbol,
    key: &Value,
) -> crate::runtime::Exc {
    if lookup(ty, name, key).is_some() {
        return vm.attribute_error(format!(
            "'{}' object attribute '{}' is read-only",
            vm.type_name(obj),
            name
        ));
    }
    match super::special_attrs::special_attr(vm, obj, name) {
        Ok(Some(_)) => vm.attribute_error("readonly attribute"),
        _ => no_attribute(vm, obj, name),
    }
}

/// Writing or deleting a read-only attribute of a built-in type.
fn builtin_readonly(vm: &Vm, kind: PropertyKind, name: Symbol) -> crate::runtime::Exc {
    match kind {
        PropertyKind::GetSet(owner) => vm.attribute_error(format!(
            "attribute '{}' of '{}' objects is not writable",
            name, owner
        )),
        _ => vm.attribute_error("readonly attribute"),
    }
}

/// Built-in (non-heap) types cannot be changed: CPython's
/// `type.__setattr__` refuses before looking at any descriptor, for
/// deletion too (with the same wording).
fn refuse_immutable_type(vm: &Vm, obj: &Value, name: Symbol) -> PyResult<()> {
    match obj.payload() {
        Some(Payload::Type(t)) if !t.has(TF_HEAPTYPE) => Err(vm.type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            name,
            super::types::tp_name(t)
        ))),
        _ => Ok(()),
    }
}

/// `delattr(obj, name)`
pub fn del_attr(vm: &Vm, obj: &Value, name: Symbol) -> PyResult<()> {
    if let Some(t) = super::weakref::proxy_target(vm, obj) {
        return del_attr(vm, &t?, name);
    }
    let key = vm.sym_str(name);
    let ty = vm.type_of(obj).clone();
    if type_data(&ty).has(TF_HAS_DELATTR) {
        if let Some(da) = lookup(&ty, vm.sym.delattr, &vm.sym_str(vm.sym.delattr)) {
            if !matches!(da.payload(), Some(Payload::Native(_))) {
                vm.call(&da, vec![obj.clone(), key], &[])?;
                return Ok(());
            }
        }
    }
    generic_del_attr(vm, obj, &ty, name, key)
}

pub fn generic_del_attr(
    vm: &Vm,
    obj: &Value,
    ty: &ObjRef,
    name: Symbol,
    key: Value,
) -> PyResult<()> {
    refuse_immutable_type(vm, obj, name)?;
    if let Some(Payload::Function(f)) = obj.payload() {
        if let Some(done) = super::special_attrs::del_function_attr(vm, f, name) {
            return done;
        }
    }
    if let Some(d) = lookup(ty, name, &key) {
        if let Some(Payload::Member(m)) = d.payload() {
            return super::slots::delete(vm, m, obj);
        }
        if let Some(Payload::Property(p)) = d.payload() {
            if p[2].is_none() && p.kind != PropertyKind::Python {
                return Err(builtin_readonly(vm, p.kind, name));
            }
            if p[2].is_none() {
                return Err(property_error(vm, &p.name.borrow(), obj, "deleter"));
            }
            vm.call(&p[2], vec![obj.clone()], &[])?;
            return Ok(());
        }
        if let Some(Payload::Instance(_)) = d.payload() {
            if let Some(del) = vm.special(&d, vm.sym.delete) {
                vm.call(&del, vec![d.clone(), obj.clone()], &[])?;
                return Ok(());
            }
        }
    }
    if name == vm.sym.dict {
        if let Some(Payload::Instance(inst)) = obj.payload() {
            let td = type_data(&inst.class);
            if !td.has(TF_SLOTS_ONLY) {
                // `del obj.__dict__`: the next use makes a fresh empty dict.
                drop(inst.replace_dict(None, td.has(TF_HAS_SLOTS)));
                return Ok(());
            }
        }
    }
    if name == vm.sym.class {
        return Err(vm.type_error("can't delete __class__ attribute"));
    }
    if let (Some(Payload::Type(_)), Some(cls)) = (obj.payload(), obj.as_obj()) {
        if super::type_setattr::is_structural(name.as_str()) {
            return super::type_setattr::delete(vm, cls, name.as_str());
        }
    }
    let dict = match obj.payload() {
        Some(Payload::Type(t)) => Some(AttrsRef::Inline(&t.dict)),
        Some(Payload::Module(m)) => match &m.dict.payload {
            Payload::Dict(d) => Some(AttrsRef::Inline(d)),
            _ => None,
        },
        _ => instance_dict(obj),
    };
    let Some(dict) = dict else {
        return Err(no_attribute(vm, obj, name));
    };
    let removed = super::types::dict_remove_str(&dict, &key);
    if let Some(Payload::Type(_)) = obj.payload() {
        if let Some(cls) = obj.as_obj() {
            invalidate_name(cls, name);
        }
        update_type_flags(vm, obj);
    }
    match removed {
        Some(entry) => {
            drop(entry);
            Ok(())
        }
        None => Err(no_attribute(vm, obj, name)),
    }
}

/// Could binding `name` to `v` on a class change its cached flags (special
/// methods, data descriptors)?
fn is_flag_relevant(name: Symbol, v: &Value) -> bool {
    let n = name.as_str();
    (n.starts_with("__") && n.ends_with("__"))
        || matches!(
            v.payload(),
            Some(Payload::Property(_) | Payload::Instance(_) | Payload::Member(_))
        )
}

/// "property 'name' of 'C' object has no setter": named once
/// `__set_name__` has named the property (CPython 3.11's wording).
pub fn property_error(vm: &Vm, prop_name: &Value, obj: &Value, missing: &str) -> Exc {
    let prefix = match prop_name.as_str() {
        Some(n) => format!("property '{}'", n),
        None => "property".to_owned(),
    };
    vm.attribute_error(format!(
        "{} of '{}' object has no {}",
        prefix,
        vm.type_name(obj),
        missing
    ))
}
