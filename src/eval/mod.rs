//! The evaluator: walks the resolved AST and runs it.
//!
//! Owns frames (`Frame`), statement completion (`Flow`), and running a
//! module. It is the only subsystem that runs user code; it calls
//! `Vm::safe_point` after each statement and each call so finalizers run at
//! the same points in the output as CPython's.
pub mod call;
pub mod class;
pub mod expr;
pub mod stmt;
pub mod unpack;

use std::rc::Rc;

use crate::runtime::exception::exc_data;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::{Payload, TraceEntry};
use crate::runtime::types::{dict_get_str, dict_set_str};
use crate::runtime::{Exc, PyResult, Value};
use crate::source::SourceFile;
use crate::syntax::ast::{Module, Span, Symbol};
use crate::vm::Vm;

/// How a statement finished.
pub enum Flow {
    Normal,
    Break,
    Continue,
    Return(Value),
}

pub type Exec = Result<Flow, Exc>;

/// One activation: a module, a function call, or a class body.
pub struct Frame<'a> {
    pub locals: Vec<Option<Value>>,
    /// Cell objects: this scope's cellvars, then its freevars.
    pub cells: Vec<ObjRef>,
    /// The module's globals dict object.
    pub globals: &'a ObjRef,
    /// Class-body namespace (for `NameLoc::Name`); `None` elsewhere, where
    /// `Name` falls back to globals.
    pub namespace: Option<ObjRef>,
    pub source: &'a Rc<SourceFile>,
    /// Function name for tracebacks (`<module>` at top level).
    pub name: Rc<str>,
    pub id: u64,
    /// The scope layout of the running function (for zero-argument `super()`).
    pub scope: Option<&'a crate::syntax::ast::ScopeInfo>,
}

impl<'a> Frame<'a> {
    pub fn new(vm: &Vm, globals: &'a ObjRef, source: &'a Rc<SourceFile>, name: Rc<str>) -> Frame<'a> {
        let id = vm.next_frame_id.get();
        vm.next_frame_id.set(id + 1);
        Frame {
            locals: Vec::new(),
            cells: Vec::new(),
            globals,
            namespace: None,
            source,
            name,
            id,
            scope: None,
        }
    }
}

/// Record that exception `e` passed through `frame` at `span` (once per frame).
pub fn add_trace(e: &Exc, frame: &Frame, span: Span) {
    if let Some(d) = exc_data(&e.0) {
        let mut d = d.borrow_mut();
        if d.traceback.last().is_some_and(|t| t.frame_id == frame.id) {
            return;
        }
        d.traceback.push(TraceEntry {
            source: frame.source.clone(),
            span,
            func_name: frame.name.clone(),
            frame_id: frame.id,
        });
    }
}

/// The dict inside a dict object.
pub fn dict_cell(o: &ObjRef) -> Option<&std::cell::RefCell<crate::runtime::dict::Dict>> {
    match &o.payload {
        Payload::Dict(d) => Some(d),
        _ => None,
    }
}

/// Read a global (then builtin) name.
pub fn load_global(vm: &Vm, globals: &ObjRef, name: Symbol) -> PyResult<Value> {
    let key = vm.sym_str(name);
    if let Some(d) = dict_cell(globals) {
        if let Some(v) = dict_get_str(&d.borrow(), &key) {
            return Ok(v);
        }
    }
    if let Some(d) = dict_cell(&vm.builtins) {
        if let Some(v) = dict_get_str(&d.borrow(), &key) {
            return Ok(v);
        }
    }
    Err(vm.err(&vm.exc.name_error, format!("name '{}' is not defined", name)))
}

pub fn store_global(vm: &Vm, globals: &ObjRef, name: Symbol, value: Value) {
    if let Some(d) = dict_cell(globals) {
        let old = dict_set_str(&mut d.borrow_mut(), vm.sym_str(name), value);
        drop(old);
    }
}

/// Create the globals dict of a new module named `name`.
pub fn new_globals(vm: &Vm, name: &str, file: Option<&str>) -> ObjRef {
    let g = ObjRef::new(Payload::Dict(std::cell::RefCell::new(crate::runtime::dict::Dict::new())));
    store_global(vm, &g, vm.sym.name, Value::str(name));
    store_global(vm, &g, vm.sym.doc, Value::None);
    store_global(vm, &g, vm.sym.builtins, Value::Obj(vm.builtins.clone()));
    if let Some(f) = file {
        store_global(vm, &g, vm.sym.file, Value::str(f));
    }
    g
}

/// Run a parsed and resolved module in `globals`.
pub fn run_module(vm: &Vm, module: &Module, globals: &ObjRef, source: &Rc<SourceFile>) -> PyResult<()> {
    let mut frame = Frame::new(vm, globals, source, "<module>".into());
    let r = stmt::exec_block(vm, &mut frame, &module.body);
    vm.safe_point();
    match r {
        Ok(_) => Ok(()),
        Err(e) => Err(e),
    }
}
