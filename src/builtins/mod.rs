//! The `builtins` namespace: installs built-in functions, type objects,
//! exception classes and the methods of every built-in type.
//!
//! Owns `install` (run once by `Vm::new`) and the helpers that wrap Rust
//! functions as Python callables. The functions themselves live in the
//! submodules; type methods live beside their types in `runtime/`.
pub mod convert;
pub mod descriptors;
pub mod exceptions;
pub mod format;
pub mod functions;
pub mod io;
pub mod iterate;
pub mod methods;
pub mod small_types;

use crate::runtime::heap::ObjRef;
use crate::runtime::object::*;
use crate::runtime::types::{dict_set_str, type_data};
use crate::runtime::{PyResult, Value};
use crate::vm::Vm;

pub use format::{ascii_of, format_value};

/// A free-standing built-in function.
pub fn native(name: &'static str, func: NativeFn) -> Value {
    Value::Obj(ObjRef::new(Payload::Native(Box::new(NativeFunction {
        name,
        func,
        bound_self: None,
        owner: None,
    }))))
}

/// A read-only property whose getter is the native `func` (CPython's
/// getset descriptors such as `int.real` or `weakref.__callback__`).
pub fn getter_property(name: &'static str, func: NativeFn) -> Value {
    Value::Obj(ObjRef::new(Payload::Property(Box::new(PropertyObj {
        parts: [native(name, func), Value::None, Value::None, Value::None],
        name: std::cell::RefCell::new(Value::str(name)),
        builtin: true,
    }))))
}

/// Add methods to a built-in type's dict.
pub fn add_methods(
    vm: &Vm,
    ty: &ObjRef,
    owner: &'static str,
    methods: &[(&'static str, NativeFn)],
) {
    let td = type_data(ty);
    let mut d = td.dict.borrow_mut();
    for (name, func) in methods {
        dict_set_str(&mut d, vm.intern_str(name), method(name, *func, owner));
    }
}

/// A native method of `owner` (binds to its instances like a function).
fn method(name: &'static str, func: NativeFn, owner: &'static str) -> Value {
    Value::Obj(ObjRef::new(Payload::Native(Box::new(NativeFunction {
        name,
        func,
        bound_self: None,
        owner: Some(owner),
    }))))
}

/// Install native methods on a class made by Python code (through
/// `setattr`, so the class's caches and flags see them).
pub fn install_methods(
    vm: &Vm,
    cls: &Value,
    owner: &'static str,
    methods: &[(&'static str, NativeFn)],
) -> PyResult<()> {
    for (name, func) in methods {
        let m = method(name, *func, owner);
        crate::runtime::attr::set_attr(vm, cls, crate::syntax::intern::intern(name), m)?;
    }
    Ok(())
}

/// Set a plain attribute in a type's dict.
pub fn set_type_attr(vm: &Vm, ty: &ObjRef, name: &str, v: Value) {
    let old = dict_set_str(&mut type_data(ty).dict.borrow_mut(), vm.intern_str(name), v);
    drop(old);
}

/// Bind a name in the builtins namespace.
pub fn set_builtin(vm: &Vm, name: &str, v: Value) {
    if let Payload::Dict(d) = &vm.builtins.payload {
        let old = dict_set_str(&mut d.borrow_mut(), vm.intern_str(name), v);
        drop(old);
    }
}

/// Check the positional argument count of a native.
pub fn arity(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos.len();
    if n < min || n > max {
        let msg = if min == max {
            match min {
                0 => format!("{}() takes no arguments ({} given)", name, n),
                1 => format!("{}() takes exactly one argument ({} given)", name, n),
                _ => format!("{}() takes exactly {} arguments ({} given)", name, min, n),
            }
        } else if n < min {
            format!(
                "{} expected at least {} argument{}, got {}",
                name,
                min,
                if min == 1 { "" } else { "s" },
                n
            )
        } else {
            format!(
                "{} expected at most {} argument{}, got {}",
                name,
                max,
                if max == 1 { "" } else { "s" },
                n
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

/// Reject keyword arguments for a native that takes none.
pub fn no_kwargs(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    Ok(())
}

/// A keyword argument by name.
pub fn kwarg<'a>(args: &'a Args, name: &str) -> Option<&'a Value> {
    args.kw
        .iter()
        .find(|(k, _)| k.as_str() == name)
        .map(|(_, v)| v)
}

pub fn install(vm: &Vm) {
    let t = &vm.types;
    for (name, ty) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("float", &t.float),
        ("complex", &t.complex),
        ("bool", &t.bool),
        ("str", &t.str),
        ("bytes", &t.bytes),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("reversed", &t.reversed),
        ("map", &t.map),
        ("filter", &t.filter),
    ] {
        set_builtin(vm, name, Value::Obj(ty.clone()));
    }
    for (name, cls) in vm.exc.all() {
        set_builtin(vm, name, Value::Obj(cls));
    }
    set_builtin(vm, "EnvironmentError", Value::Obj(vm.exc.os_error.clone()));
    set_builtin(vm, "IOError", Value::Obj(vm.exc.os_error.clone()));
    set_builtin(vm, "NotImplemented", vm.not_implemented.clone());
    set_builtin(vm, "Ellipsis", vm.ellipsis.clone());
    set_builtin(vm, "__name__", Value::str("builtins"));
    functions::install(vm);
    iterate::install(vm);
    methods::install(vm);
    small_types::install(vm);
    io::install(vm);
    convert::install(vm);
    crate::runtime::install_type_methods(vm);
}
