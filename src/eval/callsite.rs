//! Call expressions: evaluating the callee and the arguments, and the fast
//! paths that avoid building argument vectors and bound-method objects —
//! method calls on instances, Python functions with simple parameter
//! lists (arguments go straight into the new frame's slots), plain class
//! construction, and built-ins with a few positional arguments.

use crate::runtime::attr::get_attr;
use crate::runtime::object::*;
use crate::runtime::types::{lookup, type_data};
use crate::runtime::{ops, PyResult, Value};
use crate::syntax::ast::*;
use crate::vm::Vm;

use super::expr::{eval, mapping_items, traced, unproxy};
use super::Frame;

/// Evaluate call arguments into positional values and keywords.
pub fn eval_args(
    vm: &Vm,
    f: &mut Frame,
    args: &[Arg],
    pos: &mut Vec<Value>,
) -> PyResult<Vec<(Symbol, Value)>> {
    let mut kw = Vec::new();
    for a in args {
        match a {
            Arg::Positional(e) => pos.push(eval(vm, f, e)?),
            Arg::Starred(e) => {
                let v = eval(vm, f, e)?;
                if !matches!(v.payload(), Some(Payload::List(_) | Payload::Tuple(_)))
                    && ops::iter(vm, &v).is_err()
                {
                    return Err(vm.type_error(format!(
                        "Value after * must be an iterable, not {}",
                        vm.type_name(&v)
                    )));
                }
                pos.extend(ops::collect(vm, &v)?);
            }
            Arg::Keyword(name, e) => kw.push((*name, eval(vm, f, e)?)),
            Arg::DoubleStarred(e) => {
                let m = eval(vm, f, e)?;
                for (k, v) in mapping_items(vm, &m)? {
                    let Some(s) = k.as_str() else {
                        return Err(vm.type_error("keywords must be strings"));
                    };
                    let sym = crate::syntax::intern::intern(s);
                    if kw.iter().any(|(n, _)| *n == sym) {
                        return Err(vm.type_error(format!(
                            "got multiple values for keyword argument '{}'",
                            s
                        )));
                    }
                    kw.push((sym, v));
                }
            }
        }
    }
    Ok(kw)
}

pub(super) fn eval_call(vm: &Vm, f: &mut Frame, func: &Expr, args: &[Arg]) -> PyResult<Value> {
    if let ExprKind::Attribute(obj_e, name, site) = &func.kind {
        return eval_method_call(vm, f, func, obj_e, *name, site, args);
    }
    let callee = eval(vm, f, func)?;
    call_value(vm, f, callee, args)
}

/// `obj.name(args)`: plain methods are called without a bound-method
/// object. Kept out of line so plain calls keep a small stack frame.
#[inline(never)]
fn eval_method_call(
    vm: &Vm,
    f: &mut Frame,
    func: &Expr,
    obj_e: &Expr,
    name: Symbol,
    site: &AttrSite,
    args: &[Arg],
) -> PyResult<Value> {
    if let ExprKind::GlobalName(_, global) = &obj_e.kind {
        if let Some(callee) = super::attr_fast::global_module_attr(vm, f, global, name, site) {
            return call_value(vm, f, callee, args);
        }
    }
    let obj = unproxy(vm, eval(vm, f, obj_e)?).map_err(|err| traced(err, f, func))?;
    if let (Some(Payload::List(items)), [Arg::Positional(item)]) = (obj.payload(), args) {
        // `a_list.append(x)` (the type `list` cannot be patched): pushed
        // without looking the method up, as CPython's specialised call.
        if name == vm.sym.append {
            let v = eval(vm, f, item)?;
            items.borrow_mut().push(v);
            return Ok(Value::None);
        }
    }
    if let Some(m) = method_for_call(vm, &obj, name) {
        match m.payload() {
            Some(Payload::Function(func)) if fits_slots(func, 1, args) => {
                let locals = fast_locals(vm, f, func, Some(obj), args)?;
                return super::call::run_frame(vm, func, locals);
            }
            Some(Payload::Native(n)) if fits_small_native(1, args) => {
                return call_native_small(vm, f, n, Some(obj), args);
            }
            _ => return call_method_general(vm, f, m, obj, args),
        }
    }
    // Not `load_attr`: `module.function(...)` (`weakref.ref(o)`) is the
    // common case here, and asking the instance path first costs it.
    let callee = match super::attr_fast::module_attr_fast(vm, &obj, name, site) {
        Some(v) => v,
        None => get_attr(vm, &obj, name).map_err(|err| traced(err, f, func))?,
    };
    drop(obj);
    call_value(vm, f, callee, args)
}

/// A method call no fast path took: `obj` and the arguments are collected
/// into a vector.
#[inline(never)]
fn call_method_general(
    vm: &Vm,
    f: &mut Frame,
    m: Value,
    obj: Value,
    args: &[Arg],
) -> PyResult<Value> {
    let mut pos = Vec::with_capacity(args.len() + 1);
    pos.push(obj);
    let kw = eval_args(vm, f, args, &mut pos)?;
    match m.payload() {
        Some(Payload::Function(func)) => {
            let fo = m.as_obj().cloned().unwrap_or_else(|| vm.builtins.clone());
            super::call::call_function(vm, &fo, func, pos, &kw)
        }
        Some(Payload::Native(n)) => (n.func)(vm, Args { pos: &pos, kw: &kw }),
        _ => vm.call(&m, pos, &kw),
    }
}

/// Call an evaluated callee with the call's argument expressions: Python
/// functions and plain classes get their arguments evaluated straight into
/// the new frame; everything else goes through `Vm::call`.
fn call_value(vm: &Vm, f: &mut Frame, callee: Value, args: &[Arg]) -> PyResult<Value> {
    match callee.payload() {
        Some(Payload::Function(func)) if fits_slots(func, 0, args) => {
            let locals = fast_locals(vm, f, func, None, args)?;
            return super::call::run_frame(vm, func, locals);
        }
        // `weakref.ref(obj[, callback])`, made directly.
        Some(Payload::Type(_))
            if (1..=2).contains(&args.len())
                && args.iter().all(|a| matches!(a, Arg::Positional(_)))
                && callee.as_obj().is_some_and(|o| o.ptr_eq(&vm.types.weakref)) =>
        {
            return new_weakref_at(vm, f, args);
        }
        Some(Payload::Type(_)) => {
            if let Some(r) = construct_fast(vm, f, &callee, args)? {
                return Ok(r);
            }
        }
        Some(Payload::Native(n))
            if n.bound_self.is_none()
                && n.owner.is_none()
                && fits_small_native(0, args)
                && super::dynamic::frame_builtin(&callee).is_none() =>
        {
            return call_native_small(vm, f, n, None, args);
        }
        // `r()` on a plain weak reference: its referent or None.
        Some(Payload::WeakRef(w))
            if args.is_empty() && w.kind == crate::runtime::weakref::WeakKind::Ref =>
        {
            return Ok(crate::runtime::weakref::referent(w).unwrap_or(Value::None));
        }
        _ => {}
    }
    call_value_general(vm, f, callee, args)
}

/// A call no fast path took: arguments are collected into a vector.
#[inline(never)]
fn call_value_general(vm: &Vm, f: &mut Frame, callee: Value, args: &[Arg]) -> PyResult<Value> {
    let mut pos = Vec::with_capacity(args.len());
    let kw = eval_args(vm, f, args, &mut pos)?;
    if pos.is_empty() && kw.is_empty() {
        if let Some(o) = callee.as_obj() {
            if o.ptr_eq(&vm.types.super_) {
                return super::class::zero_arg_super(vm, f);
            }
        }
    }
    if let Some(name) = super::dynamic::frame_builtin(&callee) {
        return super::dynamic::call(vm, f, name, pos, &kw);
    }
    match callee.payload() {
        Some(Payload::Function(func)) => {
            let fo = callee
                .as_obj()
                .cloned()
                .unwrap_or_else(|| vm.builtins.clone());
            super::call::call_function(vm, &fo, func, pos, &kw)
        }
        _ => vm.call(&callee, pos, &kw),
    }
}

/// `weakref.ref(target[, callback])` with the arguments evaluated in place.
fn new_weakref_at(vm: &Vm, f: &mut Frame, args: &[Arg]) -> PyResult<Value> {
    let mut vals = args.iter().map(|a| match a {
        Arg::Positional(e) => eval(vm, f, e),
        _ => Ok(Value::None),
    });
    let target = vals.next().unwrap_or(Ok(Value::None))?;
    let callback = vals.next().transpose()?;
    crate::runtime::weakref::new_weakref(
        vm,
        &target,
        callback,
        crate::runtime::weakref::WeakKind::Ref,
        None,
    )
}

/// Maximum number of values (with `self`) [`call_native_small`] passes.
const SMALL_NATIVE_MAX: usize = 4;

/// Can [`call_native_small`] make a call with `first` leading values (0 or
/// 1) and `args`: few enough, all positional?
#[inline]
fn fits_small_native(first: usize, args: &[Arg]) -> bool {
    args.len() + first <= SMALL_NATIVE_MAX && args.iter().all(|a| matches!(a, Arg::Positional(_)))
}

/// Call a native function with up to three positional arguments (plus an
/// optional `self`) evaluated into a stack buffer instead of a `Vec`; the
/// call must pass [`fits_small_native`].
#[inline(never)]
fn call_native_small(
    vm: &Vm,
    f: &mut Frame,
    n: &NativeFunction,
    first: Option<Value>,
    args: &[Arg],
) -> PyResult<Value> {
    let start = first.is_some() as usize;
    // One argument in all (`len(x)`, `obj.method()`): no buffer to fill
    // and drop.
    if args.len() + start == 1 {
        let only = match (first, args) {
            (Some(v), _) => v,
            (None, [Arg::Positional(e)]) => eval(vm, f, e)?,
            _ => Value::None,
        };
        return (n.func)(
            vm,
            Args {
                pos: std::slice::from_ref(&only),
                kw: &[],
            },
        );
    }
    let mut buf: [Value; SMALL_NATIVE_MAX] = [Value::None, Value::None, Value::None, Value::None];
    if let Some(v) = first {
        buf[0] = v;
    }
    for (slot, a) in buf[start..].iter_mut().zip(args) {
        if let Arg::Positional(e) = a {
            *slot = eval(vm, f, e)?;
        }
    }
    let pos = &buf[..start + args.len()];
    (n.func)(vm, Args { pos, kw: &[] })
}

/// `Cls(args)` for a class using `object.__new__` and a Python `__init__`
/// with a simple parameter list: the instance is made directly and the
/// arguments go straight into `__init__`'s slots. `None` when not applicable.
#[inline(never)]
fn construct_fast(vm: &Vm, f: &mut Frame, callee: &Value, args: &[Arg]) -> PyResult<Option<Value>> {
    let Some(cls) = callee.as_obj() else {
        return Ok(None);
    };
    let td = type_data(cls);
    if !td.has(TF_HEAPTYPE) || !td.has(TF_PLAIN_NEW) || td.metaclass.is_some() {
        return Ok(None);
    }
    let Some(init) = vm.with_key(vm.sym.init, |k| lookup(cls, vm.sym.init, k)) else {
        return Ok(None);
    };
    let init_fn = match init.payload() {
        Some(Payload::Function(init_fn)) => init_fn,
        // `C()` whose `__init__` is `object.__init__`: nothing to run.
        Some(Payload::Native(n)) if args.is_empty() && n.name == "object.__init__" => {
            crate::runtime::construct::check_call_depth(vm)?;
            return Ok(Some(crate::runtime::attr::new_instance(vm, cls)));
        }
        _ => return Ok(None),
    };
    let p = &init_fn.def.params;
    if !super::call::is_simple(p)
        || args.len() + 1 != super::call::positional_count(p)
        || init_fn.def.scope.is_generator
    {
        return Ok(None);
    }
    if !fits_slots(init_fn, 1, args) {
        return Ok(None);
    }
    // Arguments are evaluated before the instance exists, as in CPython.
    let mut locals = fast_locals(vm, f, init_fn, Some(Value::None), args)?;
    crate::runtime::construct::check_call_depth(vm)?;
    let obj = crate::runtime::attr::new_instance(vm, cls);
    locals[0] = Some(obj.clone());
    let r = super::call::run_frame(vm, init_fn, locals)?;
    if !r.is_none() {
        return Err(vm.type_error(format!(
            "__init__() should return None, not '{}'",
            vm.type_name(&r)
        )));
    }
    Ok(Some(obj))
}

/// Does a call with `first` leading values (0 or 1) and `args` exactly fill
/// `func`'s simple positional parameter list? Then [`fast_locals`] applies.
#[inline(always)]
fn fits_slots(func: &Function, first: usize, args: &[Arg]) -> bool {
    let p = &func.def.params;
    super::call::is_simple(p)
        && args.len() + first == super::call::positional_count(p)
        && args.iter().all(|a| matches!(a, Arg::Positional(_)))
}

/// Evaluate the arguments of a call that [`fits_slots`] straight into the
/// callee's local slots (no intermediate argument vector).
#[inline]
fn fast_locals(
    vm: &Vm,
    f: &mut Frame,
    func: &Function,
    first: Option<Value>,
    args: &[Arg],
) -> PyResult<Vec<Option<Value>>> {
    let n = func.def.scope.n_locals as usize;
    let mut locals = vm.take_locals(n);
    if let Some(v) = first {
        locals.push(Some(v));
    }
    for a in args {
        if let Arg::Positional(e) = a {
            match eval(vm, f, e) {
                Ok(v) => locals.push(Some(v)),
                Err(err) => {
                    vm.give_locals(locals);
                    return Err(err);
                }
            }
        }
    }
    if locals.len() < n {
        locals.resize(n, None);
    }
    Ok(locals)
}

/// If `obj.name` is a plain method on the type (not shadowed by the
/// instance dict), return the unbound function to call with `obj` first.
fn method_for_call(vm: &Vm, obj: &Value, name: Symbol) -> Option<Value> {
    let ty = vm.type_of(obj);
    let td = type_data(ty);
    match obj.payload() {
        Some(Payload::Instance(inst)) => {
            if td.has(TF_HAS_GETATTRIBUTE) {
                return None;
            }
            vm.with_key(name, |key| {
                let m = lookup(ty, name, key)?;
                match m.payload() {
                    Some(Payload::Function(_)) => {}
                    Some(Payload::Native(n)) if n.owner.is_some() => {}
                    _ => return None,
                }
                let attrs = inst.attrs();
                let attrs = attrs.borrow();
                if !attrs.is_empty() && crate::runtime::types::dict_has_str(&attrs, key) {
                    return None;
                }
                Some(m)
            })
        }
        Some(Payload::Type(_))
        | Some(Payload::Module(_))
        | Some(Payload::Function(_))
        | Some(Payload::Super(_)) => None,
        _ => {
            let m = vm.with_key(name, |key| lookup(ty, name, key))?;
            match m.payload() {
                Some(Payload::Native(n)) if n.owner.is_some() => Some(m),
                _ => None,
            }
        }
    }
}
