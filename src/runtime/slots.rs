//! `__slots__` member descriptors (`member_descriptor`): the class
//! attribute made for each slot name, and reading, writing and deleting a
//! slot's value in an instance.
//!
//! Slot values live in the instance's inline attribute table
//! (`Instance::inline_dict`). An instance whose class also has a `__dict__`
//! (a subclass without `__slots__`) gets a separate dict object for its
//! ordinary attributes when it is created, so `obj.__dict__` never shows
//! the slots, as in CPython.

use super::object::{Instance, Member, Payload};
use super::types::{dict_get_str, dict_set_str};
use super::{PyResult, Value};
use crate::syntax::ast::Symbol;
use crate::vm::Vm;

/// The member descriptor for slot `name` of class `owner`.
pub fn new_member(name: Symbol, owner: &str) -> Value {
    Value::Obj(super::heap::ObjRef::new(Payload::Member(Box::new(
        Member {
            name,
            owner: owner.into(),
        },
    ))))
}

/// A slot name as stored: private names are mangled with the class name.
pub fn slot_name(class_name: &str, name: &str) -> String {
    let stripped = class_name.trim_start_matches('_');
    if name.starts_with("__") && !name.ends_with("__") && !stripped.is_empty() {
        format!("_{stripped}{name}")
    } else {
        name.to_owned()
    }
}

fn instance<'a>(vm: &Vm, m: &Member, obj: &'a Value) -> PyResult<&'a Instance> {
    match obj.payload() {
        Some(Payload::Instance(i)) => Ok(i),
        _ => Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            m.name,
            m.owner,
            vm.type_name(obj)
        ))),
    }
}

fn unset(vm: &Vm, m: &Member, obj: &Value) -> crate::runtime::Exc {
    vm.attribute_error(format!(
        "'{}' object has no attribute '{}'",
        vm.type_name(obj),
        m.name
    ))
}

/// `obj.slot`
pub fn get(vm: &Vm, m: &Member, obj: &Value) -> PyResult<Value> {
    let inst = instance(vm, m, obj)?;
    let found = vm.with_key(m.name, |k| dict_get_str(&inst.inline_dict.borrow(), k));
    found.ok_or_else(|| unset(vm, m, obj))
}

/// `obj.slot = value`
pub fn set(vm: &Vm, m: &Member, obj: &Value, value: Value) -> PyResult<()> {
    let inst = instance(vm, m, obj)?;
    let key = vm.sym_str(m.name);
    let old = dict_set_str(&mut inst.inline_dict.borrow_mut(), key, value);
    drop(old);
    Ok(())
}

/// `del obj.slot`
pub fn delete(vm: &Vm, m: &Member, obj: &Value) -> PyResult<()> {
    let inst = instance(vm, m, obj)?;
    let removed = super::types::dict_remove_str(&inst.inline_dict, &vm.sym_str(m.name));
    match removed {
        Some(entry) => {
            drop(entry);
            Ok(())
        }
        // CPython's message for deleting an empty slot is just the name.
        None => Err(vm.attribute_error(m.name.as_str())),
    }
}

/// `<member 'x' of 'Pixel' objects>`
pub fn repr(m: &Member) -> String {
    format!("<member '{}' of '{}' objects>", m.name, m.owner)
}
