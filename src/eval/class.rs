//! The `class` statement and `super()`: running a class body in its own
//! namespace, building the type (bases, C3 MRO, layout, flags), filling the
//! `__class__` cell, and resolving attributes through `super` objects.

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::attr::{bind, update_type_flags};
use crate::runtime::dict::Dict;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::*;
use crate::runtime::types::{c3_mro, dict_get_str, dict_set_str, is_subtype, type_data};
use crate::runtime::{PyResult, Value};
use crate::syntax::ast::*;
use crate::vm::Vm;

use super::expr::eval;
use super::stmt::exec_block;
use super::Frame;

/// Execute a class statement and return the new class.
pub fn make_class(vm: &Vm, f: &mut Frame, def: &Rc<ClassDef>) -> PyResult<Value> {
    let mut orig = Vec::with_capacity(def.bases.len());
    for b in &def.bases {
        orig.push(eval(vm, f, b)?);
    }
    let (bases, orig_bases) = resolve_bases(vm, orig)?;
    let mut class_kw = Vec::new();
    let mut explicit_meta = None;
    for (k, v) in &def.keywords {
        let v = eval(vm, f, v)?;
        if k.as_str() == "metaclass" {
            explicit_meta = Some(v);
        } else {
            class_kw.push((*k, v));
        }
    }
    let meta = choose_metaclass(vm, explicit_meta, &bases)?;
    let plain_type = meta.as_obj().is_some_and(|m| m.ptr_eq(&vm.types.type_));
    let (name, qualname) = crate::sema::mangle::demangle(&def.qualname, def.name.as_str())
        .unwrap_or_else(|| (def.name.as_str().to_owned(), def.qualname.clone()));
    let ns = if plain_type {
        crate::runtime::ops::empty_dict()
    } else {
        prepare_namespace(vm, &meta, &name, &bases, &class_kw)?
    };
    {
        let module =
            super::load_global(vm, f.globals, vm.sym.name).unwrap_or(Value::str("__main__"));
        if let Payload::Dict(d) = &ns.payload {
            let mut d = d.borrow_mut();
            if let Some(o) = orig_bases {
                dict_set_str(&mut d, vm.intern_str("__orig_bases__"), o);
            }
            dict_set_str(&mut d, vm.sym_str(vm.sym.module), module);
            dict_set_str(
                &mut d,
                vm.sym_str(vm.sym.qualname),
                Value::str(qualname.as_str()),
            );
            // The docstring (None is added once the class exists).
            if let Some(StmtKind::Expr(Expr {
                kind: ExprKind::Const(Constant::Str(s)),
                ..
            })) = def.body.first().map(|s| &s.kind)
            {
                dict_set_str(&mut d, vm.sym_str(vm.sym.doc), Value::str(&**s));
            }
        }
    }
    let scope = &def.scope;
    let frame_name: Rc<str> = Rc::from(name.as_str());
    let mut body = Frame::new(vm, f.globals, f.source, &frame_name);
    body.namespace = Some(ns.clone());
    let mut cells: Vec<ObjRef> = (0..scope.cellvars.len())
        .map(|_| ObjRef::new(Payload::Cell(RefCell::new(None))))
        .collect();
    cells.extend(
        scope
            .free_from_parent
            .iter()
            .map(|&i| f.cells[i as usize].clone()),
    );
    *body.cells = cells;
    *body.locals = vec![None; scope.n_locals as usize];
    exec_block(vm, &mut body, &def.body)?;
    let cls = if plain_type {
        build_type(vm, &name, bases, &ns, None)?
    } else {
        let bases = Value::Obj(ObjRef::new(Payload::Tuple(
            bases.into_iter().map(Value::Obj).collect(),
        )));
        let args = vec![Value::str(name.as_str()), bases, Value::Obj(ns.clone())];
        vm.call(&meta, args, &class_kw)?
    };
    // Fill the implicit __class__ cell used by zero-argument super().
    if let Some(i) = scope
        .cellvars
        .iter()
        .position(|s| s.as_str() == "__class__")
    {
        if let Payload::Cell(c) = &body.cells[i].payload {
            *c.borrow_mut() = Some(cls.clone());
        }
    }
    drop(body);
    if let Value::Obj(o) = &cls {
        if let Payload::Type(t) = &o.payload {
            let key = vm.sym_str(vm.sym.doc);
            if dict_get_str(&t.dict.borrow(), &key).is_none() {
                let old = dict_set_str(&mut t.dict.borrow_mut(), key, Value::None);
                drop(old);
            }
        }
    }
    if plain_type {
        finish_class(vm, &cls, &class_kw)?;
    }
    Ok(cls)
}

/// The class bases after `__mro_entries__` (PEP 560): a base that is not a
/// type but has that method is replaced by the types it returns; the
/// original tuple is returned too when anything was replaced.
fn resolve_bases(vm: &Vm, orig: Vec<Value>) -> PyResult<(Vec<ObjRef>, Option<Value>)> {
    let sym = crate::syntax::intern::intern("__mro_entries__");
    let orig_tuple = || Value::Obj(ObjRef::new(Payload::Tuple(orig.clone().into())));
    let mut bases = Vec::new();
    let mut replaced = false;
    for v in &orig {
        match v {
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => bases.push(o.clone()),
            other => {
                // Looked up on the object itself, as CPython does.
                let Ok(m) = crate::runtime::attr::get_attr(vm, other, sym) else {
                    return Err(
                        vm.type_error(format!("bases must be types, not {}", vm.type_name(other)))
                    );
                };
                let r = vm.call(&m, vec![orig_tuple()], &[])?;
                let Some(items) = r.as_tuple() else {
                    return Err(vm.type_error("__mro_entries__ must return a tuple"));
                };
                replaced = true;
                for item in items {
                    match item {
                        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => {
                            bases.push(o.clone())
                        }
                        bad => {
                            return Err(vm.type_error(format!(
                                "bases must be types, not {}",
                                vm.type_name(bad)
                            )))
                        }
                    }
                }
            }
        }
    }
    let orig_bases = if replaced { Some(orig_tuple()) } else { None };
    Ok((bases, orig_bases))
}

/// The metaclass a `class` statement calls: the explicit `metaclass=`, or
/// the most derived metaclass of the bases (CPython's `_calculate_meta`).
fn choose_metaclass(vm: &Vm, explicit: Option<Value>, bases: &[ObjRef]) -> PyResult<Value> {
    let start = match explicit {
        // A metaclass that is not a class (a function) is called as is.
        Some(m) if !matches!(m.payload(), Some(Payload::Type(_))) => return Ok(m),
        Some(Value::Obj(m)) => m,
        _ => match bases.first() {
            Some(b) => vm.types.type_of_obj(b).clone(),
            None => vm.types.type_.clone(),
        },
    };
    Ok(Value::Obj(most_derived_metaclass(vm, start, bases)?))
}

/// The winner among `meta` and the metaclasses of `bases`.
pub fn most_derived_metaclass(vm: &Vm, meta: ObjRef, bases: &[ObjRef]) -> PyResult<ObjRef> {
    let mut winner = meta;
    for b in bases {
        let t = vm.types.type_of_obj(b);
        if is_subtype(&winner, t) {
            continue;
        }
        if is_subtype(t, &winner) {
            winner = t.clone();
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// The class body's namespace: `meta.__prepare__(name, bases, **kw)` when
/// the metaclass defines it, else a new dict.
fn prepare_namespace(
    vm: &Vm,
    meta: &Value,
    name: &str,
    bases: &[ObjRef],
    kw: &[(Symbol, Value)],
) -> PyResult<ObjRef> {
    let prepare = crate::syntax::intern::intern("__prepare__");
    if !matches!(meta.payload(), Some(Payload::Type(_))) {
        return Ok(crate::runtime::ops::empty_dict());
    }
    let found = match meta.as_obj() {
        Some(m) => crate::runtime::types::lookup(m, prepare, &vm.sym_str(prepare)),
        None => None,
    };
    let Some(_) = found else {
        return Ok(crate::runtime::ops::empty_dict());
    };
    let method = crate::runtime::attr::get_attr(vm, meta, prepare)?;
    let bases = Value::Obj(ObjRef::new(Payload::Tuple(
        bases.iter().cloned().map(Value::Obj).collect(),
    )));
    let ns = vm.call(&method, vec![Value::str(name), bases], kw)?;
    let meta_name = type_data(meta.as_obj().unwrap_or(&vm.types.type_))
        .name
        .borrow()
        .clone();
    match ns {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => Ok(o),
        other if vm.special(&other, vm.sym.getitem).is_none() => Err(vm.type_error(format!(
            "{meta_name}.__prepare__() must return a mapping, not {}",
            vm.type_name(&other)
        ))),
        other => Err(vm.type_error(format!(
            "{meta_name}.__prepare__() returned a {}: wisp supports only dict namespaces",
            vm.type_name(&other)
        ))),
    }
}

/// After a class is built: `__set_name__` on each attribute that defines it,
/// then the parent's `__init_subclass__(**kw)` (CPython's `type_new_impl`).
pub fn finish_class(vm: &Vm, cls: &Value, kw: &[(Symbol, Value)]) -> PyResult<()> {
    let Some(c) = cls.as_obj() else { return Ok(()) };
    let items: Vec<(Value, Value)> = type_data(c)
        .dict
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    for (k, v) in items {
        if let Some(sn) = vm.special(&v, vm.sym.set_name) {
            vm.call_descriptor_method(&sn, &v, vec![v.clone(), cls.clone(), k])?;
        }
    }
    let key = vm.sym_str(vm.sym.init_subclass);
    let mro: Vec<ObjRef> = type_data(c).mro.borrow().clone();
    for t in &mro {
        let found = dict_get_str(&type_data(t).dict.borrow(), &key);
        if let Some(m) = found {
            let func = match m.payload() {
                Some(Payload::ClassMethod(f)) => f.clone(),
                _ => m,
            };
            vm.call(&func, vec![cls.clone()], kw)?;
            break;
        }
    }
    Ok(())
}

/// Create a heap type from a name, bases and a namespace dict.
pub fn build_type(
    vm: &Vm,
    name: &str,
    mut bases: Vec<ObjRef>,
    ns: &ObjRef,
    metaclass: Option<ObjRef>,
) -> PyResult<Value> {
    if bases.is_empty() {
        bases.push(vm.types.object.clone());
    }
    for b in &bases {
        if !type_data(b).has(TF_BASETYPE) {
            return Err(vm.type_error(format!(
                "type '{}' is not an acceptable base type",
                type_data(b).name.borrow()
            )));
        }
    }
    let Some(mro) = c3_mro(&bases) else {
        return Err(crate::runtime::types::mro_conflict(vm, &bases));
    };
    let layout = crate::runtime::types::instance_layout(&mro);
    let Payload::Dict(nsd) = &ns.payload else {
        return Err(vm.type_error("class namespace must be a dict"));
    };
    let mut dict = Dict::new();
    for e in nsd.borrow().iter() {
        dict.push_new(e.hash, e.key.clone(), e.value.clone());
    }
    let qualname = dict_get_str(&dict, &vm.sym_str(vm.sym.qualname))
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| name.to_owned());
    let module = dict_get_str(&dict, &vm.sym_str(vm.sym.module))
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| "__main__".to_owned());
    // Defining __eq__ without __hash__ makes instances unhashable.
    if dict_get_str(&dict, &vm.sym_str(vm.sym.eq)).is_some()
        && dict_get_str(&dict, &vm.sym_str(vm.sym.hash)).is_none()
    {
        dict_set_str(&mut dict, vm.sym_str(vm.sym.hash), Value::None);
    }
    let slots = declared_slots(vm, &dict)?;
    let mut slot_flags = slots_flags(vm, &dict, slots.as_deref(), &bases)?;
    if add_slot_members(vm, name, slots.as_deref(), &mut dict)
        || bases.iter().any(|b| type_data(b).has(TF_HAS_SLOTS))
    {
        slot_flags |= TF_HAS_SLOTS;
    }
    // __init_subclass__ and __class_getitem__ are implicitly classmethods.
    for name in ["__init_subclass__", "__class_getitem__"] {
        let k = vm.intern_str(name);
        if let Some(m) = dict_get_str(&dict, &k) {
            if matches!(m.payload(), Some(Payload::Function(_))) {
                dict_set_str(
                    &mut dict,
                    k,
                    Value::Obj(ObjRef::new(Payload::ClassMethod(m))),
                );
            }
        }
    }
    // __new__ is implicitly a staticmethod.
    if let Some(n) = dict_get_str(&dict, &vm.sym_str(vm.sym.new)) {
        if matches!(n.payload(), Some(Payload::Function(_))) {
            dict_set_str(
                &mut dict,
                vm.sym_str(vm.sym.new),
                Value::Obj(ObjRef::new(Payload::StaticMethod(n))),
            );
        }
    }
    let cls = ObjRef::new(Payload::Type(Box::new(TypeObj {
        name: RefCell::new(name.to_owned()),
        qualname: RefCell::new(qualname),
        module: RefCell::new(module),
        bases: RefCell::new(bases),
        mro: RefCell::new(mro),
        dict: RefCell::new(dict),
        layout,
        flags: std::cell::Cell::new(TF_HEAPTYPE | TF_BASETYPE | slot_flags),
        self_ref: RefCell::new(None),
        metaclass,
        subclasses: RefCell::new(Vec::new()),
        data_descriptors: RefCell::new(Box::default()),
        attr_hint: std::cell::Cell::new(0),
    })));
    if let Payload::Type(t) = &cls.payload {
        *t.self_ref.borrow_mut() = Some(cls.clone());
    }
    let v = Value::Obj(cls);
    crate::runtime::types::register_subclass(vm, &v)?;
    update_type_flags(vm, &v);
    Ok(v)
}

/// The names in the class body's `__slots__` (a single string counts as
/// one name), read once; `None` when the class does not declare it.
fn declared_slots(vm: &Vm, dict: &Dict) -> PyResult<Option<Vec<Value>>> {
    let Some(sl) = dict_get_str(dict, &vm.sym_str(vm.sym.slots)) else {
        return Ok(None);
    };
    if sl.as_str().is_some() {
        return Ok(Some(vec![sl]));
    }
    crate::runtime::ops::collect(vm, &sl).map(Some)
}

/// A member descriptor in the class dict for each name in `__slots__`
/// (other than `__dict__` and `__weakref__`); whether there were any.
fn add_slot_members(vm: &Vm, class_name: &str, slots: Option<&[Value]>, dict: &mut Dict) -> bool {
    let mut any = false;
    for it in slots.unwrap_or_default() {
        let Some(s) = it.as_str() else { continue };
        if s == "__dict__" || s == "__weakref__" {
            continue;
        }
        let stored = crate::runtime::slots::slot_name(class_name, s);
        let sym = crate::syntax::intern::intern(&stored);
        let member = crate::runtime::slots::new_member(sym, class_name);
        dict_set_str(dict, vm.sym_str(sym), member);
        any = true;
    }
    any
}

/// `__slots__`: whether instances get a `__dict__` (`TF_SLOTS_ONLY` when
/// not) and whether they can be weakly referenced (`TF_WEAKREFABLE`).
fn slots_flags(vm: &Vm, dict: &Dict, slots: Option<&[Value]>, bases: &[ObjRef]) -> PyResult<u32> {
    let Some(items) = slots else {
        return Ok(TF_WEAKREFABLE);
    };
    let (mut has_dict, mut has_weakref) = (false, false);
    for it in items {
        let Some(s) = it.as_str() else {
            return Err(vm.type_error(format!(
                "__slots__ items must be strings, not '{}'",
                vm.type_name(it)
            )));
        };
        match s {
            "__dict__" => has_dict = true,
            "__weakref__" => has_weakref = true,
            _ => {
                if dict_get_str(dict, it).is_some() {
                    return Err(vm.value_error(format!(
                        "'{}' in __slots__ conflicts with class variable",
                        s
                    )));
                }
            }
        }
    }
    let base_has_dict = bases.iter().any(|b| {
        !b.ptr_eq(&vm.types.object)
            && !type_data(b).has(TF_SLOTS_ONLY)
            && type_data(b).layout != Layout::Builtin
    });
    let base_weak = bases
        .iter()
        .any(|b| type_data(b).has(TF_HEAPTYPE) && type_data(b).has(TF_WEAKREFABLE));
    let mut flags = 0;
    if !has_dict && !base_has_dict {
        flags |= TF_SLOTS_ONLY;
    }
    if has_weakref || base_weak || has_dict || base_has_dict {
        flags |= TF_WEAKREFABLE;
    }
    Ok(flags)
}

/// `super()` with no arguments, inside a method: the `__class__` cell and
/// the first argument (which may itself live in a cell).
pub fn zero_arg_super(vm: &Vm, f: &Frame) -> PyResult<Value> {
    let Some(scope) = f.scope else {
        return Err(vm.runtime_error("super(): no arguments"));
    };
    let cell_value = |i: usize| match f.cells.get(i).map(|c| &c.payload) {
        Some(Payload::Cell(c)) => c.borrow().clone(),
        _ => None,
    };
    let class_index = scope
        .freevars
        .iter()
        .position(|s| s.as_str() == "__class__");
    let cls = match class_index.and_then(|i| cell_value(scope.cellvars.len() + i)) {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => o,
        _ => return Err(vm.runtime_error("super(): __class__ cell not found")),
    };
    let first = match scope.cell_params.iter().find(|(slot, _)| *slot == 0) {
        Some((_, cell)) => cell_value(*cell as usize),
        None => f.locals.first().cloned().flatten(),
    };
    let Some(obj) = first else {
        return Err(vm.runtime_error("super(): no arguments"));
    };
    Ok(Value::Obj(ObjRef::new(Payload::Super(Box::new((
        cls, obj,
    ))))))
}

/// Attribute lookup through a `super` object: search the MRO of the
/// instance's type after `cls`.
pub fn super_getattr(vm: &Vm, cls: &ObjRef, obj: &Value, name: Symbol) -> PyResult<Value> {
    let key = vm.sym_str(name);
    // `super()` in a classmethod (obj is a subclass of cls), as opposed to
    // in an instance method (including a metaclass's, where obj is a class).
    let class_level = matches!(obj.payload(), Some(Payload::Type(_)))
        && obj.as_obj().is_some_and(|o| is_subtype(o, cls));
    let start_type = match obj.as_obj() {
        Some(o) if class_level => o.clone(),
        _ => vm.type_of(obj).clone(),
    };
    let mut full = vec![start_type.clone()];
    full.extend(type_data(&start_type).mro.borrow().iter().cloned());
    let pos = full
        .iter()
        .position(|t| t.ptr_eq(cls))
        .map_or(full.len(), |p| p + 1);
    for t in &full[pos..] {
        let found = dict_get_str(&type_data(t).dict.borrow(), &key);
        if let Some(v) = found {
            if class_level {
                return match v.payload() {
                    Some(Payload::ClassMethod(f)) => Ok(Value::Obj(ObjRef::new(
                        Payload::BoundMethod(Box::new(BoundMethod {
                            func: f.clone(),
                            self_: obj.clone(),
                        })),
                    ))),
                    Some(Payload::StaticMethod(f)) => Ok(f.clone()),
                    _ => Ok(v),
                };
            }
            return bind(vm, v, obj);
        }
    }
    Err(vm.attribute_error(format!("'super' object has no attribute '{}'", name)))
}
