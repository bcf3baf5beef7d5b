//! Built-ins that need the calling frame: `exec`, `eval`, `globals`,
//! `locals`; plus `__import__` and `compile` (`eval::compile`, making the
//! code objects of `eval::code_object`, which `exec` and `eval` run).
//!
//! `eval_call` routes calls of these natives here with the caller's frame,
//! because a native function never sees frames.

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::dict::Dict;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::*;
use crate::runtime::types::dict_get_str;
use crate::runtime::{dictops, Exc, PyResult, Value};
use crate::source::SourceFile;
use crate::syntax::ast::Symbol;
use crate::vm::Vm;

use super::{code_object, expr, stmt, Frame};

/// Names of the frame-aware built-ins (the natives are placeholders).
const FRAME_BUILTINS: [&str; 4] = ["exec", "eval", "globals", "locals"];

pub fn install(vm: &Vm) {
    for name in FRAME_BUILTINS {
        crate::builtins::set_builtin(vm, name, crate::builtins::native(name, outside_frame));
    }
    crate::builtins::set_builtin(
        vm,
        "__import__",
        crate::builtins::native("__import__", import),
    );
    crate::builtins::set_builtin(
        vm,
        "compile",
        crate::builtins::native("compile", super::compile::compile),
    );
    super::code_object::install(vm);
}

/// Called without a frame (e.g. through `map(eval, ...)`): run at module
/// level of `__main__`.
fn outside_frame(vm: &Vm, _args: Args) -> PyResult<Value> {
    Err(vm.err(
        &vm.exc.not_implemented_error,
        "wisp supports exec/eval/globals/locals only when called directly",
    ))
}

fn import(vm: &Vm, args: Args) -> PyResult<Value> {
    let Some(name) = args.pos.first().and_then(|v| v.as_str()) else {
        return Err(vm.type_error("__import__() argument 1 must be str"));
    };
    crate::modules::import(vm, name)
}

/// Is `callee` one of the frame-aware built-ins? Returns its name.
#[inline]
pub fn frame_builtin(callee: &Value) -> Option<&'static str> {
    match callee.payload() {
        Some(Payload::Native(n))
            if n.owner.is_none()
                && n.bound_self.is_none()
                // FRAME_BUILTINS, spelled out so no string compare runs
                // for the other built-ins.
                && matches!(n.name, "exec" | "eval" | "globals" | "locals") =>
        {
            Some(n.name)
        }
        _ => None,
    }
}

pub fn call(
    vm: &Vm,
    f: &mut Frame,
    name: &str,
    pos: Vec<Value>,
    kw: &[(Symbol, Value)],
) -> PyResult<Value> {
    let arg = |i: usize, kname: &str| -> Option<Value> {
        pos.get(i).cloned().or_else(|| {
            kw.iter()
                .find(|(k, _)| k.as_str() == kname)
                .map(|(_, v)| v.clone())
        })
    };
    match name {
        "globals" => {
            crate::builtins::arity(vm, "globals", &Args { pos: &pos, kw }, 0, 0)?;
            Ok(Value::Obj(f.globals.clone()))
        }
        "locals" => {
            crate::builtins::arity(vm, "locals", &Args { pos: &pos, kw }, 0, 0)?;
            locals_of(vm, f)
        }
        _ => {
            if pos.is_empty() && arg(0, "source").is_none() {
                return Err(vm.type_error(format!(
                    "{}() missing required argument 'source' (pos 1)",
                    name
                )));
            }
            let src = arg(0, "source").unwrap_or(Value::None);
            let globals = arg(1, "globals").filter(|v| !v.is_none());
            let locals = arg(2, "locals").filter(|v| !v.is_none());
            run(vm, f, name == "exec", src, globals, locals)
        }
    }
}

/// `locals()`: the namespace in module and class bodies; a snapshot dict
/// of the fast locals and cells in functions.
fn locals_of(vm: &Vm, f: &Frame) -> PyResult<Value> {
    if let Some(ns) = &f.namespace {
        return Ok(Value::Obj(ns.clone()));
    }
    let Some(scope) = f.scope else {
        return Ok(Value::Obj(f.globals.clone()));
    };
    let d = RefCell::new(Dict::new());
    for (i, name) in scope.local_names.iter().enumerate() {
        if let Some(Some(v)) = f.locals.get(i) {
            dictops::set(vm, &d, vm.sym_str(*name), v.clone())?;
        }
    }
    let cell_names = scope.cellvars.iter().chain(scope.freevars.iter());
    for (cell, name) in f.cells.iter().zip(cell_names) {
        if let Payload::Cell(c) = &cell.payload {
            let v = c.borrow().clone();
            if let Some(v) = v {
                dictops::set(vm, &d, vm.sym_str(*name), v)?;
            }
        }
    }
    Ok(Value::Obj(ObjRef::new(Payload::Dict(d))))
}

/// A front-end error in `source` as a Python `SyntaxError` (or subclass);
/// `parsing` says the parser found it (CPython then fills `text`).
fn syntax_error(
    vm: &Vm,
    e: &crate::syntax::SyntaxError,
    source: &str,
    exec_mode: bool,
    parsing: bool,
) -> Exc {
    crate::runtime::syntax_exc::from_front_error(vm, e, source, "<string>", exec_mode, parsing)
}

fn run(
    vm: &Vm,
    f: &mut Frame,
    is_exec: bool,
    src: Value,
    globals: Option<Value>,
    locals: Option<Value>,
) -> PyResult<Value> {
    let code = super::code_object::as_code(&src).is_some();
    let text = if code {
        String::new()
    } else {
        let what = if is_exec { "exec()" } else { "eval()" };
        let what = (what, "string, bytes or code object");
        super::compile::source_text(vm, &src, what, "<string>", is_exec)?
    };
    let (globals, locals) = match (globals, locals) {
        (None, None) => {
            let l = locals_of(vm, f)?;
            (f.globals.clone(), l)
        }
        (Some(g), l) => {
            let Some(go) = g
                .as_obj()
                .filter(|o| matches!(o.payload, Payload::Dict(_)))
                .cloned()
            else {
                return Err(vm.type_error(if is_exec {
                    format!("exec() globals must be a dict, not {}", vm.type_name(&g))
                } else {
                    "globals must be a real dict; try eval(expr, {}, mapping)".to_owned()
                }));
            };
            let l = l.unwrap_or_else(|| g.clone());
            (go, l)
        }
        (None, Some(l)) => (f.globals.clone(), l),
    };
    if let Some(d) = super::dict_cell(&globals) {
        let key = vm.sym_str(vm.sym.builtins);
        let has = dict_get_str(&d.borrow(), &key).is_some();
        if !has {
            super::store_global(
                vm,
                &globals,
                vm.sym.builtins,
                Value::Obj(vm.builtins.clone()),
            );
        }
    }
    let Some(lo) = locals
        .as_obj()
        .filter(|o| matches!(o.payload, Payload::Dict(_)))
        .cloned()
    else {
        let mapping = matches!(locals.payload(), Some(Payload::Instance(_)));
        return Err(vm.type_error(if mapping {
            "locals must be a dict in wisp"
        } else {
            "locals must be a mapping"
        }));
    };
    let same = lo.ptr_eq(&globals);
    if let Some(code) = super::code_object::as_code(&src) {
        let locals = if same { None } else { Some(lo) };
        return super::code_object::run(vm, code, &globals, locals, !is_exec);
    }
    // CPython's compiler counts its own nesting against what is left of the
    // recursion limit, so it fails first when a recursion goes through
    // exec/eval ("... during compilation").
    if vm.depth.get().saturating_add(2) >= vm.recursion_limit.get() {
        return Err(vm.err(
            &vm.exc.recursion_error,
            "maximum recursion depth exceeded during compilation",
        ));
    }
    let frame_name: Rc<str> = "<module>".into();
    let shown = |t: &str| {
        Rc::new(SourceFile::new(
            "<string>",
            code_object::shown_text("<string>", t),
        ))
    };
    if is_exec {
        let source = shown(&text);
        let mut frame = Frame::new(vm, &globals, &source, &frame_name);
        if !same {
            frame.namespace = Some(lo);
        }
        let mut module = crate::syntax::parse_module(&text)
            .map_err(|e| syntax_error(vm, &e, &text, true, true))?;
        let r = if same {
            crate::sema::resolve_module(&mut module)
        } else {
            crate::sema::resolve_module_in_namespace(&mut module)
        };
        r.map_err(|e| syntax_error(vm, &e, &text, true, false))?;
        stmt::exec_block(vm, &mut frame, &module.body)?;
        Ok(Value::None)
    } else {
        let trimmed = text.trim_start_matches([' ', '\t']);
        let source = shown(trimmed);
        let mut frame = Frame::new(vm, &globals, &source, &frame_name);
        if !same {
            frame.namespace = Some(lo);
        }
        let mut e = crate::syntax::parse_expression(trimmed)
            .map_err(|e| syntax_error(vm, &e, trimmed, false, true))?;
        let r = if same {
            crate::sema::resolve_expression(&mut e)
        } else {
            crate::sema::resolve_expression_in_namespace(&mut e)
        };
        r.map_err(|e| syntax_error(vm, &e, trimmed, false, false))?;
        expr::eval(vm, &mut frame, &e)
    }
}
