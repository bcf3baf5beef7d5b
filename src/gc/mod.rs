//! The cycle collector (placeholder until trial deletion lands): objects in
//! reference cycles are not reclaimed yet; `collect` reports 0.

use crate::vm::Vm;

/// Run a full collection; returns the number of unreachable objects found.
pub fn collect(vm: &Vm) -> usize {
    vm.safe_point();
    0
}
