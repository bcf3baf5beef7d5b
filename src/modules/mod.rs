//! Importing modules: built-in native modules (`sys`, `gc`, `weakref`,
//! `math`, ...) and, later, library modules written in Python under
//! `stdlib/` embedded in the binary.
//!
//! Owns the `sys.modules` cache (`Vm::modules`) and module creation.
pub mod abc_native;
pub mod atexit;
pub mod cmath;
pub mod cmath_trig;
pub mod finalize_native;
pub mod gc;
pub mod math;
pub mod random;
pub mod re;
pub mod stdlib;
pub mod sys;
pub mod time;
pub mod weakref_native;
pub mod weakvaluedict_native;

use crate::runtime::heap::ObjRef;
use crate::runtime::object::{Module, Payload};
use crate::runtime::{PyResult, Value};
use crate::vm::Vm;

/// A new module object with an empty namespace.
pub fn new_module(vm: &Vm, name: &str) -> Value {
    let globals = crate::eval::new_globals(vm, name, None);
    Value::Obj(ObjRef::new(Payload::Module(Box::new(Module {
        name: name.to_owned(),
        dict: globals,
    }))))
}

/// Set an attribute in a module's namespace.
pub fn set_attr(vm: &Vm, module: &Value, name: &str, v: Value) {
    if let Some(Payload::Module(m)) = module.payload() {
        crate::eval::store_global(vm, &m.dict, crate::syntax::intern::intern(name), v);
    }
}

/// Import `name` (dotted names import each package in turn) and return the
/// top-level module, as `import a.b` binds `a`.
pub fn import(vm: &Vm, name: &str) -> PyResult<Value> {
    let top = name.split('.').next().unwrap_or(name);
    let m = load(vm, top)?;
    if name.contains('.') {
        load(vm, name)?;
    }
    Ok(m)
}

/// The module named exactly `name` (already imported by `import`).
pub fn import_leaf(vm: &Vm, name: &str) -> PyResult<Value> {
    load(vm, name)
}

fn load(vm: &Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = vm.modules.borrow().get(name) {
        return Ok(m.clone());
    }
    let m = load_new(vm, name)?;
    // `import a.b` makes `b` an attribute of the package `a`.
    if let Some((parent, leaf)) = name.rsplit_once('.') {
        let parent = vm.modules.borrow().get(parent).cloned();
        if let Some(p) = parent {
            set_attr(vm, &p, leaf, m.clone());
        }
    }
    Ok(m)
}

/// Create or run module `name`, which is not imported yet.
fn load_new(vm: &Vm, name: &str) -> PyResult<Value> {
    let m = match name {
        "sys" => sys::create(vm),
        "math" => math::create(vm),
        "cmath" => cmath::create(vm),
        "atexit" => atexit::create(vm),
        "time" => time::create(vm),
        "_random" => random::create(vm),
        "_sre" => re::create(vm),
        "builtins" => Value::Obj(ObjRef::new(Payload::Module(Box::new(Module {
            name: "builtins".into(),
            dict: vm.builtins.clone(),
        })))),
        "_weakref" => weakref_native::create(vm),
        "gc" => gc::create(vm),
        "_abc" => abc_native::create(vm),
        _ => {
            if let Some(text) = stdlib::source_of(name) {
                return stdlib::load(vm, name, text);
            }
            if let Some((file, text)) = find_on_path(vm, name) {
                return stdlib::load_source(vm, name, &file, &text);
            }
            return Err(vm.err(
                &vm.exc.module_not_found_error,
                format!("No module named '{}'", name),
            ));
        }
    };
    vm.modules.borrow_mut().insert(name.to_owned(), m.clone());
    Ok(m)
}

/// Look for `name.py` in the directories of `sys.path` (the script's
/// directory first).
fn find_on_path(vm: &Vm, name: &str) -> Option<(String, String)> {
    let rel = name.replace('.', "/");
    let dirs: Vec<String> = vm.search_path.borrow().clone();
    for dir in dirs {
        for candidate in [
            format!("{}/{}.py", dir, rel),
            format!("{}/{}/__init__.py", dir, rel),
        ] {
            let path = std::path::Path::new(&candidate);
            if path.is_file() {
                let text = std::fs::read_to_string(path).ok()?;
                let abs = std::path::absolute(path)
                    .map(|p| p.display().to_string())
                    .unwrap_or(candidate.clone());
                return Some((abs, text));
            }
        }
    }
    None
}
