//! The evaluator: walks the resolved AST and runs it.
//!
//! Owns frames (`Frame`), statement completion (`Flow`), and running a
//! module. It is the only subsystem that runs user code; it calls
//! `Vm::safe_point` after each statement and each call so finalizers run at
//! the same points in the output as CPython's.
pub mod attr_fast;
pub mod call;
pub mod callsite;
pub mod class;
pub mod code_object;
pub mod compile;
pub mod coro;
pub mod dynamic;
pub mod except_star;
pub mod expr;
pub mod generator;
pub mod patterns;
pub mod stmt;
pub mod unpack;
pub mod with;

use std::mem::ManuallyDrop;
use std::rc::Rc;

use crate::runtime::exception::exc_data;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::{Payload, TraceEntry};
use crate::runtime::types::dict_set_str;
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
///
/// The three vectors are `ManuallyDrop` only so that dropping a frame whose
/// vectors are empty (the usual case at a function's return) costs a test
/// instead of three out-of-line drop calls: `Drop for Frame` releases them,
/// in field order.
pub struct Frame<'a> {
    pub locals: ManuallyDrop<Vec<Option<Value>>>,
    /// Cell objects: this scope's cellvars, then its freevars.
    pub cells: ManuallyDrop<Vec<ObjRef>>,
    /// The module's globals dict object.
    pub globals: &'a ObjRef,
    /// Class-body namespace (for `NameLoc::Name`); `None` elsewhere, where
    /// `Name` falls back to globals.
    pub namespace: Option<ObjRef>,
    pub source: &'a Rc<SourceFile>,
    /// Function name for tracebacks (`<module>` at top level).
    pub name: &'a Rc<str>,
    pub id: u64,
    /// Iterators of the `for` loops running in this frame, innermost last.
    pub iters: ManuallyDrop<Vec<Value>>,
    /// The scope layout of the running function (for zero-argument `super()`).
    pub scope: Option<&'a crate::syntax::ast::ScopeInfo>,
    /// Set while running a generator body: how to suspend it.
    pub gen: Option<&'a generator::GenCtx<'a>>,
}

impl<'a> Frame<'a> {
    pub fn new(
        vm: &Vm,
        globals: &'a ObjRef,
        source: &'a Rc<SourceFile>,
        name: &'a Rc<str>,
    ) -> Frame<'a> {
        let id = vm.new_frame_id();
        Frame {
            locals: ManuallyDrop::default(),
            cells: ManuallyDrop::default(),
            globals,
            namespace: None,
            source,
            name,
            id,
            iters: ManuallyDrop::default(),
            scope: None,
            gen: None,
        }
    }
}

impl Frame<'_> {
    /// Release what the frame holds now, in CPython's order: locals (in
    /// slot order), cells, the class namespace, then loop iterators.
    #[inline]
    pub fn release(&mut self) {
        if self.locals.capacity() != 0 {
            drop(std::mem::take(&mut *self.locals));
        }
        if self.cells.capacity() != 0 {
            drop(std::mem::take(&mut *self.cells));
        }
        drop(self.namespace.take());
        if self.iters.capacity() != 0 {
            drop(std::mem::take(&mut *self.iters));
        }
    }
}

impl Drop for Frame<'_> {
    fn drop(&mut self) {
        self.release();
    }
}

/// Record that exception `e` passed through `frame` at `span` (once per frame).
#[cold]
#[inline(never)]
pub fn add_trace(e: &Exc, frame: &Frame, span: Span) {
    if let Some(d) = exc_data(&e.0) {
        let mut d = d.borrow_mut();
        if d.traceback.last().is_some_and(|t| t.frame_id == frame.id)
            || d.group
                .as_ref()
                .is_some_and(|g| g.reraised_in == Some(frame.id))
        {
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

/// Where a global name was last found: valid while neither dict's layout
/// (`Dict::version`) has changed.
#[derive(Clone, Copy, Default)]
pub struct GlobalCacheEntry {
    globals: usize,
    globals_version: u64,
    builtins_version: u64,
    in_builtins: bool,
    slot: u32,
}

/// Read a global (then builtin) name.
#[inline]
pub fn load_global(vm: &Vm, globals: &ObjRef, name: Symbol) -> PyResult<Value> {
    let (Some(g), Some(b)) = (dict_cell(globals), dict_cell(&vm.builtins)) else {
        return Err(vm.err(
            &vm.exc.name_error,
            format!("name '{}' is not defined", name),
        ));
    };
    let cached = vm.global_cache.borrow().get(name.index()).copied();
    if let Some(e) = cached {
        if e.globals == globals.addr() {
            let gd = g.borrow();
            if gd.version == e.globals_version {
                if !e.in_builtins {
                    if let Some(entry) = gd.entry(e.slot as usize) {
                        return Ok(entry.value.clone());
                    }
                } else {
                    let bd = b.borrow();
                    if bd.version == e.builtins_version {
                        if let Some(entry) = bd.entry(e.slot as usize) {
                            return Ok(entry.value.clone());
                        }
                    }
                }
            }
        }
    }
    load_global_slow(vm, globals, g, b, name)
}

/// Read a global (then builtin) name at a `GlobalName` site, through the
/// site's memo of where it was found last time.
#[inline]
pub fn load_global_at(
    vm: &Vm,
    f: &Frame,
    name: Symbol,
    site: &crate::syntax::ast::GlobalSite,
) -> PyResult<Value> {
    if let Some(g) = dict_cell(f.globals) {
        let gd = g.borrow();
        if gd.version == site.globals_version.get() {
            if !site.in_builtins.get() {
                if let Some(entry) = gd.entry(site.slot.get() as usize) {
                    return Ok(entry.value.clone());
                }
            } else if let Some(b) = dict_cell(&vm.builtins) {
                let bd = b.borrow();
                if bd.version == site.builtins_version.get() {
                    if let Some(entry) = bd.entry(site.slot.get() as usize) {
                        return Ok(entry.value.clone());
                    }
                }
            }
        }
    }
    load_global_at_slow(vm, f, name, site)
}

/// Run `read` on the value a `GlobalName` site's memo says the globals
/// dict holds (looked at in place, not counted). `None` when the memo is
/// stale or says the name is a builtin. (`load_global_at` makes the same
/// check inline, where it also covers builtins.)
#[inline(always)]
pub fn with_memo_global<R>(
    f: &Frame,
    site: &crate::syntax::ast::GlobalSite,
    read: impl FnOnce(&Value) -> R,
) -> Option<R> {
    let gd = dict_cell(f.globals)?.borrow();
    if gd.version != site.globals_version.get() || site.in_builtins.get() {
        return None;
    }
    gd.entry(site.slot.get() as usize).map(|e| read(&e.value))
}

#[inline(never)]
fn load_global_at_slow(
    vm: &Vm,
    f: &Frame,
    name: Symbol,
    site: &crate::syntax::ast::GlobalSite,
) -> PyResult<Value> {
    let v = load_global(vm, f.globals, name).map_err(|e| {
        if f.scope.is_some() {
            name_error(vm, f.globals, name, local_names(f))
        } else {
            e
        }
    })?;
    // `load_global` has just filled the shared per-name entry.
    if let Some(e) = vm.global_cache.borrow().get(name.index()) {
        site.globals_version.set(e.globals_version);
        site.builtins_version.set(e.builtins_version);
        site.slot.set(e.slot);
        site.in_builtins.set(e.in_builtins);
    }
    Ok(v)
}

fn load_global_slow(
    vm: &Vm,
    globals: &ObjRef,
    g: &std::cell::RefCell<crate::runtime::dict::Dict>,
    b: &std::cell::RefCell<crate::runtime::dict::Dict>,
    name: Symbol,
) -> PyResult<Value> {
    let key = vm.sym_str(name);
    let hash = crate::runtime::types::str_hash(&key);
    let text = key.as_str();
    let eq = |k: &Value| k.is(&key) || (k.as_str().is_some() && k.as_str() == text);
    let found = {
        let gd = g.borrow();
        match gd.find(hash, eq) {
            Some(slot) => Some((false, slot, gd.entry(slot).map(|e| e.value.clone()))),
            None => {
                let bd = b.borrow();
                bd.find(hash, eq)
                    .map(|slot| (true, slot, bd.entry(slot).map(|e| e.value.clone())))
            }
        }
    };
    match found {
        Some((in_builtins, slot, Some(v))) => {
            let entry = GlobalCacheEntry {
                globals: globals.addr(),
                globals_version: g.borrow().version,
                builtins_version: b.borrow().version,
                in_builtins,
                slot: slot as u32,
            };
            let mut cache = vm.global_cache.borrow_mut();
            if cache.len() <= name.index() {
                cache.resize(name.index() + 1, GlobalCacheEntry::default());
            }
            cache[name.index()] = entry;
            Ok(v)
        }
        _ => Err(name_error(vm, globals, name, Vec::new())),
    }
}

/// `NameError: name 'x' is not defined`, remembering where to look for a
/// suggestion (the frame's local names, then its globals and builtins).
pub fn name_error(vm: &Vm, globals: &ObjRef, name: Symbol, locals: Vec<String>) -> Exc {
    let e = vm.err(
        &vm.exc.name_error,
        format!("name '{}' is not defined", name),
    );
    crate::runtime::exception::with_suggestion(
        e,
        crate::error::suggest::SuggestContext::Name {
            name: name.as_str().to_owned(),
            locals,
            globals: globals.clone(),
        },
    )
}

/// The names of a frame's locals, for suggestions.
pub fn local_names(f: &Frame) -> Vec<String> {
    let Some(scope) = f.scope else {
        return Vec::new();
    };
    scope
        .local_names
        .iter()
        .chain(scope.cellvars.iter())
        .chain(scope.freevars.iter())
        .map(|s| s.as_str().to_owned())
        .collect()
}

pub fn store_global(vm: &Vm, globals: &ObjRef, name: Symbol, value: Value) {
    if let Some(d) = dict_cell(globals) {
        let old = dict_set_str(&mut d.borrow_mut(), vm.sym_str(name), value);
        drop(old);
    }
}

/// Create the globals dict of a new module named `name`.
pub fn new_globals(vm: &Vm, name: &str, file: Option<&str>) -> ObjRef {
    let g = ObjRef::new(Payload::Dict(std::cell::RefCell::new(
        crate::runtime::dict::Dict::new(),
    )));
    store_global(vm, &g, vm.sym.name, Value::str(name));
    store_global(vm, &g, vm.sym.doc, Value::None);
    store_global(vm, &g, vm.sym.builtins, Value::Obj(vm.builtins.clone()));
    if let Some(f) = file {
        store_global(vm, &g, vm.sym.file, Value::str(f));
    }
    g
}

/// Run a parsed and resolved module in `globals`.
pub fn run_module(
    vm: &Vm,
    module: &Module,
    globals: &ObjRef,
    source: &Rc<SourceFile>,
) -> PyResult<()> {
    let name: Rc<str> = "<module>".into();
    let mut frame = Frame::new(vm, globals, source, &name);
    let r = stmt::exec_block(vm, &mut frame, &module.body);
    vm.safe_point();
    match r {
        Ok(_) => Ok(()),
        Err(e) => Err(e),
    }
}

/// Run one interactive input (REPL semantics): like `run_module`, but the
/// value of each top-level expression statement that is not `None` is
/// passed to `echo` (which prints its repr and binds `builtins._`).
pub fn run_interactive(
    vm: &Vm,
    module: &Module,
    globals: &ObjRef,
    source: &Rc<SourceFile>,
    echo: &dyn Fn(&Vm, Value) -> PyResult<()>,
) -> PyResult<()> {
    let name: Rc<str> = "<module>".into();
    let mut frame = Frame::new(vm, globals, source, &name);
    for s in &module.body {
        let r =
            match &s.kind {
                crate::syntax::ast::StmtKind::Expr(e) => expr::eval(vm, &mut frame, e)
                    .and_then(|v| if v.is_none() { Ok(()) } else { echo(vm, v) }),
                _ => stmt::exec_block(vm, &mut frame, std::slice::from_ref(s)).map(|_| ()),
            };
        if let Err(e) = r {
            add_trace(&e, &frame, s.span);
            vm.safe_point();
            return Err(e);
        }
        vm.safe_point();
    }
    Ok(())
}
