//! Generators: generator functions and generator expressions, `yield`,
//! `yield from`, and the generator object's methods (`__next__`, `send`,
//! `throw`, `close`) and finalization.
//!
//! A generator body runs the ordinary evaluator on its own coroutine stack
//! (`eval::coro`). `resume` switches to it and back; around each switch it
//! keeps the caller's call depth and the stack of exceptions being handled
//! intact, as CPython swaps `gi_exc_state`.

use std::rc::Rc;

use crate::runtime::exception::{exc_data, new_exception};
use crate::runtime::heap::ObjRef;
use crate::runtime::object::*;
use crate::runtime::{ops, Exc, PyResult, Value};
use crate::syntax::ast::*;
use crate::vm::Vm;

use super::coro::{self, Body, GenIn, GenObj, GenState, GenYielder, VmPtr};
use super::stmt::exec_block;
use super::{Flow, Frame};

/// What the running body needs to suspend itself.
pub struct GenCtx<'a> {
    pub yielder: &'a GenYielder,
    /// Where the frame's locals wait while the generator is suspended.
    pub saved: coro::SavedFrame,
    /// Length of `vm.handling` when the body was last resumed.
    pub hbase: std::cell::Cell<usize>,
    /// `vm.stack_floor` for this generator's stack.
    pub floor: usize,
}

impl<'a> GenCtx<'a> {
    fn new(vm: &Vm, yielder: &'a GenYielder, saved: coro::SavedFrame) -> GenCtx<'a> {
        let floor = coro::stack_floor(coro::stack_here());
        vm.stack_floor.set(floor);
        GenCtx {
            yielder,
            saved,
            hbase: std::cell::Cell::new(vm.handling.borrow().len()),
            floor,
        }
    }
}

/// How one resume ended.
pub enum Step {
    Yielded(Value),
    Returned(Value),
}

fn new_generator(
    vm: &Vm,
    body: Body,
    name: Value,
    qualname: Value,
    saved: coro::SavedFrame,
) -> Value {
    Value::Obj(ObjRef::new(Payload::Generator(Box::new(GenObj {
        state: std::cell::RefCell::new(GenState::Fresh(body)),
        saved,
        name: std::cell::RefCell::new(name),
        qualname: std::cell::RefCell::new(qualname),
        vm_addr: VmPtr::new(vm).addr(),
        started: std::cell::Cell::new(false),
    }))))
}

/// Calling a generator function: bind nothing more, return the generator.
pub fn make_function_generator(
    vm: &Vm,
    func: &Function,
    locals: Vec<Option<Value>>,
    cells: Vec<ObjRef>,
) -> Value {
    let def = func.def.clone();
    let source = func.source.clone();
    let globals = func.globals.clone();
    let tb_name = func.tb_name.clone();
    let saved: coro::SavedFrame = Default::default();
    let saved_in_body = saved.clone();
    let body: Body = Box::new(move |vm: &Vm, y: &GenYielder, first: GenIn| {
        let ctx = GenCtx::new(vm, y, saved_in_body);
        let mut frame = Frame::new(vm, &globals, &source, &tb_name);
        *frame.locals = locals;
        *frame.cells = cells;
        frame.scope = Some(&def.scope);
        frame.gen = Some(&ctx);
        let r = match first {
            GenIn::Send(_) => exec_block(vm, &mut frame, &def.body),
            GenIn::Throw(e) => Err(e),
        };
        finish_frame(vm, frame);
        match r {
            Ok(Flow::Return(v)) => Ok(v),
            Ok(_) => Ok(Value::None),
            Err(e) => Err(e),
        }
    });
    new_generator(
        vm,
        body,
        func.name.borrow().clone(),
        func.qualname.borrow().clone(),
        saved,
    )
}

fn finish_frame(vm: &Vm, mut frame: Frame) {
    let locals = std::mem::take(&mut *frame.locals);
    drop(locals);
    drop(frame);
    vm.safe_point();
}

/// A generator expression: the first iterable is already an iterator
/// (evaluated in the enclosing scope); the rest runs lazily.
pub fn make_genexpr(vm: &Vm, f: &Frame, c: &Rc<Comprehension>, outer: Value) -> Value {
    let c2 = c.clone();
    let globals = f.globals.clone();
    let source = f.source.clone();
    let scope = &c.scope;
    let mut cells: Vec<ObjRef> = (0..scope.cellvars.len())
        .map(|_| super::call::new_cell(None))
        .collect();
    cells.extend(
        scope
            .free_from_parent
            .iter()
            .map(|&i| f.cells[i as usize].clone()),
    );
    let n = scope.n_locals.max(1) as usize;
    let genexpr_name: Rc<str> = Rc::from("<genexpr>");
    let saved: coro::SavedFrame = Default::default();
    let saved_in_body = saved.clone();
    let body: Body = Box::new(move |vm: &Vm, y: &GenYielder, first: GenIn| {
        let ctx = GenCtx::new(vm, y, saved_in_body);
        let mut frame = Frame::new(vm, &globals, &source, &genexpr_name);
        *frame.locals = vec![None; n];
        frame.locals[0] = Some(outer);
        *frame.cells = cells;
        frame.gen = Some(&ctx);
        let r = match first {
            GenIn::Send(_) => super::call::comp_generator_body(vm, &mut frame, &c2),
            GenIn::Throw(e) => Err(e),
        };
        finish_frame(vm, frame);
        r.map(|_| Value::None)
    });
    let qual = Value::str(c.qualname.as_str());
    new_generator(vm, body, Value::str("<genexpr>"), qual, saved)
}

/// Suspend the running body at a `yield`: returns the sent value, or the
/// thrown exception as an error.
pub fn yield_value(vm: &Vm, f: &mut Frame, v: Value) -> PyResult<Value> {
    let Some(ctx) = f.gen else {
        return Err(vm.err(&vm.exc.syntax_error, "'yield' outside function"));
    };
    // While suspended, the locals live where the cycle collector sees them.
    {
        let mut s = ctx.saved.borrow_mut();
        std::mem::swap(&mut s.0, &mut f.locals);
        std::mem::swap(&mut s.1, &mut f.cells);
        std::mem::swap(&mut s.2, &mut *f.iters);
    }
    let saved = {
        let mut h = vm.handling.borrow_mut();
        let base = ctx.hbase.get().min(h.len());
        h.split_off(base)
    };
    // `resume` accounts for this frame in the call depth on both sides.
    let (_, input) = ctx.yielder.suspend(v);
    vm.stack_floor.set(ctx.floor);
    {
        let mut s = ctx.saved.borrow_mut();
        std::mem::swap(&mut s.0, &mut f.locals);
        std::mem::swap(&mut s.1, &mut f.cells);
        std::mem::swap(&mut s.2, &mut *f.iters);
    }
    {
        let mut h = vm.handling.borrow_mut();
        ctx.hbase.set(h.len());
        h.extend(saved);
    }
    match input {
        GenIn::Send(x) => Ok(x),
        GenIn::Throw(e) => Err(e),
    }
}

fn gen_of(v: &Value) -> Option<&GenObj> {
    match v.payload() {
        Some(Payload::Generator(g)) => Some(g),
        _ => None,
    }
}

/// Resume generator `gv` with `input`.
pub fn resume(vm: &Vm, gv: &Value, input: GenIn) -> PyResult<Step> {
    let Some(g) = gen_of(gv) else {
        return Err(vm.type_error("not a generator"));
    };
    if g.vm_addr != VmPtr::new(vm).addr() {
        return Err(vm.runtime_error("generator belongs to another interpreter"));
    }
    let state = std::mem::replace(&mut *g.state.borrow_mut(), GenState::Running);
    let co = match state {
        GenState::Running => return Err(vm.value_error("generator already executing")),
        GenState::Done => {
            *g.state.borrow_mut() = GenState::Done;
            return match input {
                GenIn::Send(_) => Err(vm.stop_iteration()),
                GenIn::Throw(e) => Err(e),
            };
        }
        GenState::Fresh(body) => {
            if let GenIn::Send(v) = &input {
                if !v.is_none() {
                    *g.state.borrow_mut() = GenState::Fresh(body);
                    return Err(
                        vm.type_error("can't send non-None value to a just-started generator")
                    );
                }
            }
            if let GenIn::Throw(e) = input {
                // Thrown before the first line: the generator ends there.
                *g.state.borrow_mut() = GenState::Done;
                drop(body);
                return Err(e);
            }
            match coro::new_coroutine(body) {
                Ok(co) => Box::new(co),
                Err(_) => {
                    *g.state.borrow_mut() = GenState::Done;
                    return Err(vm.err(&vm.exc.memory_error, "cannot allocate a generator stack"));
                }
            }
        }
        GenState::Suspended(co) => co,
    };
    g.started.set(true);
    let mut co = co;
    let depth = vm.depth.get();
    let floor = vm.stack_floor.get();
    vm.depth.set(depth + 1);
    let r = co.resume((VmPtr::new(vm), input));
    vm.depth.set(depth);
    vm.stack_floor.set(floor);
    match r {
        corosensei::CoroutineResult::Yield(v) => {
            *g.state.borrow_mut() = GenState::Suspended(co);
            Ok(Step::Yielded(v))
        }
        corosensei::CoroutineResult::Return(res) => {
            *g.state.borrow_mut() = GenState::Done;
            coro::recycle(*co);
            match res {
                Ok(v) => Ok(Step::Returned(v)),
                Err(e) if vm.exc_matches(&e, &vm.exc.stop_iteration) => {
                    // PEP 479: StopIteration must not leak out of a generator.
                    let rt = vm.runtime_error("generator raised StopIteration");
                    if let Some(d) = exc_data(&rt.0) {
                        let mut d = d.borrow_mut();
                        d.cause = Some(Value::Obj(e.0.clone()));
                        d.context = Some(Value::Obj(e.0.clone()));
                        d.suppress_context = true;
                    }
                    Err(rt)
                }
                Err(e) => Err(e),
            }
        }
    }
}

/// `StopIteration(value)` (no args when the value is None).
pub fn stop_iteration_with(vm: &Vm, v: Value) -> Exc {
    if v.is_none() {
        vm.stop_iteration()
    } else {
        Exc(new_exception(&vm.exc.stop_iteration, vec![v]))
    }
}

/// `next(gen)` for the iteration protocol: `None` when exhausted.
pub fn gen_next(vm: &Vm, gv: &Value) -> PyResult<Option<Value>> {
    match resume(vm, gv, GenIn::Send(Value::None)) {
        Ok(Step::Yielded(v)) => Ok(Some(v)),
        Ok(Step::Returned(_)) => Ok(None),
        Err(e) if vm.exc_matches(&e, &vm.exc.stop_iteration) && gen_done(gv) => Ok(None),
        Err(e) => Err(e),
    }
}

fn gen_done(gv: &Value) -> bool {
    gen_of(gv).is_some_and(|g| matches!(*g.state.borrow(), GenState::Done))
}

fn step_to_result(vm: &Vm, s: PyResult<Step>) -> PyResult<Value> {
    match s? {
        Step::Yielded(v) => Ok(v),
        Step::Returned(v) => Err(stop_iteration_with(vm, v)),
    }
}

/// The value carried by a StopIteration.
fn stop_value(e: &Exc) -> Value {
    let args = crate::runtime::exception::exc_args(&e.0);
    args.into_iter().next().unwrap_or(Value::None)
}

/// Advance any iterator for `yield from`, passing `input` on.
fn delegate_step(vm: &Vm, it: &Value, input: GenIn) -> PyResult<Step> {
    if gen_of(it).is_some() {
        return resume(vm, it, input);
    }
    let r = match input {
        GenIn::Send(Value::None) => match it.payload() {
            Some(Payload::Iter(_)) => {
                return Ok(match ops::next(vm, it)? {
                    Some(v) => Step::Yielded(v),
                    None => Step::Returned(Value::None),
                })
            }
            _ => match vm.call_special(it, vm.sym.next, &[]) {
                Some(r) => r,
                None => {
                    Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))))
                }
            },
        },
        GenIn::Send(v) => {
            let m = crate::runtime::attr::get_attr(vm, it, crate::syntax::intern::intern("send"))?;
            vm.call(&m, vec![v], &[])
        }
        GenIn::Throw(e) => {
            if vm.exc_matches(&e, &vm.exc.generator_exit) {
                if let Ok(close) =
                    crate::runtime::attr::get_attr(vm, it, crate::syntax::intern::intern("close"))
                {
                    vm.call(&close, vec![], &[])?;
                }
                return Err(e);
            }
            match crate::runtime::attr::get_attr(vm, it, crate::syntax::intern::intern("throw")) {
                Ok(m) => vm.call(&m, vec![Value::Obj(e.0.clone())], &[]),
                Err(_) => Err(e),
            }
        }
    };
    match r {
        Ok(v) => Ok(Step::Yielded(v)),
        Err(e) if vm.exc_matches(&e, &vm.exc.stop_iteration) => Ok(Step::Returned(stop_value(&e))),
        Err(e) => Err(e),
    }
}

/// `yield from iterable` inside a running body.
pub fn yield_from(vm: &Vm, f: &mut Frame, iterable: Value) -> PyResult<Value> {
    let it = ops::iter(vm, &iterable)?;
    drop(iterable);
    let mut input = GenIn::Send(Value::None);
    loop {
        let step = match input {
            GenIn::Throw(e)
                if gen_of(&it).is_some() && vm.exc_matches(&e, &vm.exc.generator_exit) =>
            {
                // Close the sub-generator, then raise GeneratorExit here.
                close(vm, &it)?;
                return Err(e);
            }
            other => delegate_step(vm, &it, other),
        };
        match step {
            Ok(Step::Yielded(v)) => {
                input = match yield_value(vm, f, v) {
                    Ok(x) => GenIn::Send(x),
                    Err(e) => GenIn::Throw(e),
                };
            }
            Ok(Step::Returned(v)) => return Ok(v),
            Err(e)
                if vm.exc_matches(&e, &vm.exc.stop_iteration)
                    && gen_of(&it).is_some()
                    && gen_done(&it) =>
            {
                return Ok(stop_value(&e));
            }
            Err(e) => return Err(e),
        }
    }
}

/// `gen.close()`.
pub fn close(vm: &Vm, gv: &Value) -> PyResult<()> {
    let Some(g) = gen_of(gv) else { return Ok(()) };
    let (running, suspended) = {
        let st = g.state.borrow();
        (
            matches!(*st, GenState::Running),
            matches!(*st, GenState::Suspended(_)),
        )
    };
    if running {
        return Err(vm.value_error("generator already executing"));
    }
    if suspended {
        return close_suspended(vm, gv);
    }
    let old = std::mem::replace(&mut *g.state.borrow_mut(), GenState::Done);
    drop(old);
    Ok(())
}

fn close_suspended(vm: &Vm, gv: &Value) -> PyResult<()> {
    let exit = Exc(new_exception(&vm.exc.generator_exit, vec![]));
    match resume(vm, gv, GenIn::Throw(exit)) {
        Ok(Step::Yielded(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
        Ok(Step::Returned(_)) => Ok(()),
        Err(e)
            if vm.exc_matches(&e, &vm.exc.generator_exit)
                || vm.exc_matches(&e, &vm.exc.stop_iteration) =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// Does this generator need `close()` when it dies (suspended mid-body)?
pub fn needs_finalize(g: &GenObj) -> bool {
    matches!(&*g.state.borrow(), GenState::Suspended(_))
}

/// Run from the pending queue when a suspended generator died.
pub fn finalize(vm: &Vm, gv: &Value) {
    if let Err(e) = close(vm, gv) {
        crate::error::traceback::print_unraisable(vm, &e, Some(gv));
    }
}

/// `<generator object f at 0x...>`
pub fn repr(g: &GenObj, addr: usize) -> String {
    let q = g.qualname.borrow();
    format!(
        "<generator object {} at {:#x}>",
        q.as_str().unwrap_or("?"),
        addr
    )
}

// ---- methods ---------------------------------------------------------------

fn self_gen<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a Value> {
    match args.pos.first() {
        Some(v) if gen_of(v).is_some() => Ok(v),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

fn m_next(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = self_gen(vm, &args)?;
    step_to_result(vm, resume(vm, g, GenIn::Send(Value::None)))
}

fn m_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(self_gen(vm, &args)?.clone())
}

fn m_send(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = self_gen(vm, &args)?;
    crate::builtins::arity(
        vm,
        "send",
        &Args {
            pos: &args.pos[1..],
            kw: args.kw,
        },
        1,
        1,
    )?;
    step_to_result(vm, resume(vm, g, GenIn::Send(args.pos[1].clone())))
}

fn m_throw(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = self_gen(vm, &args)?;
    let rest = &args.pos[1..];
    if rest.is_empty() || rest.len() > 3 {
        return Err(vm.type_error(format!(
            "throw expected at least 1 argument, got {}",
            rest.len()
        )));
    }
    let typ = rest[0].clone();
    let val = rest.get(1).cloned().unwrap_or(Value::None);
    let e = if matches!(typ.payload(), Some(Payload::Type(_))) {
        let cls = typ
            .as_obj()
            .cloned()
            .unwrap_or_else(|| vm.exc.type_error.clone());
        if !crate::runtime::types::is_subtype(&cls, &vm.exc.base_exception) {
            return Err(vm.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                vm.type_name(&typ)
            )));
        }
        if !val.is_none() && crate::runtime::types::is_subtype(vm.type_of(&val), &cls) {
            Exc(val.as_obj().cloned().unwrap_or(cls))
        } else {
            let a = match (&val, val.payload()) {
                (Value::None, _) => vec![],
                (_, Some(Payload::Tuple(t))) => t.to_vec(),
                _ => vec![val.clone()],
            };
            super::stmt::make_exception(vm, vm.call(&typ, a, &[])?)?
        }
    } else {
        match &typ {
            Value::Obj(o) if exc_data(o).is_some() => {
                if !val.is_none() {
                    return Err(vm.type_error("instance exception may not have a separate value"));
                }
                Exc(o.clone())
            }
            _ => {
                return Err(vm.type_error(format!(
                    "exceptions must be classes or instances deriving from BaseException, not {}",
                    vm.type_name(&typ)
                )))
            }
        }
    };
    step_to_result(vm, resume(vm, g, GenIn::Throw(e)))
}

fn m_close(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = self_gen(vm, &args)?;
    close(vm, g).map(|_| Value::None)
}

pub fn install(vm: &Vm) {
    crate::builtins::add_methods(
        vm,
        &vm.types.generator,
        "generator",
        &[
            ("__next__", m_next),
            ("__iter__", m_iter),
            ("send", m_send),
            ("throw", m_throw),
            ("close", m_close),
        ],
    );
}

/// `gen.__name__`, `gen.__qualname__`, `gi_running`.
pub fn special_attr(vm: &Vm, g: &GenObj, name: Symbol) -> Option<Value> {
    if name == vm.sym.name {
        return Some(g.name.borrow().clone());
    }
    if name == vm.sym.qualname {
        return Some(g.qualname.borrow().clone());
    }
    match name.as_str() {
        "gi_running" => Some(Value::Bool(matches!(*g.state.borrow(), GenState::Running))),
        _ => None,
    }
}
