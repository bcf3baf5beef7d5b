//! The heap: reference-counted object handles. The only module with `unsafe`.
//!
//! Owns: allocation of [`HeapObj`] boxes, the reference count, and what
//! happens when a count reaches zero. It must not run user code: an object
//! that needs a finalizer (`__del__`) or has weak references with callbacks is
//! put on the *pending* queue, which the evaluator drains at safe points
//! (`drain_pending` is called by `eval`, never from here).
//!
//! Invariants (each `unsafe` block relies on them):
//! 1. Every `ObjRef` points at a live `HeapObj` allocated by `Box` in
//!    [`ObjRef::new`]; the box is freed exactly once, by [`free`], when the
//!    count is zero and no finalizer needs to run.
//! 2. `refcnt` equals the number of live `ObjRef` values pointing at the
//!    object (plus one while it sits on the pending queue, which holds an
//!    `ObjRef`). `WeakPtr` does not count.
//! 3. Freeing never recurses deeper than `MAX_FREE_DEPTH`: deeper objects go
//!    to the trashcan list and are freed iteratively by the outermost call.

use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

use super::object::Payload;

/// Object flags.
pub const FLAG_FINALIZED: u8 = 1;
/// The object is in the cycle collector's tracked set.
pub const FLAG_TRACKED: u8 = 2;

/// Per-object header. Lives in front of every payload.
pub struct Header {
    refcnt: Cell<usize>,
    flags: Cell<u8>,
    /// Weak references pointing here (owned by `runtime::weakref`); `None`
    /// when there are none.
    pub weaklist: RefCell<Option<Box<Vec<WeakPtr>>>>,
}

pub struct HeapObj {
    pub header: Header,
    pub payload: Payload,
}

impl HeapObj {
    #[inline]
    pub fn has_flag(&self, flag: u8) -> bool {
        self.header.flags.get() & flag != 0
    }
    #[inline]
    pub fn refcount(&self) -> usize {
        self.header.refcnt.get()
    }
    pub fn addr(&self) -> usize {
        self as *const HeapObj as usize
    }
}

/// A strong, counted handle to a heap object.
pub struct ObjRef {
    ptr: NonNull<HeapObj>,
}

/// An uncounted pointer to a heap object: used by weak references and the
/// cycle collector. Dereferencing requires knowing the object is alive.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct WeakPtr(NonNull<HeapObj>);

impl ObjRef {
    /// Allocate a new object with count 1.
    pub fn new(payload: Payload) -> ObjRef {
        let obj = Box::new(HeapObj {
            header: Header {
                refcnt: Cell::new(1),
                flags: Cell::new(0),
                weaklist: RefCell::new(None),
            },
            payload,
        });
        LIVE.with(|c| c.set(c.get() + 1));
        ObjRef {
            ptr: NonNull::from(Box::leak(obj)),
        }
    }

    /// Identity: the address, as `id()` shows it.
    #[inline]
    pub fn addr(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    #[inline]
    pub fn ptr_eq(&self, other: &ObjRef) -> bool {
        self.ptr == other.ptr
    }

    #[inline]
    pub fn refcount(&self) -> usize {
        self.header.refcnt.get()
    }

    #[inline]
    pub fn has_flag(&self, flag: u8) -> bool {
        self.header.flags.get() & flag != 0
    }

    pub fn set_flag(&self, flag: u8, on: bool) {
        let f = self.header.flags.get();
        self.header.flags.set(if on { f | flag } else { f & !flag });
    }

    pub fn downgrade(&self) -> WeakPtr {
        WeakPtr(self.ptr)
    }
}

impl WeakPtr {
    /// Upgrade to a strong handle.
    ///
    /// The caller promises the object is still allocated (e.g. a weak
    /// reference that is cleared before its referent is freed).
    pub fn upgrade_alive(self) -> ObjRef {
        // SAFETY: by the caller's promise the box is live; taking a new
        // strong handle increments the count (invariant 2).
        unsafe {
            let h = &(*self.0.as_ptr()).header;
            h.refcnt.set(h.refcnt.get() + 1);
        }
        ObjRef { ptr: self.0 }
    }

    pub fn addr(self) -> usize {
        self.0.as_ptr() as usize
    }
}

impl std::ops::Deref for ObjRef {
    type Target = HeapObj;
    #[inline]
    fn deref(&self) -> &HeapObj {
        // SAFETY: invariant 1 — the object lives while any ObjRef exists.
        unsafe { self.ptr.as_ref() }
    }
}

impl Clone for ObjRef {
    #[inline]
    fn clone(&self) -> ObjRef {
        let h = &self.header;
        h.refcnt.set(h.refcnt.get() + 1);
        ObjRef { ptr: self.ptr }
    }
}

impl Drop for ObjRef {
    #[inline]
    fn drop(&mut self) {
        let h = &self.header;
        let n = h.refcnt.get() - 1;
        h.refcnt.set(n);
        if n == 0 {
            object_died(self.ptr);
        }
    }
}

impl std::fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<obj {:#x}>", self.addr())
    }
}

/// Work that must run user code after an object died; drained by the evaluator.
pub enum Pending {
    /// Call `__del__` on this (resurrected, count held by this handle) object.
    Finalize(ObjRef),
    /// Call this dead weak reference's callback.
    Callback(ObjRef),
}

const MAX_FREE_DEPTH: u32 = 64;

thread_local! {
    /// Items produced since the last drain step, in production order.
    // ManuallyDrop: thread-local destructors must not drop Python objects.
    static PRODUCED: std::mem::ManuallyDrop<RefCell<Vec<Pending>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(Vec::new())) };
    /// Fast flag mirroring "PRODUCED is not empty".
    static ANY_PENDING: Cell<bool> = const { Cell::new(false) };
    static FREE_DEPTH: Cell<u32> = const { Cell::new(0) };
    static TRASHCAN: RefCell<Vec<NonNull<HeapObj>>> = const { RefCell::new(Vec::new()) };
    /// Number of allocated objects (for leak reports).
    static LIVE: Cell<usize> = const { Cell::new(0) };
    /// Hook deciding whether a dying object needs its finalizer run and
    /// clearing its weak references; installed by the runtime.
    static DEATH_HOOK: Cell<Option<DeathHook>> = const { Cell::new(None) };
}

/// Called with a dying object (count 0). Returns `true` if it queued a
/// finalizer (the object was resurrected with count 1 inside the queue), in
/// which case it must not be freed now. It may push `Pending::Callback`s.
pub type DeathHook = fn(&HeapObj, &mut dyn FnMut(Pending)) -> DeathAction;

pub enum DeathAction {
    /// Free the object now.
    Free,
    /// Keep it: queue its `__del__`.
    Finalize,
}

pub fn set_death_hook(hook: DeathHook) {
    DEATH_HOOK.with(|h| h.set(Some(hook)));
}

/// Number of heap objects currently allocated.
pub fn live_objects() -> usize {
    LIVE.with(|c| c.get())
}

fn push_pending(p: Pending) {
    PRODUCED.with(|q| q.borrow_mut().push(p));
    ANY_PENDING.with(|f| f.set(true));
}

#[cold]
fn object_died(ptr: NonNull<HeapObj>) {
    // SAFETY: count just reached 0 but the box is still allocated (invariant 1).
    let obj = unsafe { ptr.as_ref() };
    let action = match DEATH_HOOK.with(|h| h.get()) {
        Some(hook) => hook(obj, &mut push_pending),
        None => DeathAction::Free,
    };
    match action {
        DeathAction::Finalize => {
            obj.header.refcnt.set(1);
            obj.header
                .flags
                .set(obj.header.flags.get() | FLAG_FINALIZED);
            push_pending(Pending::Finalize(ObjRef { ptr }));
        }
        DeathAction::Free => free(ptr),
    }
}

/// Free the box, bounding recursion with the trashcan (invariant 3).
fn free(ptr: NonNull<HeapObj>) {
    let depth = FREE_DEPTH.with(|d| d.get());
    if depth >= MAX_FREE_DEPTH {
        TRASHCAN.with(|t| t.borrow_mut().push(ptr));
        return;
    }
    FREE_DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: count is 0 and no finalizer is pending: nobody else can reach
    // this box (invariants 1, 2); it came from Box::leak in ObjRef::new.
    drop(unsafe { Box::from_raw(ptr.as_ptr()) });
    LIVE.with(|c| c.set(c.get() - 1));
    FREE_DEPTH.with(|d| d.set(depth));
    if depth == 0 {
        // Outermost: empty the trashcan iteratively.
        while let Some(p) = TRASHCAN.with(|t| t.borrow_mut().pop()) {
            FREE_DEPTH.with(|d| d.set(1));
            // SAFETY: as above; the pointer was parked, not freed.
            drop(unsafe { Box::from_raw(p.as_ptr()) });
            LIVE.with(|c| c.set(c.get() - 1));
            FREE_DEPTH.with(|d| d.set(0));
        }
    }
}

/// Take everything produced since the last call, in production order.
pub fn take_produced() -> Vec<Pending> {
    ANY_PENDING.with(|f| f.set(false));
    PRODUCED.with(|q| std::mem::take(&mut *q.borrow_mut()))
}

/// Cheap check for the evaluator's safe points.
#[inline]
pub fn has_pending() -> bool {
    ANY_PENDING.with(|f| f.get())
}
