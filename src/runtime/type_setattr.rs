//! Assigning and deleting structural attributes: a class's `__bases__`
//! (checked as CPython checks it, then the class and every subclass get a
//! new MRO, subclass lists and caches follow), its read-only `__mro__`,
//! `__base__` and `__dict__`, and an object's `__class__` (checked as
//! CPython checks it; changing it is not supported yet).

use super::heap::ObjRef;
use super::object::*;
use super::types::{c3_mro, is_subtype, type_data};
use super::{PyResult, Value};
use crate::vm::Vm;

/// Is `name` one of the class attributes this module handles?
pub fn is_structural(name: &str) -> bool {
    matches!(name, "__bases__" | "__mro__" | "__base__" | "__dict__")
}

/// `cls.name = value` for a structural `name`.
pub fn set(vm: &Vm, cls: &ObjRef, name: &str, value: Value) -> PyResult<()> {
    match name {
        "__bases__" => set_bases(vm, cls, value),
        "__dict__" => Err(not_writable(vm)),
        _ => Err(vm.attribute_error("readonly attribute")),
    }
}

/// `del cls.name` for a structural `name`.
pub fn delete(vm: &Vm, cls: &ObjRef, name: &str) -> PyResult<()> {
    match name {
        "__bases__" => Err(vm.type_error(format!(
            "cannot delete '__bases__' attribute of immutable type '{}'",
            type_data(cls).name.borrow()
        ))),
        "__dict__" => Err(not_writable(vm)),
        _ => Err(vm.attribute_error("readonly attribute")),
    }
}

/// `obj.__class__ = value`: CPython's checks, in its order. An assignment
/// that passes them is refused with `NotImplementedError` (an instance's
/// class cannot change in wisp yet).
pub fn set_class(vm: &Vm, obj: &Value, value: &Value) -> PyResult<()> {
    let Some(new) = value
        .as_obj()
        .filter(|o| matches!(o.payload, Payload::Type(_)))
    else {
        return Err(vm.type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            vm.type_name(value)
        )));
    };
    let old = vm.type_of(obj);
    let mutable = |t: &ObjRef| type_data(t).has(TF_HEAPTYPE);
    if !matches!(obj.payload(), Some(Payload::Instance(_))) || !mutable(old) || !mutable(new) {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if type_data(old).layout != type_data(new).layout
        || slot_layout(vm, old) != slot_layout(vm, new)
    {
        return Err(vm.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            name_of(new),
            name_of(old)
        )));
    }
    Err(vm.err(
        &vm.exc.not_implemented_error,
        "wisp does not support assigning __class__ yet",
    ))
}

fn not_writable(vm: &Vm) -> super::Exc {
    vm.attribute_error("attribute '__dict__' of 'type' objects is not writable")
}

fn name_of(t: &ObjRef) -> String {
    type_data(t).name.borrow().clone()
}

/// What a base gives its subclasses' instances: the classes along its MRO
/// that declare `__slots__` (by address), and whether instances have no
/// `__dict__`. Instances made before a `__bases__` assignment must fit
/// the new bases, so this must not change.
fn slot_layout(vm: &Vm, base: &ObjRef) -> (Vec<usize>, bool) {
    let key = vm.intern_str("__slots__");
    let mut chain = vec![base.clone()];
    chain.extend(type_data(base).mro.borrow().iter().cloned());
    let declaring = chain
        .iter()
        .filter(|t| super::types::dict_has_str(&type_data(t).dict.borrow(), &key))
        .map(|t| t.addr())
        .collect();
    (declaring, type_data(base).has(TF_SLOTS_ONLY))
}

fn set_bases(vm: &Vm, cls: &ObjRef, value: Value) -> PyResult<()> {
    let td = type_data(cls);
    let cname = td.name.borrow().clone();
    let Some(Payload::Tuple(items)) = value.payload() else {
        return Err(vm.type_error(format!(
            "can only assign tuple to {}.__bases__, not {}",
            cname,
            vm.type_name(&value)
        )));
    };
    if items.is_empty() {
        return Err(vm.type_error(format!(
            "can only assign non-empty tuple to {}.__bases__, not ()",
            cname
        )));
    }
    let mut bases: Vec<ObjRef> = Vec::with_capacity(items.len());
    for item in items.iter() {
        match item
            .as_obj()
            .filter(|o| matches!(o.payload, Payload::Type(_)))
        {
            Some(b) => bases.push(b.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "{}.__bases__ must be tuple of classes, not '{}'",
                    cname,
                    vm.type_name(item)
                )))
            }
        }
    }
    for (i, b) in bases.iter().enumerate() {
        if is_subtype(b, cls) {
            return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
        }
        if bases[..i].iter().any(|x| x.ptr_eq(b)) {
            return Err(vm.type_error(format!("duplicate base class {}", name_of(b))));
        }
    }
    // The instances already made keep their layout: the new bases must
    // need the same one, and be classes made by Python code.
    let old_first = td.bases.borrow().first().cloned();
    let old_base = old_first.as_ref().map(name_of).unwrap_or_default();
    for b in &bases {
        if !type_data(b).has(TF_HEAPTYPE) {
            let how =
                if type_data(b).layout == Layout::Builtin && matches!(td.layout, Layout::Object) {
                    "deallocator differs from"
                } else {
                    "object layout differs from"
                };
            return Err(vm.type_error(format!(
                "__bases__ assignment: '{}' {} '{}'",
                name_of(b),
                how,
                old_base
            )));
        }
    }
    let Some(mro) = c3_mro(&bases) else {
        return Err(super::types::mro_conflict(vm, &bases));
    };
    let slots_differ = old_first
        .as_ref()
        .is_some_and(|old| slot_layout(vm, old) != slot_layout(vm, &bases[0]));
    if super::types::instance_layout(&mro) != td.layout || slots_differ {
        return Err(vm.type_error(format!(
            "__bases__ assignment: '{}' object layout differs from '{}'",
            name_of(&bases[0]),
            old_base
        )));
    }
    // The class and every class below it get their new MRO first: if a
    // subclass has no consistent order any more, everything is put back.
    let old_bases = std::mem::replace(&mut *td.bases.borrow_mut(), bases);
    let old_mro = std::mem::replace(&mut *td.mro.borrow_mut(), mro);
    if let Err(conflict) = relinearise_subclasses(cls) {
        let new_bases = std::mem::replace(&mut *td.bases.borrow_mut(), old_bases);
        let new_mro = std::mem::replace(&mut *td.mro.borrow_mut(), old_mro);
        drop((new_bases, new_mro));
        return Err(super::types::mro_conflict(vm, &conflict));
    }
    drop(old_mro);
    // Leave the old bases' subclass lists, join the new ones'.
    for b in &old_bases {
        let removed: Vec<Value> = {
            let mut list = type_data(b).subclasses.borrow_mut();
            let (gone, kept) = std::mem::take(&mut *list)
                .into_iter()
                .partition(|r| super::types::subclass_of_ref(r).is_some_and(|c| c.ptr_eq(cls)));
            *list = kept;
            gone
        };
        drop(removed);
    }
    drop(old_bases);
    let cls_value = Value::Obj(cls.clone());
    super::types::register_subclass(vm, &cls_value)?;
    super::types::invalidate_cache();
    super::attr::update_type_flags(vm, &cls_value);
    Ok(())
}

/// Recompute the MRO of every class below `cls` (their MROs include its).
/// When one has no consistent order, the MROs already replaced are put
/// back and that class's bases are returned.
fn relinearise_subclasses(cls: &ObjRef) -> Result<(), Vec<ObjRef>> {
    let mut replaced: Vec<(ObjRef, Vec<ObjRef>)> = Vec::new();
    let mut todo = super::types::live_subclasses(cls);
    let mut seen = 0;
    while let Some(sub) = todo.pop() {
        let bases = type_data(&sub).bases.borrow().clone();
        let Some(mro) = c3_mro(&bases) else {
            for (t, old) in replaced.into_iter().rev() {
                let new = std::mem::replace(&mut *type_data(&t).mro.borrow_mut(), old);
                drop(new);
            }
            return Err(bases);
        };
        let old = std::mem::replace(&mut *type_data(&sub).mro.borrow_mut(), mro);
        replaced.push((sub.clone(), old));
        todo.extend(super::types::live_subclasses(&sub));
        seen += 1;
        if seen > 100_000 {
            break;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::{Interpreter, RunError};

    /// A valid `__class__` assignment is refused with NotImplementedError
    /// (not silently ignored), and leaves the object's class unchanged.
    #[test]
    fn class_assignment_is_refused_not_ignored() {
        let interp = Interpreter::new(vec![], None);
        let program = "class A: pass\nclass B: pass\na = A()\na.__class__ = B\n";
        let err = match interp.run_source("<test>", program) {
            Err(RunError::Exception(e)) => e,
            Err(RunError::Syntax(s)) => panic!("syntax error: {s}"),
            Ok(()) => panic!("the assignment was accepted"),
        };
        let vm = &interp.vm;
        assert_eq!(
            vm.type_name(&crate::runtime::Value::Obj(err.0.clone())),
            "NotImplementedError"
        );
        let check = "assert type(a).__name__ == 'A' and '__class__' not in vars(a)\n";
        assert!(interp.run_source("<test>", check).is_ok());
    }
}
