//! Library modules written in Python, embedded in the binary with
//! `include_str!` so one binary is the whole install.
//!
//! Owns the table of embedded sources and running one as a new module.

use std::rc::Rc;

use crate::runtime::heap::ObjRef;
use crate::runtime::object::{Module, Payload};
use crate::runtime::{PyResult, Value};
use crate::source::SourceFile;
use crate::vm::Vm;

/// (module name, source text) of every embedded module.
const SOURCES: &[(&str, &str)] = &[];

/// The embedded source of module `name`, if wisp ships one.
pub fn source_of(name: &str) -> Option<&'static str> {
    SOURCES.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// Compile and run an embedded module; it is registered in `sys.modules`
/// before its body runs (so circular imports see the partial module).
pub fn load(vm: &Vm, name: &str, text: &str) -> PyResult<Value> {
    let file = format!("<wisp stdlib>/{}.py", name.replace('.', "/"));
    let globals = crate::eval::new_globals(vm, name, Some(&file));
    let module = Value::Obj(ObjRef::new(Payload::Module(Box::new(Module {
        name: name.to_owned(),
        dict: globals.clone(),
    }))));
    vm.modules.borrow_mut().insert(name.to_owned(), module.clone());
    let src = Rc::new(SourceFile::new(file, text));
    let parsed = crate::syntax::parse_module(text).and_then(|mut m| crate::sema::resolve_module(&mut m).map(|_| m));
    let ast = match parsed {
        Ok(m) => m,
        Err(e) => {
            vm.modules.borrow_mut().remove(name);
            return Err(vm.err(&vm.exc.syntax_error, format!("{} (in embedded module {})", e.msg, name)));
        }
    };
    if let Err(e) = crate::eval::run_module(vm, &ast, &globals, &src) {
        vm.modules.borrow_mut().remove(name);
        return Err(e);
    }
    Ok(module)
}
