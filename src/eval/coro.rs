//! Stackful coroutines for generator bodies (the `corosensei` crate).
//!
//! Owns the generator object's layout (`GenObj`, `GenState`), the coroutine
//! type a generator body runs in, a small pool of reusable stacks, and the
//! one `unsafe` operation generators need: turning the interpreter pointer a
//! resume passes in back into `&Vm` (`VmPtr::get`). Semantics (send, throw,
//! close, `yield from`) live in `eval::generator`.
//!
//! Why a raw pointer: a coroutine body must be `'static`, yet it runs the
//! ordinary recursive evaluator, which takes `&Vm`. Every resume passes the
//! current `&Vm` as a `VmPtr`; `eval::generator::resume` checks that it is
//! the same interpreter the generator was started with before resuming, so
//! the body only ever runs while that `Vm` is borrowed by its caller.

use std::cell::{Cell, RefCell};

use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, Yielder};

use crate::runtime::{Exc, PyResult, Value};
use crate::vm::Vm;

/// Stack size per generator (address space; pages are committed as used).
/// The evaluator recurses on it; `vm.stack_floor` turns running low into
/// `RecursionError` instead of overflowing.
pub const GEN_STACK_SIZE: usize = 8 << 20;

/// Room kept free below the floor for the native code between two checks.
pub const GEN_STACK_MARGIN: usize = 256 << 10;

/// The lowest stack address Python calls may reach on a generator stack
/// whose body started at `top` (stacks grow down).
pub fn stack_floor(top: usize) -> usize {
    top.saturating_sub(GEN_STACK_SIZE - GEN_STACK_MARGIN)
}

/// The address of a local: where the stack currently is.
#[inline(always)]
pub fn stack_here() -> usize {
    let probe = 0u8;
    std::hint::black_box(&probe) as *const u8 as usize
}

/// What a resume sends into the body.
pub enum GenIn {
    /// `next()`/`send(value)`: the value of the pending `yield` expression.
    Send(Value),
    /// `throw(exc)`: raise at the pending `yield`.
    Throw(Exc),
}

/// The interpreter, passed across the coroutine boundary on every resume.
#[derive(Clone, Copy)]
pub struct VmPtr(*const Vm);

impl VmPtr {
    pub fn new(vm: &Vm) -> VmPtr {
        VmPtr(vm as *const Vm)
    }

    pub fn addr(self) -> usize {
        self.0 as usize
    }

    /// The interpreter this pointer was made from.
    pub fn get<'a>(self) -> &'a Vm {
        // SAFETY: a VmPtr is only made from a live `&Vm` by `resume`, which
        // holds that borrow while the coroutine runs, and checks before each
        // resume that the generator's interpreter is still at this address
        // (`GenObj::vm_addr`). The body therefore only dereferences it while
        // the `Vm` is alive and borrowed; between resumes it is not used.
        unsafe { &*self.0 }
    }
}

pub type Input = (VmPtr, GenIn);
pub type GenYielder = Yielder<Input, Value>;
pub type Co = Coroutine<Input, Value, PyResult<Value>, DefaultStack>;

/// The body of a generator, run on its coroutine's stack at the first resume.
pub type Body = Box<dyn FnOnce(&Vm, &GenYielder, GenIn) -> PyResult<Value>>;

pub enum GenState {
    /// Created, never resumed: no stack allocated yet.
    Fresh(Body),
    /// Suspended at a `yield`.
    Suspended(Box<Co>),
    /// Taken out while the body runs (re-entry is "already executing").
    Running,
    /// Returned or raised; the frame is gone.
    Done,
}

/// A generator object's payload.
/// A suspended generator's local slots and cells, moved out of its frame
/// while it is suspended so the cycle collector can see (and clear) them.
pub type SavedFrame =
    std::rc::Rc<RefCell<(Vec<Option<Value>>, Vec<crate::runtime::ObjRef>, Vec<Value>)>>;

pub struct GenObj {
    pub state: RefCell<GenState>,
    /// The frame's locals while suspended (see `SavedFrame`).
    pub saved: SavedFrame,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// The interpreter that may resume this generator.
    pub vm_addr: usize,
    pub started: Cell<bool>,
}

thread_local! {
    static STACKS: RefCell<Vec<DefaultStack>> = const { RefCell::new(Vec::new()) };
}

const POOL_MAX: usize = 16;

/// A coroutine running `body` on a pooled (or new) stack.
pub fn new_coroutine(body: Body) -> Result<Co, std::io::Error> {
    let stack = match STACKS.with(|s| s.borrow_mut().pop()) {
        Some(s) => s,
        None => DefaultStack::new(GEN_STACK_SIZE)?,
    };
    Ok(Coroutine::with_stack(
        stack,
        move |y: &GenYielder, (vmp, first): Input| body(vmp.get(), y, first),
    ))
}

/// A finished coroutine gives its stack back to the pool.
pub fn recycle(co: Co) {
    if co.done() {
        let stack = co.into_stack();
        STACKS.with(|s| {
            let mut s = s.borrow_mut();
            if s.len() < POOL_MAX {
                s.push(stack);
            }
        });
    }
}
