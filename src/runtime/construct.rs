//! Calling a class: `__new__` then `__init__` (CPython's `type_call`),
//! and fresh instances of the right built-in layout.

use super::dict::Dict;
use super::exception::new_exception;
use super::heap::ObjRef;
use super::object::*;
use super::types::{lookup, type_data};
use super::{PyResult, Value};
use crate::syntax::ast::Symbol;
use crate::vm::Vm;
use std::cell::RefCell;

/// The recursion check of a call made through a type's call slot (calling
/// a class, a metaclass `__call__`, an instance's `__call__`): at the limit
/// it fails with CPython's message for calls made from C
/// (`_PyObject_MakeTpCall` enters with " while calling a Python object").
/// It takes no level of its own, so it fires just before the callee's frame
/// would fail with the plain message.
#[inline(always)]
pub fn check_call_depth(vm: &Vm) -> PyResult<()> {
    if vm.depth.get() >= vm.recursion_limit.get()
        || crate::eval::coro::stack_here() < vm.stack_floor.get()
    {
        return Err(call_depth_error(vm));
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn call_depth_error(vm: &Vm) -> crate::runtime::Exc {
    vm.err(
        &vm.exc.recursion_error,
        "maximum recursion depth exceeded while calling a Python object",
    )
}

/// `cls(*args, **kw)`: `__new__` then `__init__`.
pub fn call_type(
    vm: &Vm,
    cls: &ObjRef,
    args: Vec<Value>,
    kw: &[(Symbol, Value)],
) -> PyResult<Value> {
    // Built-in types are called through vectorcall in CPython, unchecked.
    if type_data(cls).has(TF_HEAPTYPE) {
        check_call_depth(vm)?;
    }
    let cls_v = Value::Obj(cls.clone());
    if cls.ptr_eq(&vm.types.type_) && args.len() == 1 && kw.is_empty() {
        return Ok(Value::Obj(vm.type_of(&args[0]).clone()));
    }
    let new = lookup(cls, vm.sym.new, &vm.sym_str(vm.sym.new));
    let obj = match new.as_ref().and_then(|n| n.payload()) {
        // object.__new__ (or no __new__): a plain instance of the right layout.
        None => new_instance(vm, cls),
        Some(Payload::Native(n)) if n.name == "object.__new__" => {
            let td = type_data(cls);
            if !args.is_empty() || !kw.is_empty() {
                let init = lookup(cls, vm.sym.init, &vm.sym_str(vm.sym.init));
                let init_is_object = matches!(init.as_ref().and_then(|i| i.payload()),
                    Some(Payload::Native(n)) if n.name == "object.__init__");
                if init_is_object {
                    return Err(vm.type_error(format!("{}() takes no arguments", td.name.borrow())));
                }
            }
            new_instance(vm, cls)
        }
        Some(_) => {
            let new = new.unwrap_or(Value::None);
            let f = match new.payload() {
                Some(Payload::StaticMethod(f)) => f.clone(),
                _ => new,
            };
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(cls_v.clone());
            full.extend(args.iter().cloned());
            let obj = vm.call(&f, full, kw)?;
            if !super::types::is_subtype(vm.type_of(&obj), cls) {
                return Ok(obj);
            }
            obj
        }
    };
    if let Some(init) = lookup(cls, vm.sym.init, &vm.sym_str(vm.sym.init)) {
        let is_object_init =
            matches!(init.payload(), Some(Payload::Native(n)) if n.name == "object.__init__");
        if !is_object_init {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(obj.clone());
            full.extend(args);
            let r = vm.call(&init, full, kw)?;
            if !r.is_none() {
                return Err(vm.type_error(format!(
                    "__init__() should return None, not '{}'",
                    vm.type_name(&r)
                )));
            }
        }
    }
    Ok(obj)
}

/// A fresh instance of a class whose `__new__` is `object.__new__`.
pub fn new_instance(vm: &Vm, cls: &ObjRef) -> Value {
    let base = match type_data(cls).layout {
        Layout::Exception => {
            return Value::Obj(new_exception_of(cls));
        }
        Layout::List => Base::List(Box::default()),
        Layout::Dict => Base::Dict(Box::new(RefCell::new(Dict::new()))),
        _ => Base::None,
    };
    let _ = vm;
    let td = type_data(cls);
    let obj = ObjRef::new_with(|| {
        Payload::Instance(Instance::with_room(
            cls.clone(),
            base,
            td.attr_hint.get() as usize,
        ))
    });
    if td.has(TF_HAS_SLOTS) && !td.has(TF_SLOTS_ONLY) {
        if let Payload::Instance(inst) = &obj.payload {
            // Slots use the inline table; other attributes get their own dict.
            inst.dict_object();
        }
    }
    Value::Obj(obj)
}

fn new_exception_of(cls: &ObjRef) -> ObjRef {
    new_exception(cls, vec![])
}
