//! What the cycle collector needs from every object layout: whether it is a
//! container (tracked), how to visit the objects it references
//! (CPython's `tp_traverse`) and how to drop those references to break a
//! cycle (`tp_clear`).
//!
//! Visiting runs no user code and takes only shared borrows; a payload that
//! is mutably borrowed at that moment is skipped (it cannot be, since the
//! collector runs only at safe points).

use crate::runtime::heap::{HeapObj, ObjRef};
use crate::runtime::object::*;
use crate::runtime::Value;

impl Payload {
    /// Can this object reference other objects (so take part in cycles)?
    pub fn is_container(&self) -> bool {
        !matches!(
            self,
            Payload::Str(_)
                | Payload::BigInt(_)
                | Payload::Complex(_)
                | Payload::Bytes(_)
                | Payload::Range(_)
                | Payload::Singleton(_)
                | Payload::Member(_)
                | Payload::Code(_)
        ) && !matches!(self, Payload::Native(n) if n.bound_self.is_none())
    }
}

#[inline]
fn visit_value(v: &Value, f: &mut dyn FnMut(&ObjRef)) {
    if let Value::Obj(o) = v {
        f(o);
    }
}

fn visit_dict(d: &crate::runtime::dict::Dict, f: &mut dyn FnMut(&ObjRef)) {
    for e in d.iter() {
        visit_value(&e.key, f);
        visit_value(&e.value, f);
    }
}

/// Call `f` on every object `obj` references directly.
pub fn visit_children(obj: &HeapObj, f: &mut dyn FnMut(&ObjRef)) {
    match &obj.payload {
        Payload::Tuple(items) => items.iter().for_each(|v| visit_value(v, f)),
        Payload::List(l) => {
            if let Ok(l) = l.try_borrow() {
                l.iter().for_each(|v| visit_value(v, f));
            }
        }
        Payload::Dict(d) => {
            if let Ok(d) = d.try_borrow() {
                visit_dict(&d, f);
            }
        }
        Payload::Set(s) => {
            if let Ok(s) = s.try_borrow() {
                s.iter().for_each(|(_, k)| visit_value(k, f));
            }
        }
        Payload::FrozenSet(s) => s.iter().for_each(|(_, k)| visit_value(k, f)),
        Payload::Slice(s) => s.iter().for_each(|v| visit_value(v, f)),
        Payload::Function(func) => {
            f(&func.globals);
            if let Ok(d) = func.defaults.try_borrow() {
                d.iter().for_each(|v| visit_value(v, f));
            }
            if let Ok(d) = func.kwdefaults.try_borrow() {
                d.iter().flatten().for_each(|v| visit_value(v, f));
            }
            func.closure.iter().for_each(&mut *f);
            if let Ok(d) = func.attrs.try_borrow() {
                visit_dict(&d, f);
            }
            for cell in [&func.name, &func.qualname, &func.doc] {
                if let Ok(v) = cell.try_borrow() {
                    visit_value(&v, f);
                }
            }
            visit_value(&func.module, f);
        }
        Payload::Native(n) => {
            if let Some(s) = &n.bound_self {
                visit_value(s, f);
            }
        }
        Payload::BoundMethod(m) => {
            visit_value(&m.func, f);
            visit_value(&m.self_, f);
        }
        Payload::Type(t) => {
            if let Ok(d) = t.dict.try_borrow() {
                visit_dict(&d, f);
            }
            if let Ok(b) = t.bases.try_borrow() {
                b.iter().for_each(&mut *f);
            }
            if let Ok(m) = t.mro.try_borrow() {
                m.iter().for_each(&mut *f);
            }
            if let Some(meta) = &t.metaclass {
                f(meta);
            }
            if let Ok(s) = t.subclasses.try_borrow() {
                s.iter().for_each(|v| visit_value(v, f));
            }
            if let Ok(s) = t.self_ref.try_borrow() {
                if let Some(s) = s.as_ref() {
                    f(s);
                }
            }
        }
        Payload::Instance(i) => {
            f(&i.class);
            // Visited in place (a clone would change its count mid-collection).
            let d = i.shared_dict.take();
            if let Some(d) = &d {
                f(d);
            }
            i.shared_dict.set(d);
            if let Ok(d) = i.inline_dict.try_borrow() {
                visit_dict(&d, f);
            }
            match &i.base {
                Base::List(l) => {
                    if let Ok(l) = l.try_borrow() {
                        l.iter().for_each(|v| visit_value(v, f));
                    }
                }
                Base::Dict(d) => {
                    if let Ok(d) = d.try_borrow() {
                        visit_dict(&d, f);
                    }
                }
                Base::Exception(e) => {
                    if let Ok(e) = e.try_borrow() {
                        visit_value(&e.args, f);
                        if let Some(c) = &e.cause {
                            visit_value(c, f);
                        }
                        if let Some(c) = &e.context {
                            visit_value(c, f);
                        }
                        e.kept_frames.iter().for_each(|v| visit_value(v, f));
                        if let Some(g) = &e.group {
                            visit_value(&g.message, f);
                            visit_value(&g.excs, f);
                        }
                        if let Some(s) = &e.syntax {
                            s.iter().for_each(|v| visit_value(v, f));
                        }
                        match &e.suggest {
                            Some(crate::error::suggest::SuggestContext::Attribute {
                                obj, ..
                            }) => visit_value(obj, f),
                            Some(crate::error::suggest::SuggestContext::Name {
                                globals, ..
                            }) => f(globals),
                            None => {}
                        }
                    }
                }
                Base::WeakRef(w) => {
                    if let Ok(cb) = w.callback.try_borrow() {
                        if let Some(cb) = cb.as_ref() {
                            visit_value(cb, f);
                        }
                    }
                }
                Base::Value(v) => visit_value(v, f),
                Base::None => {}
            }
        }
        Payload::Module(m) => f(&m.dict),
        Payload::Cell(c) => {
            if let Ok(c) = c.try_borrow() {
                if let Some(v) = c.as_ref() {
                    visit_value(v, f);
                }
            }
        }
        Payload::Iter(it) => {
            if let Ok(it) = it.try_borrow() {
                visit_iter(&it, f);
            }
        }
        Payload::DictView(d, _) => visit_value(d, f),
        Payload::Property(p) => {
            p.iter().for_each(|v| visit_value(v, f));
            if let Ok(name) = p.name.try_borrow() {
                visit_value(&name, f);
            }
        }
        Payload::StaticMethod(v) | Payload::ClassMethod(v) => visit_value(v, f),
        Payload::Super(s) => {
            f(&s.0);
            visit_value(&s.1, f);
        }
        Payload::WeakRef(w) => {
            if let Ok(cb) = w.callback.try_borrow() {
                if let Some(cb) = cb.as_ref() {
                    visit_value(cb, f);
                }
            }
        }
        // A suspended generator's locals and cells are parked in `saved`.
        // Values held only in Rust temporaries on its coroutine stack are
        // not visited: they count as referenced from outside (kept, never
        // wrongly freed).
        Payload::Generator(g) => {
            if let Ok(s) = g.saved.try_borrow() {
                s.0.iter().flatten().for_each(|v| visit_value(v, f));
                s.1.iter().for_each(&mut *f);
                s.2.iter().for_each(|v| visit_value(v, f));
            }
            if let Ok(n) = g.name.try_borrow() {
                visit_value(&n, f);
            }
        }
        Payload::Str(_)
        | Payload::BigInt(_)
        | Payload::Complex(_)
        | Payload::Bytes(_)
        | Payload::Range(_)
        | Payload::Singleton(_)
        | Payload::Member(_)
        | Payload::Code(_) => {}
    }
}

fn visit_iter(it: &IterState, f: &mut dyn FnMut(&ObjRef)) {
    match it {
        IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => visit_value(seq, f),
        IterState::Str { text, .. } => visit_value(text, f),
        IterState::DictKeys { dict, .. } => visit_value(dict, f),
        IterState::Enumerate { inner, .. } => visit_value(inner, f),
        IterState::Zip { iters } => iters.iter().for_each(|v| visit_value(v, f)),
        IterState::Map { func, iters } => {
            visit_value(func, f);
            iters.iter().for_each(|v| visit_value(v, f));
        }
        IterState::Filter { func, inner } => {
            visit_value(func, f);
            visit_value(inner, f);
        }
        IterState::CallIter { func, sentinel } => {
            visit_value(func, f);
            visit_value(sentinel, f);
        }
        IterState::GetItem { obj, .. } => visit_value(obj, f),
        IterState::Range { .. } | IterState::Exhausted => {}
    }
}

/// Drop the references `obj` holds so that a cycle through it falls apart
/// (CPython's `tp_clear`). The removed values are returned so the caller
/// drops them after this function has released every borrow.
pub fn clear_children(obj: &HeapObj) -> Vec<Value> {
    let mut out = Vec::new();
    let take_dict = |d: &std::cell::RefCell<crate::runtime::dict::Dict>, out: &mut Vec<Value>| {
        if let Ok(mut d) = d.try_borrow_mut() {
            for e in d.take_all().into_iter().flatten() {
                out.push(e.key);
                out.push(e.value);
            }
        }
    };
    match &obj.payload {
        Payload::List(l) => {
            if let Ok(mut l) = l.try_borrow_mut() {
                out.extend(std::mem::take(&mut *l));
            }
        }
        Payload::Dict(d) => take_dict(d, &mut out),
        Payload::Set(s) => {
            if let Ok(mut s) = s.try_borrow_mut() {
                out.extend(s.clear());
            }
        }
        Payload::Function(func) => {
            if let Ok(mut d) = func.defaults.try_borrow_mut() {
                out.extend(std::mem::take(&mut *d));
            }
            if let Ok(mut d) = func.kwdefaults.try_borrow_mut() {
                out.extend(std::mem::take(&mut *d).into_iter().flatten());
            }
            take_dict(&func.attrs, &mut out);
        }
        Payload::Type(t) => {
            take_dict(&t.dict, &mut out);
            if let Ok(mut m) = t.mro.try_borrow_mut() {
                out.extend(std::mem::take(&mut *m).into_iter().map(Value::Obj));
            }
            if let Ok(mut s) = t.self_ref.try_borrow_mut() {
                out.extend(s.take().map(Value::Obj));
            }
            if let Ok(mut s) = t.subclasses.try_borrow_mut() {
                out.append(&mut s);
            }
        }
        Payload::Instance(i) => {
            take_dict(&i.inline_dict, &mut out);
            out.extend(i.shared_dict.take().map(Value::Obj));
            match &i.base {
                Base::List(l) => {
                    if let Ok(mut l) = l.try_borrow_mut() {
                        out.extend(std::mem::take(&mut *l));
                    }
                }
                Base::Dict(d) => take_dict(d, &mut out),
                Base::Exception(e) => {
                    if let Ok(mut e) = e.try_borrow_mut() {
                        out.extend(e.cause.take());
                        out.extend(e.context.take());
                        out.append(&mut e.kept_frames);
                        if let Some(g) = e.group.take() {
                            out.push(g.message);
                            out.push(g.excs);
                        }
                        if let Some(s) = e.syntax.take() {
                            out.extend(Vec::from(s as Box<[Value]>));
                        }
                        if let Some(crate::error::suggest::SuggestContext::Attribute {
                            obj, ..
                        }) = e.suggest.take()
                        {
                            out.push(obj);
                        }
                        out.push(std::mem::replace(&mut e.args, Value::None));
                    }
                }
                Base::WeakRef(w) => {
                    if let Ok(mut cb) = w.callback.try_borrow_mut() {
                        out.extend(cb.take());
                    }
                }
                Base::None | Base::Value(_) => {}
            }
        }
        Payload::Cell(c) => {
            if let Ok(mut c) = c.try_borrow_mut() {
                out.extend(c.take());
            }
        }
        Payload::Iter(it) => {
            if let Ok(mut it) = it.try_borrow_mut() {
                let old = std::mem::replace(&mut *it, IterState::Exhausted);
                drop(it);
                // The old state's values die with `old` after the borrow ends.
                out.push(Value::Obj(ObjRef::new(Payload::Iter(
                    std::cell::RefCell::new(old),
                ))));
            }
        }
        Payload::WeakRef(w) => {
            if let Ok(mut cb) = w.callback.try_borrow_mut() {
                out.extend(cb.take());
            }
        }
        Payload::Generator(g) => {
            if let Ok(mut s) = g.saved.try_borrow_mut() {
                out.extend(std::mem::take(&mut s.0).into_iter().flatten());
                out.extend(std::mem::take(&mut s.1).into_iter().map(Value::Obj));
                out.append(&mut s.2);
            }
        }
        _ => {}
    }
    out
}
