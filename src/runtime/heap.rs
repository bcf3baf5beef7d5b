//! The heap: reference-counted object handles. The only module with `unsafe`.
//!
//! Owns: allocation of [`HeapObj`] boxes, the reference count, and what
//! happens when a count reaches zero. It must not run user code: an object
//! that needs a finalizer (`__del__`) or has weak references with callbacks is
//! put on the *pending* queue, which the evaluator drains at safe points
//! (`drain_pending` is called by `eval`, never from here).
//!
//! Invariants (each `unsafe` block relies on them):
//! 1. Every `ObjRef` points at a live `HeapObj` in a block with `HeapObj`'s
//!    layout (fresh from the allocator or recycled from the block cache, by
//!    `take_block` for [`ObjRef::new`]); the object is dropped exactly once,
//!    by [`free`], when the count is zero and no finalizer needs to run, and
//!    its block then goes to the block cache or back to the allocator.
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
/// The object is garbage under examination by a running collection: when
/// its count drops to 1 (only the collector's handle) it is reported.
pub const FLAG_IN_GC: u8 = 4;

/// Per-object header. Lives in front of every payload.
pub struct Header {
    refcnt: Cell<usize>,
    flags: Cell<u8>,
    /// Generation (0..=2) of a tracked object; `FROZEN_GEN` after `gc.freeze()`.
    gen: Cell<u8>,
    /// Position in its generation's list, or `UNTRACKED`.
    gc_index: Cell<u32>,
    /// Scratch index used by the collector during one collection.
    pub gc_mark: Cell<u32>,
    /// The first weak reference pointing here, head of an intrusive list
    /// owned by `runtime::weaklist`; `None` when there are none.
    pub weaklist: Cell<Option<WeakPtr>>,
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
    /// Allocate a new object with count 1 (a payload built before the
    /// call is copied into the block; see [`ObjRef::new_with`]).
    #[inline(always)]
    pub fn new(payload: Payload) -> ObjRef {
        ObjRef::new_with(move || payload)
    }

    /// Allocate a new object with count 1, its payload made by `make`
    /// once the block is taken, so a large payload can be built straight
    /// into the block. Inlined for that reason.
    #[inline(always)]
    pub fn new_with(make: impl FnOnce() -> Payload) -> ObjRef {
        let ptr = take_block();
        // SAFETY: `take_block` returns unused memory with `HeapObj`'s
        // layout (invariant 1); writing initialises it without reading or
        // dropping. If `make` unwinds, the block is leaked, never read.
        let container = unsafe {
            ptr.as_ptr().write(HeapObj {
                header: Header {
                    refcnt: Cell::new(1),
                    flags: Cell::new(0),
                    gen: Cell::new(0),
                    gc_index: Cell::new(UNTRACKED),
                    gc_mark: Cell::new(UNTRACKED),
                    weaklist: Cell::new(None),
                },
                payload: make(),
            });
            ptr.as_ref().payload.is_container()
        };
        if container {
            track(ptr);
        }
        ObjRef { ptr }
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

    /// Look at the object without taking a counted handle. `f` must not
    /// run user code or release references.
    ///
    /// The caller promises the object is still allocated, as for
    /// [`WeakPtr::upgrade_alive`].
    #[inline]
    pub fn with_alive<R>(self, f: impl FnOnce(&HeapObj) -> R) -> R {
        // SAFETY: by the caller's promise the box is live, and `f` cannot
        // free it (it releases no references).
        f(unsafe { self.0.as_ref() })
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
        if n <= 1 {
            if n == 0 {
                object_died(self.ptr);
            } else if h.flags.get() & FLAG_IN_GC != 0 {
                GC_CANDIDATES.with(|c| c.borrow_mut().push(WeakPtr(self.ptr)));
            }
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
    /// Collector garbage whose only remaining reference is the collector's.
    static GC_CANDIDATES: RefCell<Vec<WeakPtr>> = const { RefCell::new(Vec::new()) };
    /// Fast flag mirroring "PRODUCED is not empty".
    /// What the evaluator's safe points must do: `PENDING` (the queue is
    /// not empty) and `GC_DUE` bits, one load for the common "nothing".
    static ATTENTION: Cell<u8> = const { Cell::new(0) };
    static FREE_DEPTH: Cell<u32> = const { Cell::new(0) };
    // ManuallyDrop here and below: a thread-local without a destructor is
    // a plain load on every access (no destructor-registration check).
    static TRASHCAN: std::mem::ManuallyDrop<RefCell<Vec<NonNull<HeapObj>>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(Vec::new())) };
    /// Number of allocated objects (for leak reports).
    static LIVE: Cell<usize> = const { Cell::new(0) };
    /// Blocks of freed objects, reused by `ObjRef::new` (at most
    /// `BLOCK_CACHE_MAX`; left to the process's exit).
    static BLOCKS: std::mem::ManuallyDrop<RefCell<BlockCache>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(BlockCache(Vec::new()))) };
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
    ATTENTION.with(|a| a.set(a.get() | PENDING));
}

#[cold]
fn object_died(ptr: NonNull<HeapObj>) {
    // SAFETY: count just reached 0 but the box is still allocated (invariant 1).
    let obj = unsafe { ptr.as_ref() };
    // Most objects (tuples, lists, strs, ...) have nothing to run at death
    // unless something weakly references them.
    let quiet = !obj.payload.has_death_behaviour() && obj.header.weaklist.get().is_none();
    let action = match DEATH_HOOK.with(|h| h.get()) {
        Some(hook) if !quiet => hook(obj, &mut push_pending),
        _ => DeathAction::Free,
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

/// Most blocks the cache keeps (about 140 KB).
const BLOCK_CACHE_MAX: usize = 1024;

/// Memory blocks of freed objects. Every heap object has the same size, so
/// a dead object's block can hold the next new one: most allocations then
/// skip `malloc` and `free`.
struct BlockCache(Vec<NonNull<HeapObj>>);

/// An unused block for a new object: a recycled one, or fresh memory.
/// Counts the object as live.
#[inline(never)]
fn take_block() -> NonNull<HeapObj> {
    LIVE.with(|c| c.set(c.get() + 1));
    if let Ok(Some(block)) = BLOCKS.try_with(|b| b.borrow_mut().0.pop()) {
        return block;
    }
    let layout = std::alloc::Layout::new::<HeapObj>();
    // SAFETY: `HeapObj` has a non-zero size.
    let raw = unsafe { std::alloc::alloc(layout) };
    match NonNull::new(raw.cast::<HeapObj>()) {
        Some(p) => p,
        None => std::alloc::handle_alloc_error(layout),
    }
}

fn dealloc_block(block: NonNull<HeapObj>) {
    // SAFETY: the block was allocated by the global allocator with this
    // layout (`take_block` allocated it) and holds no live object.
    unsafe { std::alloc::dealloc(block.as_ptr().cast(), std::alloc::Layout::new::<HeapObj>()) }
}

/// Drop the object in `ptr` and recycle its block.
fn drop_object(ptr: NonNull<HeapObj>) {
    // SAFETY: count is 0 and no finalizer is pending: nobody else can reach
    // this object (invariants 1, 2), and it is dropped only here, once.
    unsafe { std::ptr::drop_in_place(ptr.as_ptr()) };
    let cached = BLOCKS
        .try_with(|b| {
            let mut b = b.borrow_mut();
            if b.0.len() < BLOCK_CACHE_MAX {
                b.0.push(ptr);
                true
            } else {
                false
            }
        })
        .unwrap_or(false);
    if !cached {
        dealloc_block(ptr);
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
    untrack(ptr);
    drop_object(ptr);
    LIVE.with(|c| c.set(c.get() - 1));
    FREE_DEPTH.with(|d| d.set(depth));
    if depth == 0 {
        // Outermost: empty the trashcan iteratively.
        while let Some(p) = TRASHCAN.with(|t| t.borrow_mut().pop()) {
            FREE_DEPTH.with(|d| d.set(1));
            untrack(p);
            // The pointer was parked, not freed.
            drop_object(p);
            LIVE.with(|c| c.set(c.get() - 1));
            FREE_DEPTH.with(|d| d.set(0));
        }
    }
}

/// Move everything produced since the last call onto the top of `stack`,
/// the oldest item on top (so popping runs them in production order). The
/// queue keeps its buffer.
pub fn drain_produced_into(stack: &mut Vec<Pending>) {
    ATTENTION.with(|a| a.set(a.get() & !PENDING));
    PRODUCED.with(|q| stack.extend(q.borrow_mut().drain(..).rev()));
}

/// The queued item when it is the only one (the usual case: one object
/// died with one callback or finalizer), taken off the queue.
pub fn take_single_pending() -> Option<Pending> {
    PRODUCED.with(|q| {
        let mut q = q.borrow_mut();
        if q.len() != 1 {
            return None;
        }
        ATTENTION.with(|a| a.set(a.get() & !PENDING));
        q.pop()
    })
}

const PENDING: u8 = 1;
const GC_DUE: u8 = 2;

/// Does a safe point have anything to do (finalizers queued or an
/// automatic collection due)? One thread-local load.
#[inline(always)]
pub fn needs_attention() -> bool {
    ATTENTION.with(|a| a.get()) != 0
}

/// Are finalizers or callbacks queued?
#[inline]
pub fn has_pending() -> bool {
    ATTENTION.with(|a| a.get()) & PENDING != 0
}

// ---- tracked containers (for the cycle collector) -------------------------

/// `gc_index` of an object that is not tracked.
pub const UNTRACKED: u32 = u32::MAX;
/// Generation number of frozen objects (`gc.freeze()`).
pub const FROZEN_GEN: u8 = 3;
/// List of objects allocated while an automatic collection is pending.
const NURSERY: u8 = 4;

/// Per-generation lists of tracked containers in allocation/promotion
/// order (CPython's gc lists). Removal leaves a hole that `compact`
/// squeezes out; positions are stored in each object's header.
#[derive(Default)]
struct GcLists {
    /// Generations 0, 1, 2, the frozen generation, and the nursery: objects
    /// allocated after an automatic collection became due, which CPython
    /// would not have tracked yet when it collected.
    gens: [Vec<Option<NonNull<HeapObj>>>; 5],
    holes: [usize; 5],
}

thread_local! {
    // ManuallyDrop: no destructor-registration check on each access.
    static GC: std::mem::ManuallyDrop<RefCell<GcLists>> = const {
        std::mem::ManuallyDrop::new(RefCell::new(GcLists {
            gens: [Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new()],
            holes: [0; 5],
        }))
    };
    /// Allocations minus deallocations of tracked objects since the last
    /// young collection (`gc.get_count()[0]`).
    static YOUNG: Cell<isize> = const { Cell::new(0) };
    /// Young-generation threshold for automatic collection (0 = never),
    /// mirrored here by the collector (`gc.set_threshold`, `gc.disable`).
    static AUTO_THRESHOLD: Cell<isize> = const { Cell::new(700) };
}

/// Set the allocation count that triggers an automatic collection (0 or
/// negative: never).
pub fn set_auto_threshold(n: isize) {
    AUTO_THRESHOLD.with(|t| t.set(n));
}

/// Whether an allocation asked for an automatic collection; clears it.
#[inline]
pub fn take_gc_due() -> bool {
    ATTENTION.with(|a| a.get()) & GC_DUE != 0
}

/// The pending automatic collection ran (or was skipped).
pub fn clear_gc_due() {
    ATTENTION.with(|a| a.set(a.get() & !GC_DUE));
    flush_nursery();
}

fn track(ptr: NonNull<HeapObj>) {
    let young = YOUNG.with(|y| {
        let n = y.get() + 1;
        y.set(n);
        n
    });
    let threshold = AUTO_THRESHOLD.with(|t| t.get());
    let due = ATTENTION.with(|a| {
        if threshold > 0 && young > threshold {
            a.set(a.get() | GC_DUE);
        }
        a.get() & GC_DUE != 0
    });
    let gen = if due { NURSERY } else { 0 };
    GC.with(|g| {
        let mut g = g.borrow_mut();
        let list = &mut g.gens[gen as usize];
        // SAFETY: `ptr` was just allocated and is live (invariant 1).
        let h = unsafe { &ptr.as_ref().header };
        h.gen.set(gen);
        h.gc_index.set(list.len() as u32);
        list.push(Some(ptr));
    });
}

/// Move the nursery into generation 0 (after an automatic collection).
pub fn flush_nursery() {
    GC.with(|g| {
        let mut g = g.borrow_mut();
        let nursery = std::mem::take(&mut g.gens[NURSERY as usize]);
        g.holes[NURSERY as usize] = 0;
        for p in nursery.into_iter().flatten() {
            let list = &mut g.gens[0];
            // SAFETY: tracked pointers are live.
            let h = unsafe { &p.as_ref().header };
            h.gen.set(0);
            h.gc_index.set(list.len() as u32);
            list.push(Some(p));
        }
    });
}

fn untrack(ptr: NonNull<HeapObj>) {
    // SAFETY: called on a live box just before it is freed.
    let h = unsafe { &ptr.as_ref().header };
    let idx = h.gc_index.get();
    if idx == UNTRACKED {
        return;
    }
    h.gc_index.set(UNTRACKED);
    let gen = h.gen.get() as usize;
    let _ = GC.try_with(|g| {
        let mut g = g.borrow_mut();
        let g = &mut *g;
        let (list, holes) = (&mut g.gens[gen], &mut g.holes[gen]);
        if idx as usize + 1 == list.len() {
            // The newest object died first (the usual case): shrink the
            // list, and any holes that end it, instead of leaving a hole.
            list.pop();
            while let Some(None) = list.last() {
                list.pop();
                *holes -= 1;
            }
        } else if let Some(slot) = list.get_mut(idx as usize) {
            *slot = None;
            *holes += 1;
            // Holes are squeezed out once they are half the list, so a
            // list never grows without bound between collections.
            if list.len() >= COMPACT_MIN {
                compact(g, gen);
            }
        }
    });
    let _ = YOUNG.try_with(|y| {
        if y.get() > 0 {
            y.set(y.get() - 1)
        }
    });
}

impl HeapObj {
    /// Is this object in the collector's tracked set?
    pub fn is_tracked(&self) -> bool {
        self.header.gc_index.get() != UNTRACKED
    }
    /// Its generation (meaningful only when tracked).
    pub fn generation(&self) -> u8 {
        self.header.gen.get()
    }
}

/// Strong handles to every tracked object of generations `0..=max_gen`, in
/// list order (oldest generation first, as CPython merges younger lists
/// onto older ones before a collection).
pub fn tracked_objects(max_gen: usize) -> Vec<ObjRef> {
    GC.with(|g| {
        let g = g.borrow();
        let mut out = Vec::new();
        for gen in (0..=max_gen.min(2)).rev() {
            for p in g.gens[gen].iter().flatten() {
                // SAFETY: tracked pointers are live (untracked before free).
                let h = unsafe { &p.as_ref().header };
                h.refcnt.set(h.refcnt.get() + 1);
                out.push(ObjRef { ptr: *p });
            }
        }
        out
    })
}

/// Move tracked objects to generation `gen` (appending in the given order).
pub fn move_to_generation(objs: &[ObjRef], gen: u8) {
    GC.with(|g| {
        let mut g = g.borrow_mut();
        for o in objs {
            let h = &o.header;
            let idx = h.gc_index.get();
            if idx == UNTRACKED {
                continue;
            }
            let old = h.gen.get() as usize;
            if let Some(slot) = g.gens[old].get_mut(idx as usize) {
                *slot = None;
                g.holes[old] += 1;
            }
            let list = &mut g.gens[gen as usize];
            h.gen.set(gen);
            h.gc_index.set(list.len() as u32);
            list.push(Some(o.ptr));
        }
        for gen in 0..5 {
            compact(&mut g, gen);
        }
    });
}

/// Shortest generation list that `untrack` compacts.
const COMPACT_MIN: usize = 1024;

/// Squeeze holes out of a generation list (once they are at least half of
/// it), renumbering positions.
fn compact(g: &mut GcLists, gen: usize) {
    if g.holes[gen] == 0 || g.holes[gen] * 2 < g.gens[gen].len() {
        return;
    }
    let list: Vec<Option<NonNull<HeapObj>>> = std::mem::take(&mut g.gens[gen])
        .into_iter()
        .filter(|p| p.is_some())
        .collect();
    for (i, p) in list.iter().enumerate() {
        if let Some(p) = p {
            // SAFETY: tracked pointers are live.
            unsafe { p.as_ref() }.header.gc_index.set(i as u32);
        }
    }
    g.gens[gen] = list;
    g.holes[gen] = 0;
}

/// Number of tracked objects per generation (`[young, middle, old, frozen]`).
/// Number of tracked containers, in every list.
pub fn tracked_count() -> usize {
    GC.with(|g| {
        let g = g.borrow();
        (0..5).map(|i| g.gens[i].len() - g.holes[i]).sum()
    })
}

pub fn generation_sizes() -> [usize; 4] {
    GC.with(|g| {
        let g = g.borrow();
        [0, 1, 2, 3].map(|i| g.gens[i].len() - g.holes[i])
    })
}

/// Allocations minus deallocations of tracked objects since the last
/// young collection.
#[inline]
pub fn young_count() -> isize {
    YOUNG.with(|y| y.get())
}

pub fn reset_young_count() {
    let nursery = GC.with(|g| {
        let g = g.borrow();
        g.gens[NURSERY as usize].len() - g.holes[NURSERY as usize]
    });
    YOUNG.with(|y| y.set(nursery as isize));
}

/// Move every object of generations 0..=2 to the frozen generation
/// (`gc.freeze()`), or back to the oldest generation (`gc.unfreeze()`).
pub fn freeze(on: bool) {
    let objs: Vec<ObjRef> = if on {
        tracked_objects(2)
    } else {
        GC.with(|g| {
            let g = g.borrow();
            g.gens[FROZEN_GEN as usize]
                .iter()
                .flatten()
                .map(|p| {
                    // SAFETY: tracked pointers are live.
                    let h = unsafe { &p.as_ref().header };
                    h.refcnt.set(h.refcnt.get() + 1);
                    ObjRef { ptr: *p }
                })
                .collect()
        })
    };
    move_to_generation(&objs, if on { FROZEN_GEN } else { 2 });
}

/// Garbage objects (flagged `FLAG_IN_GC`) whose count dropped to 1 since
/// the last call; the collector owns that last reference.
pub fn take_gc_candidates() -> Vec<WeakPtr> {
    GC_CANDIDATES.with(|c| std::mem::take(&mut *c.borrow_mut()))
}
