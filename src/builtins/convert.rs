//! Constructors of the built-in types (`int()`, `str()`, `list()`, ...,
//! `object()`, `type()`, exceptions) and `format()`.
//!
//! Owns the `__new__`/`__init__` natives installed on built-in types and the
//! methods every object inherits from `object`.

use std::cell::RefCell;

use crate::runtime::arith::{self, int_value, num_err};
use crate::runtime::attr::{
    generic_del_attr, generic_get_attr, generic_set_attr, new_instance, no_attribute,
};
use crate::runtime::dict::Dict;
use crate::runtime::dictops;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::*;
use crate::runtime::repr::{default_repr, repr, str_of};
use crate::runtime::types::{is_subtype, type_data};
use crate::runtime::{ops, PyResult, Value};
use crate::syntax::intern::intern;
use crate::vm::Vm;

use super::{add_methods, arity, kwarg, set_type_attr};

pub fn install(vm: &Vm) {
    crate::eval::generator::install(vm);
    super::descriptors::install(vm);
    crate::eval::dynamic::install(vm);
    let t = &vm.types;
    add_methods(
        vm,
        &t.object,
        "object",
        &[
            ("__new__", object_new),
            ("__init__", object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__hash__", object_hash),
            ("__format__", object_format),
            ("__setattr__", object_setattr),
            ("__getattribute__", object_getattribute),
            ("__delattr__", object_delattr),
            ("__init_subclass__", object_init_subclass),
        ],
    );
    fix_native_name(vm, &t.object, "__new__", "object.__new__");
    fix_native_name(vm, &t.object, "__init__", "object.__init__");
    add_methods(
        vm,
        &t.type_,
        "type",
        &[
            ("__new__", type_new),
            ("__init__", type_init),
            ("__call__", type_call),
            ("mro", type_mro),
            ("__subclasses__", type_subclasses),
        ],
    );
    add_methods(vm, &t.int, "int", &[("__new__", int_new)]);
    add_methods(vm, &t.bool, "bool", &[("__new__", bool_new)]);
    add_methods(vm, &t.float, "float", &[("__new__", float_new)]);
    add_methods(vm, &t.str, "str", &[("__new__", str_new)]);
    add_methods(vm, &t.tuple, "tuple", &[("__new__", tuple_new)]);
    add_methods(
        vm,
        &t.list,
        "list",
        &[("__new__", list_new), ("__init__", list_init)],
    );
    add_methods(
        vm,
        &t.dict,
        "dict",
        &[("__new__", dict_new), ("__init__", dict_init)],
    );
    add_methods(vm, &t.range, "range", &[("__new__", range_new)]);
    add_methods(vm, &t.slice, "slice", &[("__new__", slice_new)]);
    add_methods(vm, &t.property, "property", &[("__new__", property_new)]);
    add_methods(
        vm,
        &t.staticmethod,
        "staticmethod",
        &[("__new__", staticmethod_new)],
    );
    add_methods(
        vm,
        &t.classmethod,
        "classmethod",
        &[("__new__", classmethod_new)],
    );
    add_methods(vm, &t.super_, "super", &[("__new__", super_new)]);
    super::exceptions::install(vm);
    set_type_attr(
        vm,
        &t.object,
        "__doc__",
        Value::str("The base class of the class hierarchy."),
    );
}

/// Natives are named by their method name; `call_type` recognises the
/// defaults by these qualified names.
fn fix_native_name(vm: &Vm, ty: &ObjRef, attr: &str, qualified: &'static str) {
    let d = type_data(ty).dict.borrow();
    if let Some(v) = crate::runtime::types::dict_get_str(&d, &vm.intern_str(attr)) {
        drop(d);
        if let Some(Payload::Native(n)) = v.payload() {
            let f = Value::Obj(ObjRef::new(Payload::Native(Box::new(NativeFunction {
                name: qualified,
                func: n.func,
                bound_self: None,
                owner: n.owner,
            }))));
            set_type_attr(vm, ty, attr, f);
        }
    }
}

pub(crate) fn cls_arg(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.pos.first().and_then(|v| v.as_obj()) {
        Some(o) if matches!(o.payload, Payload::Type(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("__new__(X): X is not a type object")),
    }
}

fn object_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args)?;
    Ok(new_instance(vm, &cls))
}
fn object_init(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}
fn object_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__repr__", &args, 1, 1)?;
    Ok(Value::str(default_repr(vm, &args.pos[0])))
}
fn object_str(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__str__", &args, 1, 1)?;
    Ok(Value::str(repr(vm, &args.pos[0])?))
}
fn object_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__eq__", &args, 2, 2)?;
    Ok(if args.pos[0].is(&args.pos[1]) {
        Value::Bool(true)
    } else {
        vm.not_implemented.clone()
    })
}
fn object_ne(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__ne__", &args, 2, 2)?;
    let r = ops::compare(
        vm,
        &args.pos[0],
        &args.pos[1],
        crate::syntax::ast::CmpOp::Eq,
    )?;
    Ok(Value::Bool(!ops::truthy(vm, &r)?))
}
fn object_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__hash__", &args, 1, 1)?;
    Ok(Value::Int((args.pos[0].id().rotate_right(4)) as i64))
}
fn object_format(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__format__", &args, 2, 2)?;
    let spec = args.pos[1].as_str().unwrap_or("");
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&args.pos[0])
        )));
    }
    Ok(Value::str(str_of(vm, &args.pos[0])?))
}
fn name_arg(vm: &Vm, v: &Value) -> PyResult<crate::syntax::ast::Symbol> {
    v.as_str().map(intern).ok_or_else(|| {
        vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))
    })
}
fn object_setattr(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__setattr__", &args, 3, 3)?;
    let name = name_arg(vm, &args.pos[1])?;
    let ty = vm.type_of(&args.pos[0]).clone();
    generic_set_attr(
        vm,
        &args.pos[0],
        &ty,
        name,
        vm.sym_str(name),
        args.pos[2].clone(),
    )?;
    Ok(Value::None)
}
fn object_getattribute(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__getattribute__", &args, 2, 2)?;
    let name = name_arg(vm, &args.pos[1])?;
    let ty = vm.type_of(&args.pos[0]).clone();
    match generic_get_attr(vm, &args.pos[0], &ty, name, &vm.sym_str(name))? {
        Some(v) => Ok(v),
        None => Err(no_attribute(vm, &args.pos[0], name)),
    }
}
fn object_delattr(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__delattr__", &args, 2, 2)?;
    let name = name_arg(vm, &args.pos[1])?;
    let ty = vm.type_of(&args.pos[0]).clone();
    generic_del_attr(vm, &args.pos[0], &ty, name, vm.sym_str(name))?;
    Ok(Value::None)
}
fn object_init_subclass(vm: &Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        let name = match args.pos.first().and_then(|c| c.as_obj()) {
            Some(c) => crate::runtime::types::type_data(c)
                .qualname
                .borrow()
                .clone(),
            None => "object".into(),
        };
        return Err(vm.type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            name
        )));
    }
    Ok(Value::None)
}

fn type_new(vm: &Vm, args: Args) -> PyResult<Value> {
    match args.pos.len() {
        2 => Ok(Value::Obj(vm.type_of(&args.pos[1]).clone())),
        4 => {
            let meta = match args.pos[0].as_obj() {
                Some(m) if matches!(m.payload, Payload::Type(_)) => m,
                _ => {
                    return Err(vm.type_error(format!(
                        "type.__new__(X): X is not a type object ({})",
                        vm.type_name(&args.pos[0])
                    )))
                }
            };
            if !is_subtype(meta, &vm.types.type_) {
                let n = type_data(meta).name.borrow().clone();
                return Err(
                    vm.type_error(format!("type.__new__({n}): {n} is not a subtype of type"))
                );
            }
            let name = args.pos[1]
                .as_str()
                .ok_or_else(|| vm.type_error("type.__new__() argument 1 must be str"))?;
            let bases: Vec<ObjRef> = args.pos[2]
                .as_tuple()
                .ok_or_else(|| vm.type_error("type.__new__() argument 2 must be tuple"))?
                .iter()
                .filter_map(|b| b.as_obj().cloned())
                .collect();
            let src = dictops::dict_of(&args.pos[3])
                .ok_or_else(|| vm.type_error("type.__new__() argument 3 must be dict"))?;
            let mut d = Dict::new();
            for (k, v) in dictops::items(src) {
                let h = ops::hash(vm, &k)?;
                d.push_new(h, k, v);
            }
            let winner = crate::eval::class::most_derived_metaclass(vm, meta.clone(), &bases)?;
            let metaclass = (!winner.ptr_eq(&vm.types.type_)).then_some(winner);
            let ns = ObjRef::new(Payload::Dict(RefCell::new(d)));
            let cls = crate::eval::class::build_type(vm, name, bases, &ns, metaclass)?;
            crate::eval::class::finish_class(vm, &cls, args.kw)?;
            Ok(cls)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

/// `type.__init__`: nothing to do once `type.__new__` built the class.
fn type_init(vm: &Vm, args: Args) -> PyResult<Value> {
    match args.pos.len() {
        2 | 4 => Ok(Value::None),
        _ => Err(vm.type_error("type.__init__() takes 1 or 3 arguments")),
    }
}

/// `type.__call__(cls, *args, **kw)`: what calling a class does by default
/// (`__new__` then `__init__`); a metaclass's `__call__` reaches it
/// through `super().__call__`.
fn type_call(vm: &Vm, args: Args) -> PyResult<Value> {
    let Some((cls, rest)) = args.pos.split_first() else {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    };
    match cls.as_obj() {
        Some(c) if matches!(c.payload, Payload::Type(_)) => {
            crate::runtime::construct::call_type(vm, c, rest.to_vec(), args.kw)
        }
        _ => Err(vm.type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{}'",
            vm.type_name(cls)
        ))),
    }
}

fn type_subclasses(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__subclasses__", &args, 1, 1)?;
    let Some(t) = args.pos[0].as_obj() else {
        return Ok(ops::new_list(Vec::new()));
    };
    let subs = crate::runtime::types::live_subclasses(t);
    Ok(ops::new_list(subs.into_iter().map(Value::Obj).collect()))
}

fn type_mro(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "mro", &args, 1, 1)?;
    let Some(t) = args.pos[0].as_obj() else {
        return Ok(Value::None);
    };
    let mut items = vec![args.pos[0].clone()];
    items.extend(
        type_data(t)
            .mro
            .borrow()
            .iter()
            .map(|x| Value::Obj(x.clone())),
    );
    Ok(ops::new_list(items))
}

/// For `cls(...)` where `cls` is a subclass of the immutable built-in
/// `base`: an instance of `cls` standing for the built-in value `v`.
pub(crate) fn as_subclass(
    vm: &Vm,
    cls: &ObjRef,
    base: &ObjRef,
    v: PyResult<Value>,
) -> PyResult<Value> {
    let v = v?;
    if cls.ptr_eq(base) {
        return Ok(v);
    }
    let _ = vm;
    Ok(Value::Obj(ObjRef::new(Payload::Instance(Instance::new(
        cls.clone(),
        Base::Value(v),
    )))))
}

fn int_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args)?;
    as_subclass(vm, &cls, &vm.types.int, int_from_args(vm, &args))
}

fn int_from_args(vm: &Vm, args: &Args) -> PyResult<Value> {
    let rest = &args.pos[1..];
    let base = rest.get(1).or_else(|| kwarg(args, "base"));
    let Some(x) = rest.first() else {
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = ops::index_value(vm, b)?;
        let Some(s) = x.as_str() else {
            return Err(vm.type_error("int() can't convert non-string with explicit base"));
        };
        return crate::runtime::num_text::parse_int(s, b)
            .map(int_value)
            .map_err(|e| num_err(vm, e));
    }
    match x {
        Value::Int(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => arith::float_to_int(vm, *f),
        _ => {
            if arith::as_bigint(x).is_some() {
                // int() of an int subclass (an IntFlag member...) is an exact int.
                return Ok(x.builtin_base().unwrap_or(x).clone());
            }
            if let Some(s) = x.as_str() {
                return crate::runtime::num_text::parse_int(s, 10)
                    .map(int_value)
                    .map_err(|e| num_err(vm, e));
            }
            for sym in [vm.sym.int, vm.sym.index] {
                if let Some(r) = vm.call_special(x, sym, &[]) {
                    return r;
                }
            }
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(x)
            )))
        }
    }
}

fn bool_new(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "bool", &args, 1, 2)?;
    match args.pos.get(1) {
        Some(v) => Ok(Value::Bool(ops::truthy(vm, v)?)),
        None => Ok(Value::Bool(false)),
    }
}

fn float_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args)?;
    as_subclass(vm, &cls, &vm.types.float, float_value(vm, &args))
}

fn float_value(vm: &Vm, args: &Args) -> PyResult<Value> {
    let Some(x) = args.pos.get(1) else {
        return Ok(Value::Float(0.0));
    };
    if let Some(s) = x.as_str() {
        return crate::runtime::num_text::parse_float(s)
            .map(Value::Float)
            .map_err(|e| num_err(vm, e));
    }
    if let Some(r) = arith::as_f64(vm, x) {
        return r.map(Value::Float);
    }
    if let Some(r) = vm.call_special(x, vm.sym.float, &[]) {
        return r;
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(x)
    )))
}

fn str_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args)?;
    as_subclass(vm, &cls, &vm.types.str, str_value(vm, &args))
}

fn str_value(vm: &Vm, args: &Args) -> PyResult<Value> {
    match args.pos.get(1).or_else(|| kwarg(args, "object")) {
        None => Ok(Value::str("")),
        Some(v) => {
            if let (Some(Payload::Bytes(b)), true) = (
                v.payload(),
                args.pos.len() > 2 || kwarg(args, "encoding").is_some(),
            ) {
                return Ok(Value::str(String::from_utf8_lossy(b).into_owned()));
            }
            // Only an exact str is returned as is: a subclass may define __str__.
            if let Some(Payload::Str(_)) = v.payload() {
                return Ok(v.clone());
            }
            Ok(Value::str(str_of(vm, v)?))
        }
    }
}

fn tuple_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args)?;
    as_subclass(vm, &cls, &vm.types.tuple, tuple_value(vm, &args))
}

fn tuple_value(vm: &Vm, args: &Args) -> PyResult<Value> {
    match args.pos.get(1) {
        None => Ok(ops::new_tuple(vec![])),
        Some(v) if matches!(v.payload(), Some(Payload::Tuple(_))) => Ok(v.clone()),
        Some(v) => Ok(ops::new_tuple(ops::collect(vm, v)?)),
    }
}

fn list_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args)?;
    if cls.ptr_eq(&vm.types.list) {
        return Ok(ops::new_list(vec![]));
    }
    Ok(new_instance(vm, &cls))
}

fn list_init(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "list", &args, 1, 2)?;
    let Some(l) = ops::list_of(&args.pos[0]) else {
        return Ok(Value::None);
    };
    let items = match args.pos.get(1) {
        Some(src) => ops::collect(vm, src)?,
        None => vec![],
    };
    let old = std::mem::replace(&mut *l.borrow_mut(), items);
    drop(old);
    Ok(Value::None)
}

fn dict_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args)?;
    if cls.ptr_eq(&vm.types.dict) {
        return Ok(Value::Obj(ObjRef::new(Payload::Dict(RefCell::new(
            Dict::new(),
        )))));
    }
    Ok(new_instance(vm, &cls))
}

/// `dict.__init__` / `dict.update` core: a mapping or iterable of pairs, then keywords.
pub fn dict_update_from(
    vm: &Vm,
    d: &RefCell<Dict>,
    src: Option<&Value>,
    kw: &[(crate::syntax::ast::Symbol, Value)],
) -> PyResult<()> {
    if let Some(src) = src {
        if dictops::dict_of(src).is_some() || vm.special(src, intern("keys")).is_some() {
            for (k, v) in crate::eval::expr::mapping_items(vm, src)? {
                dictops::set(vm, d, k, v)?;
            }
        } else {
            let it = ops::iter(vm, src)?;
            let mut i = 0;
            while let Some(pair) = ops::next(vm, &it)? {
                let kv = ops::collect(vm, &pair).map_err(|_| {
                    vm.type_error(format!(
                        "cannot convert dictionary update sequence element #{} to a sequence",
                        i
                    ))
                })?;
                if kv.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{} has length {}; 2 is required",
                        i,
                        kv.len()
                    )));
                }
                let mut kv = kv.into_iter();
                if let (Some(k), Some(v)) = (kv.next(), kv.next()) {
                    dictops::set(vm, d, k, v)?;
                }
                i += 1;
            }
        }
    }
    for (k, v) in kw {
        dictops::set(vm, d, vm.sym_str(*k), v.clone())?;
    }
    Ok(())
}

fn dict_init(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "dict", &args, 1, 2)?;
    let Some(d) = dictops::dict_of(&args.pos[0]) else {
        return Ok(Value::None);
    };
    dict_update_from(vm, d, args.pos.get(1), args.kw)?;
    Ok(Value::None)
}

fn range_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let rest = &args.pos[1..];
    let ints: Vec<i64> = rest
        .iter()
        .map(|v| ops::index_value(vm, v))
        .collect::<PyResult<_>>()?;
    let (start, stop, step) = match ints.as_slice() {
        [stop] => (0, *stop, 1),
        [start, stop] => (*start, *stop, 1),
        [start, stop, step] => (*start, *stop, *step),
        [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        _ => {
            return Err(vm.type_error(format!(
                "range expected at most 3 arguments, got {}",
                ints.len()
            )))
        }
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Obj(ObjRef::new(Payload::Range(Range {
        start,
        stop,
        step,
    }))))
}

fn slice_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let rest = &args.pos[1..];
    let s = match rest {
        [stop] => [Value::None, stop.clone(), Value::None],
        [a, b] => [a.clone(), b.clone(), Value::None],
        [a, b, c] => [a.clone(), b.clone(), c.clone()],
        _ => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
    };
    Ok(Value::Obj(ObjRef::new(Payload::Slice(Box::new(s)))))
}

fn property_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let rest = &args.pos[1..];
    let get = |i: usize, name: &str| {
        rest.get(i)
            .or_else(|| kwarg(&args, name))
            .cloned()
            .unwrap_or(Value::None)
    };
    let mut doc = get(3, "doc");
    let fget = get(0, "fget");
    if doc.is_none() && !fget.is_none() {
        doc = crate::runtime::attr::get_attr(vm, &fget, vm.sym.doc).unwrap_or(Value::None);
    }
    Ok(Value::Obj(ObjRef::new(Payload::Property(
        PropertyObj::new([fget, get(1, "fset"), get(2, "fdel"), doc], Value::None),
    ))))
}

fn staticmethod_new(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "staticmethod", &args, 2, 2)?;
    Ok(Value::Obj(ObjRef::new(Payload::StaticMethod(
        args.pos[1].clone(),
    ))))
}

fn classmethod_new(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "classmethod", &args, 2, 2)?;
    Ok(Value::Obj(ObjRef::new(Payload::ClassMethod(
        args.pos[1].clone(),
    ))))
}

fn super_new(vm: &Vm, args: Args) -> PyResult<Value> {
    match &args.pos[1..] {
        [cls, obj] => match cls.as_obj() {
            Some(c) if matches!(c.payload, Payload::Type(_)) => Ok(Value::Obj(ObjRef::new(
                Payload::Super(Box::new((c.clone(), obj.clone()))),
            ))),
            _ => Err(vm.type_error("super() argument 1 must be a type")),
        },
        [] => Err(vm.runtime_error("super(): no arguments")),
        _ => Err(vm.type_error("super() takes 0 or 2 arguments in wisp")),
    }
}
