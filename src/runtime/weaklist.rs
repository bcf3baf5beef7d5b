//! The weak list: the weak references to one referent, kept as an
//! intrusive doubly linked list, as CPython keeps it.
//!
//! Owns the links: the referent's header holds the head
//! (`heap::Header::weaklist`) and every weak reference holds its neighbours
//! (`WeakRefData::prev` / `next`). Adding or removing a reference therefore
//! allocates nothing and removal takes constant time. The *order* of the
//! list (which reference goes where) is decided by `runtime::weakref`.
//!
//! Every pointer in the list is uncounted. Each node is a live weak
//! reference: a weak reference unlinks itself when it dies
//! ([`unlink`]) and a dying referent detaches every node ([`detach_all`]),
//! so following a link never reaches a freed object.

use super::heap::{HeapObj, ObjRef, WeakPtr};
use super::weakref::{weak_data_obj, WeakRefData};

/// Run `f` on the weak-reference data of a list node.
fn with_node<R>(p: WeakPtr, f: impl FnOnce(&WeakRefData) -> R) -> Option<R> {
    // A node is a live weak reference (module invariant).
    p.with_alive(|o| weak_data_obj(o).map(f))
}

fn next_of(p: WeakPtr) -> Option<WeakPtr> {
    with_node(p, |w| w.next.get()).flatten()
}

/// Does anything weakly reference `obj`?
#[inline]
pub fn is_empty(obj: &HeapObj) -> bool {
    obj.header.weaklist.get().is_none()
}

/// The nodes of `obj`'s list in order, as uncounted pointers.
pub struct Nodes(Option<WeakPtr>);

impl Iterator for Nodes {
    type Item = WeakPtr;
    fn next(&mut self) -> Option<WeakPtr> {
        let p = self.0?;
        self.0 = next_of(p);
        Some(p)
    }
}

/// Walk `obj`'s list. The caller must not change the list while walking.
pub fn nodes(obj: &HeapObj) -> Nodes {
    Nodes(obj.header.weaklist.get())
}

/// Put `wr` (a new weak reference to `obj`) into `obj`'s list right after
/// `after`, or at the head when `after` is `None`.
pub fn insert_after(obj: &HeapObj, after: Option<WeakPtr>, wr: &ObjRef) {
    let me = wr.downgrade();
    let next = match after {
        None => obj.header.weaklist.replace(Some(me)),
        Some(a) => with_node(a, |w| w.next.replace(Some(me))).flatten(),
    };
    if let Some(n) = next {
        with_node(n, |w| w.prev.set(Some(me)));
    }
    if let Some(w) = weak_data_obj(wr) {
        w.prev.set(after);
        w.next.set(next);
    }
}

/// Take the dying weak reference `wr` out of its referent `obj`'s list.
pub fn unlink(obj: &HeapObj, wr: &WeakRefData) {
    let prev = wr.prev.take();
    let next = wr.next.take();
    match prev {
        None => obj.header.weaklist.set(next),
        Some(p) => {
            with_node(p, |w| w.next.set(next));
        }
    }
    if let Some(n) = next {
        with_node(n, |w| w.prev.set(prev));
    }
}

/// Empty `obj`'s list (its referent is dying): every weak reference is
/// unlinked and loses its referent, then is handed to `f`, in list order.
pub fn detach_all(obj: &HeapObj, mut f: impl FnMut(ObjRef)) {
    let mut cur = obj.header.weaklist.take();
    while let Some(p) = cur {
        let wr = p.upgrade_alive();
        cur = match weak_data_obj(&wr) {
            Some(w) => {
                w.prev.set(None);
                w.referent.set(None);
                w.next.take()
            }
            None => None,
        };
        f(wr);
    }
}
