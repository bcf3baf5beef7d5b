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
const SOURCES: &[(&str, &str)] = &[
    ("weakref", include_str!("../../stdlib/weakref.py")),
    ("abc", include_str!("../../stdlib/abc.py")),
    ("contextlib", include_str!("../../stdlib/contextlib.py")),
    ("pprint", include_str!("../../stdlib/pprint.py")),
    ("bisect", include_str!("../../stdlib/bisect.py")),
    ("collections", include_str!("../../stdlib/collections.py")),
    (
        "collections.abc",
        include_str!("../../stdlib/collections/abc.py"),
    ),
    ("copy", include_str!("../../stdlib/copy.py")),
    ("functools", include_str!("../../stdlib/functools.py")),
    ("heapq", include_str!("../../stdlib/heapq.py")),
    ("itertools", include_str!("../../stdlib/itertools.py")),
    ("keyword", include_str!("../../stdlib/keyword.py")),
    ("operator", include_str!("../../stdlib/operator.py")),
    ("random", include_str!("../../stdlib/random.py")),
    ("string", include_str!("../../stdlib/string.py")),
    ("dataclasses", include_str!("../../stdlib/dataclasses.py")),
    ("enum", include_str!("../../stdlib/enum.py")),
    ("typing", include_str!("../../stdlib/typing.py")),
    ("re", include_str!("../../stdlib/re.py")),
];

/// The embedded source of module `name`, if wisp ships one.
///
/// For developing the library, `WISP_STDLIB_DIR=dir` makes wisp read
/// `dir/NAME.py` instead of the embedded copy when that file exists (the
/// text is leaked: each module is loaded at most once per import).
pub fn source_of(name: &str) -> Option<&'static str> {
    let embedded = SOURCES.iter().find(|(n, _)| *n == name).map(|(_, s)| *s);
    if let Some(dir) = std::env::var_os("WISP_STDLIB_DIR") {
        let path = std::path::Path::new(&dir).join(format!("{}.py", name.replace('.', "/")));
        if let Ok(text) = std::fs::read_to_string(path) {
            return Some(Box::leak(text.into_boxed_str()));
        }
    }
    embedded
}

/// Compile and run an embedded module; it is registered in `sys.modules`
/// before its body runs (so circular imports see the partial module).
pub fn load(vm: &Vm, name: &str, text: &str) -> PyResult<Value> {
    let file = format!("<wisp stdlib>/{}.py", name.replace('.', "/"));
    load_source(vm, name, &file, text)
}

/// Run `text` (read from `file`) as the body of a new module `name`.
pub fn load_source(vm: &Vm, name: &str, file: &str, text: &str) -> PyResult<Value> {
    let file = file.to_owned();
    let globals = crate::eval::new_globals(vm, name, Some(&file));
    let module = Value::Obj(ObjRef::new(Payload::Module(Box::new(Module {
        name: name.to_owned(),
        dict: globals.clone(),
    }))));
    vm.modules
        .borrow_mut()
        .insert(name.to_owned(), module.clone());
    let src = Rc::new(SourceFile::new(file.clone(), text));
    let parsed = crate::syntax::parse_module(text)
        .and_then(|mut m| crate::sema::resolve_module(&mut m).map(|_| m));
    let ast = match parsed {
        Ok(m) => m,
        Err(e) => {
            vm.modules.borrow_mut().remove(name);
            let src = SourceFile::new(file.clone(), text);
            let line = src.line_of(e.span.start);
            return Err(vm.err(
                &vm.exc.syntax_error,
                format!("{} ({}, line {})", e.msg, file, line),
            ));
        }
    };
    if let Err(e) = crate::eval::run_module(vm, &ast, &globals, &src) {
        vm.modules.borrow_mut().remove(name);
        return Err(e);
    }
    Ok(module)
}
