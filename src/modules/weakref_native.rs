//! The `_weakref` module: `ref` (`ReferenceType`), `proxy`, the proxy
//! types' forwarding methods, `getweakrefcount`, `getweakrefs`.
//! `stdlib/weakref.py` builds `WeakValueDictionary` & co. on top of it.

use crate::builtins::{add_methods, arity, kwarg, native, set_type_attr};
use crate::runtime::object::*;
use crate::runtime::repr::{repr, str_of};
use crate::runtime::weakref::{self, dead_proxy, referent, weak_data, WeakKind};
use crate::runtime::{arith, ops, PyResult, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::Vm;

use super::{new_module, set_attr};

pub fn create(vm: &Vm) -> Value {
    install_types(vm);
    let m = new_module(vm, "_weakref");
    let t = &vm.types;
    set_attr(vm, &m, "ref", Value::Obj(t.weakref.clone()));
    set_attr(vm, &m, "ReferenceType", Value::Obj(t.weakref.clone()));
    set_attr(vm, &m, "ProxyType", Value::Obj(t.weakproxy.clone()));
    set_attr(
        vm,
        &m,
        "CallableProxyType",
        Value::Obj(t.weakcallableproxy.clone()),
    );
    set_attr(vm, &m, "proxy", native("proxy", proxy));
    set_attr(
        vm,
        &m,
        "getweakrefcount",
        native("getweakrefcount", getweakrefcount),
    );
    set_attr(vm, &m, "getweakrefs", native("getweakrefs", getweakrefs));
    // The native halves of WeakValueDictionary and finalize.
    use super::finalize_native as fin;
    use super::weakvaluedict_native as wvd;
    let helpers: [(&'static str, NativeFn); 8] = [
        ("_wvd_setup", wvd::setup),
        ("_wvd_remover", wvd::remover),
        ("_remove_dead_weakref", wvd::remove_dead_weakref),
        ("_finalize_setup", fin::setup),
        ("_finalize_exit_list", fin::exit_list),
        ("_finalize_dirty", fin::dirty),
        ("_finalize_count", fin::count),
        ("_finalize_shutdown", fin::shutdown),
    ];
    for (name, func) in helpers {
        set_attr(vm, &m, name, native(name, func));
    }
    m
}

fn install_types(vm: &Vm) {
    let t = &vm.types;
    if crate::runtime::types::type_data(&t.weakref)
        .module
        .borrow()
        .as_str()
        == "weakref"
    {
        return;
    }
    set_type_attr(vm, &t.weakref, "__repr__", native("__repr__", any_repr));
    set_type_attr(vm, &t.weakproxy, "__repr__", native("__repr__", any_repr));
    set_type_attr(
        vm,
        &t.weakcallableproxy,
        "__repr__",
        native("__repr__", any_repr),
    );
    for ty in [&t.weakref, &t.weakproxy, &t.weakcallableproxy] {
        crate::runtime::types::type_data(ty)
            .module
            .replace("weakref".into());
    }
    add_methods(
        vm,
        &t.weakref,
        "weakref",
        &[
            ("__new__", ref_new),
            ("__init__", ref_init),
            ("__call__", ref_call),
            ("__eq__", ref_eq),
            ("__ne__", ref_ne),
            ("__hash__", ref_hash),
        ],
    );
    let cb = crate::builtins::getter_property("__callback__", ref_callback);
    set_type_attr(vm, &t.weakref, "__callback__", cb);
    let forward: &[(&'static str, NativeFn)] = &[
        ("__len__", p_len),
        ("__getitem__", p_getitem),
        ("__setitem__", p_setitem),
        ("__delitem__", p_delitem),
        ("__contains__", p_contains),
        ("__iter__", p_iter),
        ("__next__", p_next),
        ("__str__", p_str),
        ("__bool__", p_bool),
    ];
    add_methods(vm, &t.weakproxy, "weakproxy", forward);
    add_methods(vm, &t.weakcallableproxy, "weakcallableproxy", forward);
    add_methods(
        vm,
        &t.weakcallableproxy,
        "weakcallableproxy",
        &[("__call__", p_call)],
    );
}

fn any_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__repr__", &args, 1, 1)?;
    Ok(Value::str(weakref::weakref_repr(vm, &args.pos[0])))
}

fn ref_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().and_then(|c| c.as_obj()).cloned();
    let Some(target) = args.pos.get(1) else {
        return Err(vm.type_error("__new__ expected at least 1 argument, got 0"));
    };
    if args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "__new__ expected at most 2 arguments, got {}",
            args.pos.len() - 1
        )));
    }
    let callback = args.pos.get(2).cloned();
    let subclass = cls.filter(|c| !c.ptr_eq(&vm.types.weakref));
    weakref::new_weakref(vm, target, callback, WeakKind::Ref, subclass.as_ref())
}

fn ref_init(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn ref_call(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "weakref", &args, 1, 1)?;
    Ok(weak_data(&args.pos[0])
        .and_then(referent)
        .unwrap_or(Value::None))
}

fn ref_cmp(vm: &Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    arity(vm, "__eq__", args, 2, 2)?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    let (Some(wa), Some(wb)) = (weak_data(a), weak_data(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    match (referent(wa), referent(wb)) {
        (Some(x), Some(y)) => ops::compare(vm, &x, &y, op),
        _ => Ok(Value::Bool((op == CmpOp::Eq) == a.is(b))),
    }
}

fn ref_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    ref_cmp(vm, &args, CmpOp::Eq)
}

fn ref_ne(vm: &Vm, args: Args) -> PyResult<Value> {
    ref_cmp(vm, &args, CmpOp::NotEq)
}

fn ref_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__hash__", &args, 1, 1)?;
    match hash(vm, &args.pos[0]) {
        Some(r) => r.map(Value::Int),
        None => Err(vm.type_error("descriptor '__hash__' requires a 'weakref' object")),
    }
}

fn ref_callback(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__callback__", &args, 1, 1)?;
    Ok(weak_data(&args.pos[0])
        .and_then(|w| w.callback.borrow().clone())
        .unwrap_or(Value::None))
}

fn proxy(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "proxy", &args, 1, 2)?;
    let target = &args.pos[0];
    let callable = matches!(
        target.payload(),
        Some(
            Payload::Function(_) | Payload::Native(_) | Payload::BoundMethod(_) | Payload::Type(_)
        )
    ) || (target.payload().is_some() && vm.special(target, vm.sym.call).is_some());
    let kind = if callable {
        WeakKind::CallableProxy
    } else {
        WeakKind::Proxy
    };
    let cb = args
        .pos
        .get(1)
        .cloned()
        .or_else(|| kwarg(&args, "callback").cloned());
    weakref::new_weakref(vm, target, cb, kind, None)
}

fn getweakrefcount(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "getweakrefcount", &args, 1, 1)?;
    Ok(Value::Int(weakref::weakref_count(&args.pos[0]) as i64))
}

fn getweakrefs(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "getweakrefs", &args, 1, 1)?;
    Ok(ops::new_list(weakref::weakrefs_of(&args.pos[0])))
}

fn target(vm: &Vm, args: &Args) -> PyResult<Value> {
    match args.pos.first().and_then(|p| weakref::proxy_target(vm, p)) {
        Some(r) => r,
        None => Err(dead_proxy(vm)),
    }
}

fn p_len(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(ops::len(vm, &target(vm, &args)?)? as i64))
}
fn p_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__getitem__", &args, 2, 2)?;
    ops::getitem(vm, &target(vm, &args)?, &args.pos[1])
}
fn p_setitem(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__setitem__", &args, 3, 3)?;
    ops::setitem(vm, &target(vm, &args)?, &args.pos[1], args.pos[2].clone())?;
    Ok(Value::None)
}
fn p_delitem(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__delitem__", &args, 2, 2)?;
    ops::delitem(vm, &target(vm, &args)?, &args.pos[1])?;
    Ok(Value::None)
}
fn p_contains(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__contains__", &args, 2, 2)?;
    Ok(Value::Bool(ops::contains(
        vm,
        &target(vm, &args)?,
        &args.pos[1],
    )?))
}
fn p_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    ops::iter(vm, &target(vm, &args)?)
}
fn p_next(vm: &Vm, args: Args) -> PyResult<Value> {
    match ops::next(vm, &target(vm, &args)?)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration()),
    }
}
fn p_str(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::str(str_of(vm, &target(vm, &args)?)?))
}
fn p_bool(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(ops::truthy(vm, &target(vm, &args)?)?))
}
fn p_call(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = target(vm, &args)?;
    vm.call(&t, args.pos[1..].to_vec(), args.kw)
}

/// Comparisons involving weak references: proxies compare their referents;
/// two live refs compare referents, otherwise identity. `None` if neither
/// operand is a weak reference.
pub fn compare(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> Option<PyResult<Value>> {
    let pa = weakref::proxy_target(vm, a);
    let pb = weakref::proxy_target(vm, b);
    if pa.is_some() || pb.is_some() {
        let x = match pa {
            Some(r) => r,
            None => Ok(a.clone()),
        };
        let y = match pb {
            Some(r) => r,
            None => Ok(b.clone()),
        };
        return Some(x.and_then(|x| y.and_then(|y| ops::compare(vm, &x, &y, op))));
    }
    let (Some(Payload::WeakRef(wa)), Some(Payload::WeakRef(wb))) = (a.payload(), b.payload())
    else {
        return None;
    };
    if !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
        let sym = match op {
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            _ => ">=",
        };
        return Some(Err(vm.type_error(format!(
            "'{}' not supported between instances of 'weakref.ReferenceType' and 'weakref.ReferenceType'",
            sym
        ))));
    }
    // CPython's weakref_richcompare: live referents are compared with
    // their own rich comparison (no identity shortcut); otherwise identity.
    Some(match (referent(wa), referent(wb)) {
        (Some(x), Some(y)) => ops::compare(vm, &x, &y, op),
        _ => Ok(Value::Bool((op == CmpOp::Eq) == a.is(b))),
    })
}

/// `hash()` of a weak reference.
pub fn hash(vm: &Vm, v: &Value) -> Option<PyResult<i64>> {
    let w = weak_data(v)?;
    if w.kind != WeakKind::Ref {
        let name = if w.kind == WeakKind::Proxy {
            "weakref.ProxyType"
        } else {
            "weakref.CallableProxyType"
        };
        return Some(Err(vm.type_error(format!("unhashable type: '{}'", name))));
    }
    if let Some(h) = w.hash.get() {
        return Some(Ok(h));
    }
    Some(match referent(w) {
        None => Err(vm.type_error("weak object has gone away")),
        Some(t) => ops::hash(vm, &t).inspect(|h| w.hash.set(Some(*h))),
    })
}

/// Arithmetic with a proxy operand: apply to the referent(s).
pub fn binary_op(vm: &Vm, op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let pa = weakref::proxy_target(vm, a);
    let pb = weakref::proxy_target(vm, b);
    if pa.is_none() && pb.is_none() {
        return None;
    }
    let x = pa.unwrap_or_else(|| Ok(a.clone()));
    let y = pb.unwrap_or_else(|| Ok(b.clone()));
    Some(x.and_then(|x| y.and_then(|y| arith::binary_op(vm, op, &x, &y))))
}

/// `repr()` of a weak reference or proxy object.
pub fn repr_of(vm: &Vm, v: &Value) -> String {
    let _ = repr;
    weakref::weakref_repr(vm, v)
}
