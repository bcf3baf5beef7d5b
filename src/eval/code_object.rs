//! Code objects (`type(compile(...))`, named `code`): `compile()` parses
//! and resolves its source once, and `exec`/`eval` run the resolved tree
//! as often as they are given the object.
//!
//! A code object keeps its tree resolved for globals that are also the
//! locals (names are global slots); the first run with a distinct locals
//! mapping (`exec(code, g, l)`) parses the text again and keeps a second
//! tree with names resolved as namespace lookups. The `code` type is made once per interpreter by
//! `install` and each code object holds it (so `type_of` needs no entry in
//! the registry of built-in types).

use std::cell::{OnceCell, RefCell};
use std::mem::ManuallyDrop;
use std::rc::Rc;

use crate::runtime::heap::ObjRef;
use crate::runtime::object::*;
use crate::runtime::{Exc, PyResult, Value};
use crate::source::SourceFile;
use crate::syntax::ast::Span;
use crate::syntax::ast::{Expr, Module, StmtKind};
use crate::vm::Vm;

use super::compile::located_error;
use super::{expr, stmt, Frame};

/// What `compile()` was asked to compile.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    /// One interactive statement: expression values are echoed.
    Single,
}

/// A resolved tree.
enum Body {
    Stmts(Module),
    Expr(Expr),
}

/// A `code` object.
pub struct CodeObj {
    /// The `code` type (see the module comment).
    pub ty: ObjRef,
    /// `co_filename` (the str object `compile()` made, returned each time).
    filename: Value,
    source: Rc<SourceFile>,
    name: Rc<str>,
    mode: Mode,
    /// The source text (what `source` shows may be blanked out).
    text: Box<str>,
    /// Resolved for globals that are the locals.
    body: Body,
    /// Resolved for a distinct locals mapping, made when first needed.
    namespace_body: OnceCell<Body>,
}

thread_local! {
    // ManuallyDrop: thread-local destructors must not drop Python objects.
    /// The `code` type of the running interpreter.
    static CODE_TYPE: ManuallyDrop<RefCell<Option<ObjRef>>> =
        const { ManuallyDrop::new(RefCell::new(None)) };
}

/// Make the `code` type with its attributes.
pub fn install(vm: &Vm) {
    let ty = crate::runtime::types::new_type(
        "code",
        vec![vm.types.object.clone()],
        Layout::Builtin,
        TF_WEAKREFABLE,
    );
    let getters: [(&'static str, NativeFn); 12] = [
        ("co_filename", co_filename),
        ("co_name", co_name),
        ("co_qualname", co_name),
        ("co_firstlineno", co_firstlineno),
        ("co_argcount", co_zero),
        ("co_posonlyargcount", co_zero),
        ("co_kwonlyargcount", co_zero),
        ("co_nlocals", co_zero),
        ("co_flags", co_zero),
        ("co_varnames", co_empty),
        ("co_freevars", co_empty),
        ("co_cellvars", co_empty),
    ];
    for (name, f) in getters {
        crate::builtins::set_type_attr(vm, &ty, name, crate::builtins::getter_property(name, f));
    }
    crate::builtins::add_methods(vm, &ty, "code", &[("__new__", code_new)]);
    let old = CODE_TYPE.with(|t| t.replace(Some(ty)));
    drop(old);
}

/// `code(...)`: building code objects from their parts is not supported
/// (CPython needs at least 16 of them).
fn code_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let n = args.pos.len().saturating_sub(1) + args.kw.len();
    if n < 16 {
        return Err(vm.type_error(format!("code expected at least 16 arguments, got {}", n)));
    }
    Err(vm.err(
        &vm.exc.not_implemented_error,
        "wisp cannot build code objects from their parts",
    ))
}

/// The code object `v` is, if it is one.
pub fn as_code(v: &Value) -> Option<&CodeObj> {
    match v.payload() {
        Some(Payload::Code(c)) => Some(c),
        _ => None,
    }
}

/// `repr(code)`, as CPython prints it.
pub fn repr(c: &CodeObj, addr: usize) -> String {
    let file = c.filename.as_str().unwrap_or("");
    format!(
        "<code object {} at {:#x}, file \"{}\", line 1>",
        c.name, addr, file
    )
}

fn this<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a CodeObj> {
    args.pos
        .first()
        .and_then(as_code)
        .ok_or_else(|| vm.type_error("descriptor requires a 'code' object"))
}

fn co_filename(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(this(vm, &args)?.filename.clone())
}

fn co_name(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::str(&*this(vm, &args)?.name))
}

fn co_firstlineno(vm: &Vm, args: Args) -> PyResult<Value> {
    this(vm, &args)?;
    Ok(Value::Int(1))
}

/// The counts (arguments, locals, flags) a module's code has none of.
fn co_zero(vm: &Vm, args: Args) -> PyResult<Value> {
    this(vm, &args)?;
    Ok(Value::Int(0))
}

/// The name tuples a module's code has empty.
fn co_empty(vm: &Vm, args: Args) -> PyResult<Value> {
    this(vm, &args)?;
    Ok(crate::runtime::ops::new_tuple(Vec::new()))
}

/// Build a code object from source text: parse and resolve now, so that
/// `compile()` raises the syntax errors.
pub fn compile_text(vm: &Vm, text: &str, filename: Value, mode: Mode) -> PyResult<Value> {
    let Some(ty) = CODE_TYPE.with(|t| t.borrow().clone()) else {
        return Err(vm.err(&vm.exc.system_error, "the code type is not set up"));
    };
    let fname = filename.as_str().unwrap_or("").to_owned();
    let err = |e: &crate::syntax::SyntaxError, exec_mode: bool, parsing: bool| {
        crate::runtime::syntax_exc::from_front_error(vm, e, text, &fname, exec_mode, parsing)
    };
    if mode == Mode::Eval {
        if let Some(e) = indented_expression(vm, text, &fname) {
            return Err(e);
        }
    }
    let body = build(text, mode, false).map_err(|(e, exec_mode, parsing)| {
        crate::runtime::syntax_exc::from_front_error(vm, &e, text, &fname, exec_mode, parsing)
    })?;
    if let Body::Stmts(m) = &body {
        if mode == Mode::Single {
            if m.body.is_empty() {
                return Err(empty_single(vm, text, &fname));
            }
            check_single(text, m).map_err(|e| err(&e, false, true))?;
        }
    }
    let source = Rc::new(SourceFile::new(fname.clone(), shown_text(&fname, text)));
    Ok(Value::Obj(ObjRef::new(Payload::Code(Box::new(CodeObj {
        ty,
        filename,
        source,
        name: "<module>".into(),
        mode,
        text: text.into(),
        body,
        namespace_body: OnceCell::new(),
    })))))
}

/// A front-end error, whether it is not in `'eval'` mode, and whether the
/// parser found it.
type BuildError = (crate::syntax::SyntaxError, bool, bool);

/// Parse and resolve `text`; `namespace`: top-level names are lookups in
/// a locals mapping distinct from the globals.
fn build(text: &str, mode: Mode, namespace: bool) -> Result<Body, BuildError> {
    if mode == Mode::Eval {
        let mut e = crate::syntax::parse_expression(text).map_err(|e| (e, false, true))?;
        let r = if namespace {
            crate::sema::resolve_expression_in_namespace(&mut e)
        } else {
            crate::sema::resolve_expression(&mut e)
        };
        r.map_err(|e| (e, false, false))?;
        Ok(Body::Expr(e))
    } else {
        let mut m = crate::syntax::parse_module(text).map_err(|e| (e, true, true))?;
        let r = if namespace {
            crate::sema::resolve_module_in_namespace(&mut m)
        } else {
            crate::sema::resolve_module(&mut m)
        };
        r.map_err(|e| (e, true, false))?;
        Ok(Body::Stmts(m))
    }
}

/// The text tracebacks show lines of. CPython reads them from the file the
/// code names (`linecache`), so there are none unless that file holds
/// this very source; blank lines keep every offset in place.
pub fn shown_text(filename: &str, text: &str) -> String {
    let is_file = !(filename.starts_with('<') && filename.ends_with('>'));
    if is_file && std::fs::read_to_string(filename).is_ok_and(|t| t == text) {
        return text.to_owned();
    }
    text.bytes()
        .map(|b| if b == b'\n' { '\n' } else { ' ' })
        .collect()
}

/// `compile(..., 'eval')` does not strip leading blanks as `eval()` does:
/// an indented first line is an IndentationError.
fn indented_expression(vm: &Vm, text: &str, filename: &str) -> Option<Exc> {
    let (i, line) = text.split_inclusive('\n').enumerate().find(|(_, l)| {
        let t = l.trim_start_matches([' ', '\t', '\x0c']);
        !t.is_empty() && !t.starts_with(['\n', '\r', '#'])
    })?;
    let indent = line.len() - line.trim_start_matches([' ', '\t', '\x0c']).len();
    if indent == 0 {
        return None;
    }
    let n = i as i64 + 1;
    Some(located_error(
        vm,
        &vm.exc.indentation_error,
        "unexpected indent",
        (filename, n, indent as i64, line, n, -1),
    ))
}

/// CPython's error for a `'single'` source with no statement: at the end
/// of its last line (an unexpected indent if that line is only blanks).
fn empty_single(vm: &Vm, text: &str, filename: &str) -> Exc {
    let last = text.split_inclusive('\n').next_back().unwrap_or("");
    let n = text.split_inclusive('\n').count() as i64;
    if !last.ends_with('\n') && !last.is_empty() && last.trim().is_empty() {
        return located_error(
            vm,
            &vm.exc.indentation_error,
            "unexpected indent",
            (filename, n, last.chars().count() as i64, last, n, -1),
        );
    }
    located_error(
        vm,
        &vm.exc.syntax_error,
        "invalid syntax",
        (filename, n, 0, last, n, 0),
    )
}

/// Mode `'single'` takes one statement: a compound one, or simple ones on
/// one line.
fn check_single(text: &str, m: &Module) -> Result<(), crate::syntax::SyntaxError> {
    let Some(first) = m.body.first() else {
        return Ok(());
    };
    let compound = matches!(
        first.kind,
        StmtKind::If { .. }
            | StmtKind::While { .. }
            | StmtKind::For { .. }
            | StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::Try { .. }
            | StmtKind::With { .. }
            | StmtKind::Match { .. }
    );
    let mut last = first;
    for s in &m.body[1..] {
        let between = text
            .get(last.span.end as usize..s.span.start as usize)
            .unwrap_or("")
            .replace("\\\r\n", "")
            .replace("\\\n", "");
        if compound {
            return Err(crate::syntax::SyntaxError::new("invalid syntax", s.span));
        }
        if between.contains('\n') {
            let from = last.span.end as usize;
            let nl = text
                .get(from..)
                .and_then(|t| t.find('\n'))
                .map_or(text.len(), |i| from + i);
            return Err(crate::syntax::SyntaxError::new(
                "multiple statements found while compiling a single statement",
                Span::new(nl, nl),
            ));
        }
        last = s;
    }
    Ok(())
}

/// Run a code object in `globals`, with `locals` its namespace when it is
/// not `globals` itself. `want_value`: called by `eval` (an expression's
/// value is returned; anything else gives None).
pub fn run(
    vm: &Vm,
    code: &CodeObj,
    globals: &ObjRef,
    locals: Option<ObjRef>,
    want_value: bool,
) -> PyResult<Value> {
    let body = if locals.is_some() {
        namespace_body(vm, code)?
    } else {
        &code.body
    };
    let mut frame = Frame::new(vm, globals, &code.source, &code.name);
    frame.namespace = locals;
    match body {
        Body::Expr(e) => {
            let v = expr::eval(vm, &mut frame, e)?;
            Ok(if want_value { v } else { Value::None })
        }
        Body::Stmts(m) => {
            if code.mode == Mode::Single {
                run_single(vm, &mut frame, m)?;
            } else {
                stmt::exec_block(vm, &mut frame, &m.body)?;
            }
            Ok(Value::None)
        }
    }
}

/// The tree resolved for a distinct locals mapping, made on first use.
fn namespace_body<'a>(vm: &Vm, code: &'a CodeObj) -> PyResult<&'a Body> {
    if code.namespace_body.get().is_none() {
        let body = build(&code.text, code.mode, true).map_err(|(e, exec_mode, parsing)| {
            let fname = code.filename.as_str().unwrap_or("");
            let text = &code.text;
            crate::runtime::syntax_exc::from_front_error(vm, &e, text, fname, exec_mode, parsing)
        })?;
        let _ = code.namespace_body.set(body);
    }
    code.namespace_body
        .get()
        .ok_or_else(|| vm.err(&vm.exc.system_error, "code object without a tree"))
}

/// Run an interactive statement: the value of each expression statement
/// that is not None goes to the display hook.
fn run_single(vm: &Vm, frame: &mut Frame, m: &Module) -> PyResult<()> {
    for s in &m.body {
        let r = match &s.kind {
            StmtKind::Expr(e) => expr::eval(vm, frame, e).and_then(|v| display(vm, v)),
            _ => stmt::exec_block(vm, frame, std::slice::from_ref(s)).map(|_| ()),
        };
        if let Err(e) = r {
            super::add_trace(&e, frame, s.span);
            return Err(e);
        }
    }
    Ok(())
}

/// CPython's default `sys.displayhook`: nothing for None; otherwise `_` is
/// cleared, the repr written, then `_` set to the value.
fn display(vm: &Vm, v: Value) -> PyResult<()> {
    if v.is_none() {
        return Ok(());
    }
    crate::builtins::set_builtin(vm, "_", Value::None);
    let text = crate::runtime::repr::repr(vm, &v)?;
    crate::builtins::io::write_stdout(&text);
    crate::builtins::io::write_stdout("\n");
    crate::builtins::set_builtin(vm, "_", v);
    Ok(())
}
