//! Trial deletion (CPython's `gc_collect_main`): find the tracked objects
//! that are reachable only from each other, then, in CPython's order, clear
//! weak references to them (calling callbacks of weak references that are
//! not garbage themselves), run `__del__` once (PEP 442), spare whatever was
//! resurrected, and break the remaining cycles by clearing the objects.
//!
//! Only this module walks the tracked set. It holds strong handles to the
//! objects it examines, so nothing is freed under its feet; the handle
//! accounts for exactly one reference of each object's count.

use std::collections::HashSet;

use crate::error::traceback::print_unraisable;
use crate::runtime::heap::{self, ObjRef, FLAG_FINALIZED, FLAG_IN_GC, UNTRACKED};
use crate::runtime::object::*;
use crate::runtime::types::type_data;
use crate::runtime::weaklist;
use crate::runtime::weakref::weak_data_obj;
use crate::runtime::{ops, Value};
use crate::vm::Vm;

use super::trace::{clear_children, visit_children};
use super::{GcState, DEBUG_COLLECTABLE, DEBUG_SAVEALL, DEBUG_STATS};

/// Index of `c` within `objs` if it belongs to the examined set.
#[inline]
fn index_of(objs: &[ObjRef], c: &ObjRef) -> Option<usize> {
    let m = c.header.gc_mark.get();
    if m == UNTRACKED {
        return None;
    }
    let m = m as usize;
    (m < objs.len() && objs[m].ptr_eq(c)).then_some(m)
}

/// Which of `objs` are reachable from outside the set (trial deletion).
fn reachable_from_outside(objs: &[ObjRef]) -> Vec<bool> {
    for (i, o) in objs.iter().enumerate() {
        o.header.gc_mark.set(i as u32);
    }
    // Each handle in `objs` is one reference we must not count.
    let mut refs: Vec<isize> = objs.iter().map(|o| o.refcount() as isize - 1).collect();
    for o in objs {
        visit_children(o, &mut |c| {
            if let Some(j) = index_of(objs, c) {
                refs[j] -= 1;
            }
        });
    }
    let mut reach = vec![false; objs.len()];
    let mut stack: Vec<usize> = Vec::new();
    for (i, r) in refs.iter().enumerate() {
        if *r > 0 {
            reach[i] = true;
            stack.push(i);
        }
    }
    while let Some(i) = stack.pop() {
        visit_children(&objs[i], &mut |c| {
            if let Some(j) = index_of(objs, c) {
                if !reach[j] {
                    reach[j] = true;
                    stack.push(j);
                }
            }
        });
    }
    for o in objs {
        o.header.gc_mark.set(UNTRACKED);
    }
    reach
}

/// Objects CPython keeps as separate collectable objects that wisp embeds
/// (a function's closure tuple; a class's dict, MRO and bases tuples and
/// its `__dict__`/`__weakref__` descriptors), so `collect()` returns
/// CPython's numbers.
fn cpython_object_count(o: &ObjRef) -> usize {
    match &o.payload {
        Payload::Function(f) if !f.closure.is_empty() => 2,
        Payload::Type(t) => {
            let introduces_dict = t
                .bases
                .borrow()
                .iter()
                .all(|b| !type_data(b).has(TF_HEAPTYPE));
            4 + if introduces_dict { 2 } else { 0 }
        }
        _ => 1,
    }
}

fn describe(vm: &Vm, o: &ObjRef) -> String {
    format!("<{} {:#x}>", vm.type_name(&Value::Obj(o.clone())), o.addr())
}

/// Clear weak references to garbage; returns the live weak references
/// whose callbacks must run (CPython's `handle_weakrefs`).
fn clear_weakrefs_to(garbage: &[ObjRef], garbage_set: &HashSet<usize>) -> Vec<ObjRef> {
    let mut callbacks = Vec::new();
    for g in garbage {
        weaklist::detach_all(g, |wr| {
            let has_cb = weak_data_obj(&wr).is_some_and(|w| w.callback.borrow().is_some());
            if has_cb && !garbage_set.contains(&wr.addr()) {
                callbacks.push(wr);
            }
        });
    }
    callbacks
}

/// Drop the collector's handle on garbage objects that nothing else
/// references any more: they die now, running `__del__` if they have not
/// been finalized yet, exactly as a refcount death would in CPython.
fn release_dead(vm: &Vm, garbage: &mut [Option<ObjRef>]) {
    // A candidate may be reported more than once; never touch one twice
    // once freed (the collector's handle was its last reference).
    let mut freed: HashSet<usize> = HashSet::new();
    loop {
        let candidates = heap::take_gc_candidates();
        if candidates.is_empty() {
            return;
        }
        for p in candidates {
            if !freed.insert(p.addr()) {
                continue;
            }
            let o = p.upgrade_alive();
            let i = o.header.gc_mark.get() as usize;
            let ours = garbage
                .get(i)
                .and_then(|g| g.as_ref())
                .is_some_and(|g| g.ptr_eq(&o));
            // `o` plus our handle: nothing else refers to it.
            if !(ours && o.refcount() == 2) {
                // Still referenced: it may be reported again later.
                freed.remove(&o.addr());
            }
            if ours && o.refcount() == 2 {
                o.set_flag(FLAG_IN_GC, false);
                o.header.gc_mark.set(UNTRACKED);
                drop(o);
                let handle = garbage[i].take();
                drop(handle);
                vm.safe_point();
            }
        }
    }
}

/// Run a collection of generations `0..=gen`; returns the number of
/// unreachable objects found (CPython's return value).
pub fn collect(vm: &Vm, gen: usize) -> usize {
    let state: &GcState = &vm.gc;
    if state.collecting.get() {
        return 0;
    }
    state.collecting.set(true);
    vm.safe_point();
    state.run_callbacks(vm, "start", gen, 0);
    let debug = state.debug.get();
    if debug & DEBUG_STATS != 0 {
        let sizes = heap::generation_sizes();
        crate::builtins::io::write_stderr(&format!(
            "gc: collecting generation {}...\ngc: objects in each generation: {} {} {}\ngc: objects in permanent generation: {}\n",
            gen, sizes[0], sizes[1], sizes[2], sizes[3]
        ));
    }
    let started = std::time::Instant::now();
    let objs = heap::tracked_objects(gen);
    let reach = reachable_from_outside(&objs);
    let mut survivors = Vec::new();
    let mut garbage = Vec::new();
    for (o, r) in objs.into_iter().zip(reach) {
        if r {
            survivors.push(o);
        } else {
            garbage.push(o);
        }
    }
    let next_gen = (gen + 1).min(2) as u8;
    heap::move_to_generation(&survivors, next_gen);
    drop(survivors);
    if debug & DEBUG_COLLECTABLE != 0 {
        for g in &garbage {
            crate::builtins::io::write_stderr(&format!("gc: collectable {}\n", describe(vm, g)));
        }
    }
    // While finalizers run, an object of the garbage set that loses every
    // reference but the collector's dies at once, as it would in CPython
    // (where the collector holds no reference): see `release_dead`.
    let mut garbage: Vec<Option<ObjRef>> = garbage.into_iter().map(Some).collect();
    for (i, g) in garbage.iter().enumerate() {
        if let Some(g) = g {
            g.header.gc_mark.set(i as u32);
            g.set_flag(FLAG_IN_GC, true);
        }
    }
    let mut freed_weakrefs = 0;
    // 1. Weak references to garbage: clear all, then run callbacks of the
    //    ones that are not garbage themselves.
    let garbage_set: HashSet<usize> = garbage.iter().flatten().map(|g| g.addr()).collect();
    let live: Vec<ObjRef> = garbage.iter().flatten().cloned().collect();
    let callbacks = clear_weakrefs_to(&live, &garbage_set);
    drop(live);
    heap::take_gc_candidates();
    for wr in callbacks {
        let keep = wr.clone();
        crate::runtime::weakref::run_callback(vm, wr);
        vm.safe_point();
        // CPython counts callback weakrefs that die once their callback ran.
        if keep.refcount() == 1 {
            freed_weakrefs += 1;
        }
        drop(keep);
        release_dead(vm, &mut garbage);
    }
    // 2. Finalizers, once per object (PEP 442), in list order.
    for i in 0..garbage.len() {
        let Some(g) = garbage[i].clone() else {
            continue;
        };
        // A suspended generator is closed (its `finally` blocks run) like a
        // finalizer, before the cycle is broken.
        if let Payload::Generator(gen) = &g.payload {
            if !g.has_flag(FLAG_FINALIZED) && crate::eval::generator::needs_finalize(gen) {
                g.set_flag(FLAG_FINALIZED, true);
                let v = Value::Obj(g.clone());
                crate::eval::generator::finalize(vm, &v);
                drop(v);
                drop(g);
                vm.safe_point();
                release_dead(vm, &mut garbage);
                continue;
            }
        }
        if let Payload::Instance(inst) = &g.payload {
            if type_data(&inst.class).has(TF_HAS_DEL) && !g.has_flag(FLAG_FINALIZED) {
                g.set_flag(FLAG_FINALIZED, true);
                let v = Value::Obj(g.clone());
                if let Some(del) = vm.special(&v, vm.sym.del) {
                    if let Err(e) = vm.call(&del, vec![v.clone()], &[]) {
                        print_unraisable(vm, &e, Some(&del));
                    }
                }
                drop(v);
                drop(g);
                vm.safe_point();
                release_dead(vm, &mut garbage);
            }
        }
    }
    for g in garbage.iter().flatten() {
        g.set_flag(FLAG_IN_GC, false);
        g.header.gc_mark.set(UNTRACKED);
    }
    heap::take_gc_candidates();
    let garbage: Vec<ObjRef> = garbage.into_iter().flatten().collect();
    // 3. Spare what the finalizers resurrected.
    let alive = reachable_from_outside(&garbage);
    let mut resurrected = Vec::new();
    let mut doomed = Vec::new();
    for (g, r) in garbage.into_iter().zip(alive) {
        if r {
            resurrected.push(g);
        } else {
            doomed.push(g);
        }
    }
    heap::move_to_generation(&resurrected, next_gen);
    drop(resurrected);
    let found = freed_weakrefs + doomed.iter().map(cpython_object_count).sum::<usize>();
    // 4. Break the cycles (or keep everything with DEBUG_SAVEALL).
    if debug & DEBUG_SAVEALL != 0 {
        if let Some(l) = ops::list_of(&state.garbage) {
            l.borrow_mut()
                .extend(doomed.iter().map(|g| Value::Obj(g.clone())));
        }
    } else {
        for g in &doomed {
            if g.refcount() > 1 {
                let removed = clear_children(g);
                drop(removed);
                vm.safe_point();
            }
        }
    }
    drop(doomed);
    vm.safe_point();
    state.after_collection(gen);
    if debug & DEBUG_STATS != 0 {
        crate::builtins::io::write_stderr(&format!(
            "gc: done, {} unreachable, 0 uncollectable, {:.4}s elapsed\n",
            found,
            started.elapsed().as_secs_f64()
        ));
    }
    state.run_callbacks(vm, "stop", gen, found);
    state.collecting.set(false);
    found
}
