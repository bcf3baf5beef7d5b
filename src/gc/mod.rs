//! The cycle collector: state (`GcState`), automatic collection from
//! allocation thresholds, and the entry points the `gc` module calls.
//! `trace` knows each layout's references; `cycle` runs a collection.
pub mod cycle;
pub mod trace;

use std::cell::{Cell, RefCell};

use crate::runtime::heap;
use crate::runtime::{ops, Value};
use crate::vm::Vm;

pub const DEBUG_STATS: i64 = 1;
pub const DEBUG_COLLECTABLE: i64 = 2;
pub const DEBUG_UNCOLLECTABLE: i64 = 4;
pub const DEBUG_SAVEALL: i64 = 32;
pub const DEBUG_LEAK: i64 = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

/// Collector settings and counters (`gc.get_threshold()`, `get_count()`,
/// `set_debug()`, `garbage`, `callbacks`).
pub struct GcState {
    pub enabled: Cell<bool>,
    pub debug: Cell<i64>,
    pub thresholds: Cell<[i64; 3]>,
    /// Collections of generation 0 since the last of generation 1, and of
    /// generation 1 since the last of generation 2.
    pub counts: Cell<[i64; 2]>,
    pub collecting: Cell<bool>,
    /// `gc.garbage` (a list).
    pub garbage: Value,
    /// `gc.callbacks` (a list).
    pub callbacks: Value,
    /// Per generation: (collections, collected, uncollectable).
    pub stats: RefCell<[(i64, i64, i64); 3]>,
}

impl GcState {
    pub fn new() -> GcState {
        GcState {
            enabled: Cell::new(true),
            debug: Cell::new(0),
            thresholds: Cell::new([700, 10, 10]),
            counts: Cell::new([0, 0]),
            collecting: Cell::new(false),
            garbage: ops::new_list(Vec::new()),
            callbacks: ops::new_list(Vec::new()),
            stats: RefCell::new([(0, 0, 0); 3]),
        }
    }

    /// Bookkeeping after collecting generations `0..=gen`.
    pub fn after_collection(&self, gen: usize) {
        heap::reset_young_count();
        let mut c = self.counts.get();
        match gen {
            0 => c[0] += 1,
            1 => {
                c[0] = 0;
                c[1] += 1;
            }
            _ => c = [0, 0],
        }
        self.counts.set(c);
    }

    /// Call every `gc.callbacks` entry with (phase, info).
    pub fn run_callbacks(&self, vm: &Vm, phase: &str, gen: usize, collected: usize) {
        let cbs = ops::list_of(&self.callbacks)
            .map(|l| l.borrow().clone())
            .unwrap_or_default();
        if cbs.is_empty() {
            return;
        }
        let info = crate::runtime::dictops::new_dict(
            vm,
            vec![
                (Value::str("generation"), Value::Int(gen as i64)),
                (Value::str("collected"), Value::Int(collected as i64)),
                (Value::str("uncollectable"), Value::Int(0)),
            ],
        );
        let Ok(info) = info else { return };
        for cb in cbs {
            if let Err(e) = vm.call(&cb, vec![Value::str(phase), info.clone()], &[]) {
                crate::error::traceback::print_unraisable(vm, &e, Some(&cb));
            }
        }
    }
}

impl Default for GcState {
    fn default() -> Self {
        GcState::new()
    }
}

impl GcState {
    /// Tell the heap when allocations should trigger a collection.
    pub fn sync_trigger(&self) {
        let t = self.thresholds.get()[0];
        heap::set_auto_threshold(if self.enabled.get() { t as isize } else { 0 });
    }
}

/// A full collection (`gc.collect()`).
pub fn collect(vm: &Vm) -> usize {
    collect_generation(vm, 2)
}

pub fn collect_generation(vm: &Vm, gen: usize) -> usize {
    let n = cycle::collect(vm, gen);
    let mut stats = vm.gc.stats.borrow_mut();
    if let Some(s) = stats.get_mut(gen) {
        s.0 += 1;
        s.1 += n as i64;
    }
    n
}

/// Automatic collection: run when young allocations exceed the threshold
/// (CPython's `collect_generations`).
pub fn maybe_collect(vm: &Vm) {
    let st = &vm.gc;
    if !st.enabled.get() || st.collecting.get() {
        return;
    }
    let th = st.thresholds.get();
    if th[0] <= 0 || (heap::young_count() as i64) <= th[0] {
        return;
    }
    let c = st.counts.get();
    let gen = if c[1] + 1 > th[2] && th[2] > 0 {
        let sizes = heap::generation_sizes();
        // CPython only collects the oldest generation when enough objects
        // were promoted since its last collection.
        if sizes[1] * 4 > sizes[2] {
            2
        } else {
            1
        }
    } else if c[0] + 1 > th[1] && th[1] > 0 {
        1
    } else {
        0
    };
    collect_generation(vm, gen);
}
