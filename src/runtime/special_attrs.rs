//! Attributes objects have without a dict entry: `__class__`, `__dict__`,
//! function and exception fields, slice/range parts, and the attributes of
//! type objects (`__name__`, `__mro__`, `__bases__`, class-level lookup);
//! and assigning an instance's `__dict__`.

use super::attr::*;
use super::dict::Dict;
use super::heap::ObjRef;
use super::object::*;
use super::types::{dict_get_str, lookup, type_data};
use super::{PyResult, Value};
use crate::syntax::ast::Symbol;
use crate::vm::Vm;
use std::cell::RefCell;

/// Attributes every object has without a dict entry.
pub(super) fn special_attr(vm: &Vm, obj: &Value, name: Symbol) -> PyResult<Option<Value>> {
    let s = &vm.sym;
    if name == s.class {
        return Ok(Some(Value::Obj(vm.type_of(obj).clone())));
    }
    match obj.payload() {
        Some(Payload::Instance(i)) if name == s.dict => {
            Ok(if type_data(&i.class).has(TF_SLOTS_ONLY) {
                None
            } else {
                Some(Value::Obj(i.dict_object()))
            })
        }
        Some(Payload::Function(f)) => Ok(if name == s.name {
            Some(f.name.borrow().clone())
        } else if name.as_str() == "__annotations__" {
            let mut a = f.annotations.borrow_mut();
            if a.is_none() {
                *a = Value::Obj(super::ops::empty_dict());
            }
            Some(a.clone())
        } else if name == s.qualname {
            Some(f.qualname.borrow().clone())
        } else if name == s.module {
            // An assigned __module__ lives in the function's attribute dict.
            Some(
                dict_get_str(&f.attrs.borrow(), &vm.sym_str(name))
                    .unwrap_or_else(|| f.module.clone()),
            )
        } else if name == s.doc {
            Some(f.doc.borrow().clone())
        } else if name.as_str() == "__globals__" {
            Some(Value::Obj(f.globals.clone()))
        } else if name == s.dict {
            Some(dict_view_of(vm, &f.attrs))
        } else if name.as_str() == "__kwdefaults__" {
            let names: Vec<Value> = f
                .def
                .params
                .kwonly
                .iter()
                .map(|p| Value::str(p.name.as_str()))
                .collect();
            let vals = f.kwdefaults.borrow().clone();
            let pairs: Vec<(Value, Value)> = names
                .into_iter()
                .zip(vals)
                .filter_map(|(k, v)| v.map(|v| (k, v)))
                .collect();
            if pairs.is_empty() {
                Some(Value::None)
            } else {
                Some(super::dictops::new_dict(vm, pairs)?)
            }
        } else if name.as_str() == "__defaults__" {
            let d = f.defaults.borrow();
            Some(if d.is_empty() {
                Value::None
            } else {
                Value::Obj(ObjRef::new(Payload::Tuple(d.clone().into_boxed_slice())))
            })
        } else {
            None
        }),
        Some(Payload::Native(n)) => Ok(if name == s.qualname {
            // `list.append`: a method is qualified by its type.
            let short = n.name.rsplit('.').next().unwrap_or(n.name);
            Some(Value::str(&match n.owner {
                Some(owner) => format!("{}.{}", owner, short),
                None => n.name.to_owned(),
            }))
        } else if name == s.name {
            Some(Value::str(n.name))
        } else if name.as_str() == "__self__" {
            Some(n.bound_self.clone().unwrap_or(Value::None))
        } else {
            None
        }),
        Some(Payload::BoundMethod(m)) => {
            if name.as_str() == "__self__" {
                Ok(Some(m.self_.clone()))
            } else if name.as_str() == "__func__" {
                Ok(Some(m.func.clone()))
            } else {
                // Other attributes come from the function.
                get_attr(vm, &m.func, name).map(Some).or(Ok(None))
            }
        }
        Some(Payload::Property(p)) => Ok(match name.as_str() {
            "fget" => Some(p[0].clone()),
            "fset" => Some(p[1].clone()),
            "fdel" => Some(p[2].clone()),
            "__doc__" => Some(p[3].clone()),
            _ => None,
        }),
        Some(Payload::StaticMethod(f)) | Some(Payload::ClassMethod(f))
            if name.as_str() == "__func__" =>
        {
            Ok(Some(f.clone()))
        }
        Some(Payload::Instance(Instance {
            base: Base::Exception(d),
            class,
            ..
        })) => Ok(match name.as_str() {
            "args" => Some(d.borrow().args.clone()),
            "__cause__" => Some(d.borrow().cause.clone().unwrap_or(Value::None)),
            "__context__" => Some(d.borrow().context.clone().unwrap_or(Value::None)),
            "__suppress_context__" => Some(Value::Bool(d.borrow().suppress_context)),
            "__traceback__" => Some(Value::None),
            // SystemExit.code: the argument, or the tuple of several
            // (CPython's SystemExit_init).
            "code" if super::types::is_subtype(class, &vm.exc.system_exit) => {
                let args = d.borrow().args.clone();
                Some(match args.as_tuple() {
                    Some([]) | None => Value::None,
                    Some([one]) => one.clone(),
                    Some(_) => args.clone(),
                })
            }
            // StopIteration.value: the first argument (StopIteration_init);
            // other exceptions have no `value`.
            "value" if super::types::is_subtype(class, &vm.exc.stop_iteration) => {
                let args = d.borrow().args.clone();
                Some(match args.as_tuple() {
                    Some([first, ..]) => first.clone(),
                    _ => Value::None,
                })
            }
            _ => super::syntax_exc::get_field(vm, obj, d, name),
        }),
        Some(Payload::Generator(g)) => Ok(crate::eval::generator::special_attr(vm, g, name)),
        Some(Payload::Slice(sl)) => Ok(match name.as_str() {
            "start" => Some(sl[0].clone()),
            "stop" => Some(sl[1].clone()),
            "step" => Some(sl[2].clone()),
            _ => None,
        }),
        Some(Payload::Range(r)) => Ok(match name.as_str() {
            "start" => Some(Value::Int(r.start)),
            "stop" => Some(Value::Int(r.stop)),
            "step" => Some(Value::Int(r.step)),
            _ => None,
        }),
        _ => Ok(None),
    }
}

/// `__dict__` of an instance: CPython returns the dict itself; wisp's
/// instance dicts are embedded, so this returns a snapshot copy.
fn dict_view_of(vm: &Vm, d: &RefCell<Dict>) -> Value {
    let _ = vm;
    let src = d.borrow();
    let mut out = Dict::with_capacity(src.len());
    for e in src.iter() {
        out.push_new(e.hash, e.key.clone(), e.value.clone());
    }
    Value::Obj(ObjRef::new(Payload::Dict(RefCell::new(out))))
}

pub(super) fn get_type_attr(vm: &Vm, cls: &Value, name: Symbol, key: &Value) -> PyResult<Value> {
    let Some(cls_ref) = cls.as_obj() else {
        return Err(no_attribute(vm, cls, name));
    };
    let td = type_data(cls_ref);
    // Metatype (type) data descriptors first: __name__, __dict__, __mro__ ...
    let s = &vm.sym;
    if name == s.name {
        return Ok(Value::str(td.name.borrow().as_str()));
    }
    if name == s.qualname {
        return Ok(Value::str(td.qualname.borrow().as_str()));
    }
    if name == s.module {
        if let Some(v) = dict_get_str(&td.dict.borrow(), key) {
            return Ok(v);
        }
        return Ok(Value::str(td.module.borrow().as_str()));
    }
    if name == s.dict {
        return Ok(dict_view_of(vm, &td.dict));
    }
    if name == s.class {
        return Ok(Value::Obj(vm.type_of(cls).clone()));
    }
    if name.as_str() == "__annotations__" && td.has(TF_HEAPTYPE) {
        // A class's own annotations, never a base's (an empty dict is
        // stored on first access, as CPython 3.10+ does).
        if let Some(v) = dict_get_str(&td.dict.borrow(), key) {
            return Ok(v);
        }
        let d = Value::Obj(super::ops::empty_dict());
        let old = super::types::dict_set_str(&mut td.dict.borrow_mut(), key.clone(), d.clone());
        drop(old);
        super::types::invalidate_name(cls_ref, name);
        return Ok(d);
    }
    match name.as_str() {
        "__mro__" => {
            let mut items = vec![cls.clone()];
            items.extend(td.mro.borrow().iter().map(|t| Value::Obj(t.clone())));
            return Ok(Value::Obj(ObjRef::new(Payload::Tuple(
                items.into_boxed_slice(),
            ))));
        }
        "__bases__" => {
            let items: Vec<Value> = td
                .bases
                .borrow()
                .iter()
                .map(|t| Value::Obj(t.clone()))
                .collect();
            return Ok(Value::Obj(ObjRef::new(Payload::Tuple(
                items.into_boxed_slice(),
            ))));
        }
        "__base__" => {
            return Ok(td
                .bases
                .borrow()
                .first()
                .map_or(Value::None, |b| Value::Obj(b.clone())));
        }
        _ => {}
    }
    // The metaclass's data descriptors (properties) come before the class's
    // own attributes; its other attributes after them.
    let meta_attr = td.metaclass.as_ref().and_then(|m| lookup(m, name, key));
    if let Some(m) = &meta_attr {
        if super::attr::is_data_descriptor(vm, m) {
            return bind(vm, m.clone(), cls);
        }
    }
    if let Some(v) = lookup(cls_ref, name, key) {
        return match v.payload() {
            Some(Payload::StaticMethod(f)) => Ok(f.clone()),
            Some(Payload::ClassMethod(f)) => Ok(Value::Obj(ObjRef::new(Payload::BoundMethod(
                Box::new(BoundMethod {
                    func: f.clone(),
                    self_: cls.clone(),
                }),
            )))),
            Some(Payload::Instance(_)) => match vm.special(&v, vm.sym.get) {
                Some(get) => vm.call(&get, vec![v.clone(), Value::None, cls.clone()], &[]),
                None => Ok(v),
            },
            _ => Ok(v),
        };
    }
    if let Some(m) = meta_attr {
        return bind(vm, m, cls);
    }
    // Methods of `type` itself (mro(), __subclasses__ ...).
    if let Some(v) = lookup(&vm.types.type_, name, key) {
        return bind(vm, v, cls);
    }
    if let Some(meta) = &td.metaclass {
        if let Some(hook) = lookup(meta, vm.sym.getattr, &vm.sym_str(vm.sym.getattr)) {
            return vm.call(&hook, vec![cls.clone(), key.clone()], &[]);
        }
    }
    if name == s.doc {
        return Ok(Value::None);
    }
    let e = vm.attribute_error(format!(
        "type object '{}' has no attribute '{}'",
        td.name.borrow(),
        name
    ));
    Err(super::attr::with_attr_suggestion(e, cls, name))
}

/// `obj.__dict__ = d`: `d` itself becomes the instance's live dict, so
/// `obj.__dict__ is d` (CPython's `subtype_setdict`).
pub(super) fn replace_instance_dict(vm: &Vm, inst: &Instance, value: &Value) -> PyResult<()> {
    let dict = match value {
        Value::Obj(o) if dict_cell(o).is_some() => o.clone(),
        _ => {
            return Err(vm.type_error(format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                vm.type_name(value)
            )))
        }
    };
    let slots_inline = type_data(&inst.class).has(TF_HAS_SLOTS);
    let old = inst.replace_dict(Some(dict), slots_inline);
    drop(old);
    Ok(())
}

/// `f.name = value` for the function attributes kept in their own fields
/// (and the read-only ones); `None` for ordinary function attributes,
/// which live in the function's dict.
pub fn set_function_attr(
    vm: &Vm,
    f: &Function,
    name: Symbol,
    value: &Value,
) -> Option<PyResult<()>> {
    let must_be = |what: &str| {
        Some(Err(
            vm.type_error(format!("{} must be set to a {}", name, what))
        ))
    };
    let field = match name.as_str() {
        "__name__" | "__qualname__" if value.as_str().is_none() => {
            return must_be("string object");
        }
        "__name__" => &f.name,
        "__qualname__" => &f.qualname,
        "__doc__" => &f.doc,
        "__annotations__" => {
            if !value.is_none() && super::dictops::dict_of(value).is_none() {
                return must_be("dict object");
            }
            &f.annotations
        }
        "__defaults__" => {
            let items = match value.payload() {
                _ if value.is_none() => Vec::new(),
                Some(Payload::Tuple(t)) => t.to_vec(),
                _ => return must_be("tuple object"),
            };
            drop(f.defaults.replace(items));
            return Some(Ok(()));
        }
        "__kwdefaults__" => {
            let Some(d) = (!value.is_none()).then(|| super::dictops::dict_of(value)) else {
                drop(f.kwdefaults.replace(vec![None; f.def.params.kwonly.len()]));
                return Some(Ok(()));
            };
            let Some(d) = d else {
                return must_be("dict object");
            };
            let d = d.borrow();
            let new: Vec<Option<Value>> = f
                .def
                .params
                .kwonly
                .iter()
                .map(|p| dict_get_str(&d, &vm.sym_str(p.name)))
                .collect();
            drop(d);
            drop(f.kwdefaults.replace(new));
            return Some(Ok(()));
        }
        "__globals__" | "__closure__" | "__builtins__" => {
            return Some(Err(vm.attribute_error("readonly attribute")));
        }
        _ => return None,
    };
    drop(field.replace(value.clone()));
    Some(Ok(()))
}

/// `del f.name` for the function attributes kept in their own fields;
/// `None` for ordinary function attributes.
pub fn del_function_attr(vm: &Vm, f: &Function, name: Symbol) -> Option<PyResult<()>> {
    match name.as_str() {
        "__defaults__" | "__kwdefaults__" | "__doc__" => {
            set_function_attr(vm, f, name, &Value::None)
        }
        "__name__" | "__qualname__" => Some(Err(
            vm.type_error(format!("{} must be set to a string object", name))
        )),
        "__globals__" | "__closure__" | "__builtins__" => {
            Some(Err(vm.attribute_error("readonly attribute")))
        }
        _ => None,
    }
}
