//! Calling Python functions: creating function objects (defaults, closure
//! cells), binding arguments to parameter slots with CPython's error
//! messages, the recursion limit, and running comprehensions in their own
//! scope.

use std::cell::RefCell;
use std::mem::ManuallyDrop;
use std::rc::Rc;

use crate::runtime::dict::Dict;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::*;
use crate::runtime::{dictops, ops, Exc, PyResult, Value};
use crate::syntax::ast::*;
use crate::vm::Vm;

use super::expr::eval;
use super::stmt::exec_block;
use super::{Flow, Frame};

/// Evaluate defaults and capture cells: the `def`/`lambda` statement.
pub fn make_function(vm: &Vm, f: &mut Frame, def: &Rc<FunctionDef>) -> PyResult<Value> {
    let p = &def.params;
    let mut defaults = Vec::new();
    for param in p.posonly.iter().chain(p.args.iter()) {
        if let Some(d) = &param.default {
            defaults.push(eval(vm, f, d)?);
        }
    }
    let mut kwdefaults = Vec::with_capacity(p.kwonly.len());
    for param in &p.kwonly {
        kwdefaults.push(match &param.default {
            Some(d) => Some(eval(vm, f, d)?),
            None => None,
        });
    }
    let closure: Box<[ObjRef]> = def
        .scope
        .free_from_parent
        .iter()
        .map(|&i| f.cells[i as usize].clone())
        .collect();
    let annotations = eval_annotations(vm, f, def)?;
    let module = super::load_global(vm, f.globals, vm.sym.name).unwrap_or(Value::None);
    let doc = match def.body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Const(Constant::Str(s)),
            ..
        })) if !def.is_lambda => Value::str(&**s),
        _ => Value::None,
    };
    let (name, qualname) = crate::sema::mangle::demangle(&def.qualname, def.name.as_str())
        .unwrap_or_else(|| (def.name.as_str().to_owned(), def.qualname.clone()));
    let func = Function {
        def: def.clone(),
        source: f.source.clone(),
        tb_name: Rc::from(name.as_str()),
        globals: f.globals.clone(),
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(kwdefaults),
        closure,
        name: RefCell::new(Value::str(name.as_str())),
        qualname: RefCell::new(Value::str(qualname.as_str())),
        module,
        doc: RefCell::new(doc),
        attrs: RefCell::new(Dict::new()),
        annotations: RefCell::new(annotations),
    };
    Ok(Value::Obj(ObjRef::new(Payload::Function(Box::new(func)))))
}

/// A `def`'s parameter and return annotations, evaluated in source order
/// (`None` when it has none).
fn eval_annotations(vm: &Vm, f: &mut Frame, def: &FunctionDef) -> PyResult<Value> {
    let p = &def.params;
    let params = p
        .posonly
        .iter()
        .chain(&p.args)
        .chain(&p.vararg)
        .chain(&p.kwonly)
        .chain(&p.kwarg);
    let mut pairs = Vec::new();
    for param in params {
        if let Some(a) = &param.annotation {
            pairs.push((vm.sym_str(param.name), eval(vm, f, a)?));
        }
    }
    if let Some(r) = &def.returns {
        pairs.push((Value::str("return"), eval(vm, f, r)?));
    }
    if pairs.is_empty() {
        return Ok(Value::None);
    }
    let d = RefCell::new(Dict::new());
    for (k, v) in pairs {
        dictops::set(vm, &d, k, v)?;
    }
    Ok(Value::Obj(ObjRef::new(Payload::Dict(d))))
}

pub fn new_cell(v: Option<Value>) -> ObjRef {
    ObjRef::new(Payload::Cell(RefCell::new(v)))
}

/// Call a Python function object.
pub fn call_function(
    vm: &Vm,
    fobj: &ObjRef,
    func: &Function,
    args: Vec<Value>,
    kw: &[(Symbol, Value)],
) -> PyResult<Value> {
    let _ = fobj;
    let n = func.def.scope.n_locals as usize;
    let mut locals = vm.take_locals(n);
    if kw.is_empty()
        && is_simple(&func.def.params)
        && args.len() == positional_count(&func.def.params)
    {
        locals.extend(args.into_iter().map(Some));
        locals.resize(n, None);
    } else {
        locals.resize(n, None);
        bind_args(vm, func, &mut locals, args, kw)?;
    }
    run_frame(vm, func, locals)
}

/// `callee(arg)` for weak reference callbacks: a Python function with one
/// plain parameter gets its frame without an argument vector.
pub fn call_one(vm: &Vm, callee: &Value, arg: Value) -> PyResult<Value> {
    if let Some(Payload::Function(func)) = callee.payload() {
        let p = &func.def.params;
        if is_simple(p) && positional_count(p) == 1 {
            let n = func.def.scope.n_locals as usize;
            let mut locals = vm.take_locals(n);
            locals.push(Some(arg));
            locals.resize(n, None);
            return run_frame(vm, func, locals);
        }
    }
    vm.call(callee, vec![arg], &[])
}

/// No `*args`, `**kwargs` or keyword-only parameters.
#[inline]
pub fn is_simple(p: &Params) -> bool {
    p.vararg.is_none() && p.kwarg.is_none() && p.kwonly.is_empty()
}

#[inline]
pub fn positional_count(p: &Params) -> usize {
    p.posonly.len() + p.args.len()
}

/// Run a function body with its parameters already bound in `locals`.
pub fn run_frame(vm: &Vm, func: &Function, mut locals: Vec<Option<Value>>) -> PyResult<Value> {
    let def = &func.def;
    let scope = &def.scope;
    let depth = vm.depth.get();
    if depth >= vm.recursion_limit.get() || super::coro::stack_here() < vm.stack_floor.get() {
        return Err(recursion_error(vm));
    }
    let cells = if !scope.cellvars.is_empty() || !func.closure.is_empty() {
        frame_cells(vm, func, &mut locals)
    } else {
        Vec::new()
    };
    if scope.is_generator {
        return Ok(super::generator::make_function_generator(
            vm, func, locals, cells,
        ));
    }
    // Built in place (a `Frame::new` followed by field stores makes rustc
    // copy the whole frame).
    let mut frame = Frame {
        locals: ManuallyDrop::new(locals),
        cells: ManuallyDrop::new(cells),
        globals: &func.globals,
        namespace: None,
        source: &func.source,
        name: &func.tb_name,
        id: vm.new_frame_id(),
        iters: ManuallyDrop::default(),
        scope: Some(scope),
        gen: None,
    };
    vm.depth.set(depth + 1);
    let r = exec_block(vm, &mut frame, &def.body);
    vm.depth.set(depth);
    // Locals die first (in slot order), then cells, as CPython's frame clear.
    let mut locals = std::mem::take(&mut *frame.locals);
    if let Err(e) = &r {
        keep_frame(e, &mut locals, &mut frame);
    }
    vm.give_locals(locals);
    if frame.cells.capacity() != 0 {
        return_cells(vm, &mut frame);
    }
    // Nothing else in the frame holds Python values now; it drops in
    // place at the end (`drop(frame)` would copy it).
    frame.release();
    vm.safe_point();
    match r {
        Ok(Flow::Return(v)) => Ok(v),
        Ok(_) => Ok(Value::None),
        Err(e) => Err(e),
    }
}

#[cold]
#[inline(never)]
fn recursion_error(vm: &Vm) -> crate::runtime::Exc {
    vm.err(&vm.exc.recursion_error, "maximum recursion depth exceeded")
}

/// Release a finished frame's cells and keep their buffer for reuse.
#[inline(never)]
fn return_cells(vm: &Vm, frame: &mut Frame) {
    vm.give_cells(std::mem::take(&mut *frame.cells));
}

/// The cell objects of a frame whose function has cellvars or a closure:
/// fresh cells (parameters that are cells move into theirs), then the
/// closure's cells.
#[inline(never)]
fn frame_cells(vm: &Vm, func: &Function, locals: &mut [Option<Value>]) -> Vec<ObjRef> {
    let scope = &func.def.scope;
    let mut cells = vm.take_cells(scope.cellvars.len() + func.closure.len());
    for _ in 0..scope.cellvars.len() {
        cells.push(new_cell(None));
    }
    for &(slot, cell) in &scope.cell_params {
        if let (Some(v), Some(c)) = (
            locals.get_mut(slot as usize).and_then(|x| x.take()),
            cells.get(cell as usize),
        ) {
            if let Payload::Cell(c) = &c.payload {
                *c.borrow_mut() = Some(v);
            }
        }
    }
    cells.extend(func.closure.iter().cloned());
    cells
}

/// The exception's traceback keeps the frame alive (CPython's `tb_frame`):
/// its locals and cells die with the exception, not now.
#[inline(never)]
fn keep_frame(e: &crate::runtime::Exc, locals: &mut Vec<Option<Value>>, frame: &mut Frame) {
    let cells = std::mem::take(&mut *frame.cells);
    crate::runtime::exception::keep_frame(e, locals, cells);
}

fn fname(func: &Function) -> String {
    format!("{}()", func.qualname.borrow().as_str().unwrap_or("?"))
}

/// General argument binding (CPython's `_PyEval_MakeFrameVector` rules).
fn bind_args(
    vm: &Vm,
    func: &Function,
    locals: &mut [Option<Value>],
    mut args: Vec<Value>,
    kw: &[(Symbol, Value)],
) -> PyResult<()> {
    let p = &func.def.params;
    let npos = p.posonly.len() + p.args.len();
    let nkwonly = p.kwonly.len();
    // The surplus, moved out in one exact-size allocation (it becomes the
    // `*args` tuple as is).
    let mut extra_pos = if args.len() > npos {
        args.split_off(npos)
    } else {
        Vec::new()
    };
    for (slot, a) in locals.iter_mut().zip(args) {
        *slot = Some(a);
    }
    let vararg_slot = npos + nkwonly;
    let kwarg_slot = vararg_slot + p.vararg.is_some() as usize;
    if p.vararg.is_some() {
        locals[vararg_slot] = Some(ops::new_tuple(std::mem::take(&mut extra_pos)));
    } else if !extra_pos.is_empty() {
        let given = npos + extra_pos.len();
        let ndefaults = func.defaults.borrow().len();
        let expected = if ndefaults > 0 {
            // Negative when `__defaults__` was given too many values, as CPython prints it.
            format!("from {} to {}", npos as i64 - ndefaults as i64, npos)
        } else {
            npos.to_string()
        };
        return Err(vm.type_error(format!(
            "{} takes {} positional argument{} but {} {} given",
            fname(func),
            expected,
            if npos == 1 && ndefaults == 0 { "" } else { "s" },
            given,
            if given == 1 { "was" } else { "were" }
        )));
    }
    let kwdict = if p.kwarg.is_some() {
        Some(RefCell::new(Dict::new()))
    } else {
        None
    };
    for (name, v) in kw {
        let pos_index = p
            .args
            .iter()
            .position(|a| a.name == *name)
            .map(|i| i + p.posonly.len());
        let kw_index = p
            .kwonly
            .iter()
            .position(|a| a.name == *name)
            .map(|i| i + npos);
        match pos_index.or(kw_index) {
            Some(slot) => {
                if locals[slot].is_some() {
                    return Err(vm.type_error(format!(
                        "{} got multiple values for argument '{}'",
                        fname(func),
                        name
                    )));
                }
                locals[slot] = Some(v.clone());
            }
            None => match &kwdict {
                Some(d) => dictops::set(vm, d, vm.sym_str(*name), v.clone())?,
                None => {
                    if p.posonly.iter().any(|a| a.name == *name) {
                        return Err(vm.type_error(format!(
                            "{} got some positional-only arguments passed as keyword arguments: '{}'",
                            fname(func),
                            name
                        )));
                    }
                    return Err(vm.type_error(format!(
                        "{} got an unexpected keyword argument '{}'",
                        fname(func),
                        name
                    )));
                }
            },
        }
    }
    if let Some(d) = kwdict {
        locals[kwarg_slot] = Some(Value::Obj(ObjRef::new(Payload::Dict(d))));
    }
    // Defaults for missing positional parameters.
    let all_defaults = func.defaults.borrow();
    // `__defaults__` may have been given more values than there are
    // parameters: the last ones apply, as in CPython.
    let defaults = &all_defaults[all_defaults.len().saturating_sub(npos)..];
    let first_default = npos - defaults.len();
    let mut missing = Vec::new();
    for (i, slot) in locals.iter_mut().enumerate().take(npos) {
        if slot.is_none() {
            if i >= first_default {
                *slot = Some(defaults[i - first_default].clone());
            } else {
                let all: Vec<&Param> = p.posonly.iter().chain(p.args.iter()).collect();
                missing.push(all[i].name);
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_error(vm, func, "positional", &missing));
    }
    let kwdefaults = func.kwdefaults.borrow();
    for (i, param) in p.kwonly.iter().enumerate() {
        if locals[npos + i].is_none() {
            match kwdefaults.get(i).cloned().flatten() {
                Some(d) => locals[npos + i] = Some(d),
                None => missing.push(param.name),
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_error(vm, func, "keyword-only", &missing));
    }
    Ok(())
}

fn missing_error(vm: &Vm, func: &Function, kind: &str, names: &[Symbol]) -> Exc {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!(
            "{}, and {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    };
    vm.type_error(format!(
        "{} missing {} required {} argument{}: {}",
        fname(func),
        names.len(),
        kind,
        if names.len() == 1 { "" } else { "s" },
        list
    ))
}

/// Run a list/set/dict comprehension, or create a generator expression's
/// generator (lazy: only the first iterable is evaluated now).
pub fn run_comprehension(vm: &Vm, f: &mut Frame, c: &Rc<Comprehension>) -> PyResult<Value> {
    let Some(first) = c.generators.first() else {
        return Ok(Value::None);
    };
    let outer_iterable = eval(vm, f, &first.iter)?;
    let outer = ops::iter(vm, &outer_iterable)?;
    drop(outer_iterable);
    if c.kind == CompKind::Generator {
        return Ok(super::generator::make_genexpr(vm, f, c, outer));
    }
    let scope = &c.scope;
    let mut frame = Frame::new(vm, f.globals, f.source, f.name);
    frame.id = f.id;
    *frame.locals = vec![None; scope.n_locals.max(1) as usize];
    frame.locals[0] = Some(outer);
    let mut cells: Vec<ObjRef> = (0..scope.cellvars.len()).map(|_| new_cell(None)).collect();
    cells.extend(
        scope
            .free_from_parent
            .iter()
            .map(|&i| f.cells[i as usize].clone()),
    );
    *frame.cells = cells;
    frame.namespace = None;
    let mut out = CompOut::new(c.kind);
    comp_level(vm, &mut frame, c, 0, &mut out)?;
    out.finish(vm, c.kind)
}

/// The body of a generator expression: its loops, yielding each element.
pub fn comp_generator_body(vm: &Vm, f: &mut Frame, c: &Comprehension) -> PyResult<()> {
    comp_level(vm, f, c, 0, &mut CompOut::Yield)
}

enum CompOut {
    List(Vec<Value>),
    Dict(RefCell<Dict>),
    /// Generator expression: yield each element.
    Yield,
}

impl CompOut {
    fn new(kind: CompKind) -> CompOut {
        match kind {
            CompKind::Dict => CompOut::Dict(RefCell::new(Dict::new())),
            _ => CompOut::List(Vec::new()),
        }
    }
}

impl CompOut {
    fn finish(self, vm: &Vm, kind: CompKind) -> PyResult<Value> {
        match self {
            CompOut::Dict(d) => Ok(Value::Obj(ObjRef::new(Payload::Dict(d)))),
            CompOut::Yield => Ok(Value::None),
            CompOut::List(items) => match kind {
                CompKind::Set => crate::runtime::setops::new_set(vm, items),
                _ => Ok(ops::new_list(items)),
            },
        }
    }
}

fn comp_level(
    vm: &Vm,
    f: &mut Frame,
    c: &Comprehension,
    level: usize,
    out: &mut CompOut,
) -> PyResult<()> {
    let gen = &c.generators[level];
    let it = if level == 0 {
        f.locals[0].clone().unwrap_or(Value::None)
    } else {
        let iterable = eval(vm, f, &gen.iter)?;
        ops::iter(vm, &iterable)?
    };
    'items: while let Some(item) = ops::next(vm, &it)? {
        super::unpack::assign(vm, f, &gen.target, item)?;
        for cond in &gen.ifs {
            if !super::expr::test_truth(vm, f, cond)? {
                continue 'items;
            }
        }
        if level + 1 < c.generators.len() {
            comp_level(vm, f, c, level + 1, out)?;
        } else {
            match out {
                CompOut::List(items) => items.push(eval(vm, f, &c.elt)?),
                CompOut::Yield => {
                    let v = eval(vm, f, &c.elt)?;
                    super::generator::yield_value(vm, f, v)?;
                }
                CompOut::Dict(d) => {
                    let k = eval(vm, f, &c.elt)?;
                    let v = match &c.value {
                        Some(v) => eval(vm, f, v)?,
                        None => Value::None,
                    };
                    dictops::set(vm, d, k, v)?;
                }
            }
        }
    }
    Ok(())
}
