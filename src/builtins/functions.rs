//! Built-in functions that are not type constructors: `len`, `repr`,
//! `isinstance`, `getattr`, `min`/`max`/`sum`, `sorted`, `round`, ...

use crate::runtime::arith::{self, int_value, num_err};
use crate::runtime::attr::{del_attr, get_attr, set_attr};
use crate::runtime::heap::ObjRef;
use crate::runtime::object::*;
use crate::runtime::repr::repr;
use crate::runtime::types::{is_subtype, type_data};
use crate::runtime::{ops, PyResult, Value};
use crate::syntax::ast::BinOp;
use crate::syntax::intern::intern;
use crate::vm::Vm;

use super::{arity, kwarg, native, set_builtin};

pub fn install(vm: &Vm) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("len", b_len),
        ("repr", b_repr),
        ("ascii", b_ascii),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("id", b_id),
        ("hash", b_hash),
        ("hex", b_hex),
        ("oct", b_oct),
        ("bin", b_bin),
        ("abs", b_abs),
        ("min", b_min),
        ("max", b_max),
        ("sum", b_sum),
        ("sorted", b_sorted),
        ("any", b_any),
        ("all", b_all),
        ("iter", b_iter),
        ("next", b_next),
        ("getattr", b_getattr),
        ("setattr", b_setattr),
        ("hasattr", b_hasattr),
        ("delattr", b_delattr),
        ("callable", b_callable),
        ("chr", b_chr),
        ("ord", b_ord),
        ("round", b_round),
        ("divmod", b_divmod),
        ("pow", b_pow),
        ("vars", b_vars),
        ("dir", b_dir),
        ("format", b_format),
    ];
    for (name, f) in fns {
        set_builtin(vm, name, native(name, *f));
    }
}

fn one<'a>(vm: &Vm, name: &str, args: &'a Args) -> PyResult<&'a Value> {
    arity(vm, name, args, 1, 1)?;
    Ok(&args.pos[0])
}

fn b_len(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "len", &args)?;
    Ok(Value::Int(ops::len(vm, v)? as i64))
}

fn b_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "repr", &args)?;
    Ok(Value::str(repr(vm, v)?))
}

fn b_ascii(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "ascii", &args)?;
    Ok(Value::str(super::ascii_of(&repr(vm, v)?)))
}

/// `isinstance`/`issubclass` second argument: a class or a tuple of them.
fn class_check(vm: &Vm, sub: &ObjRef, spec: &Value, fname: &str) -> PyResult<bool> {
    match spec.payload() {
        Some(Payload::Type(_)) => Ok(spec.as_obj().is_some_and(|c| is_subtype(sub, c))),
        Some(Payload::Tuple(items)) => {
            for it in items.iter() {
                if class_check(vm, sub, it, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(vm.type_error(format!(
            "{}() arg 2 must be a type, a tuple of types, or a union",
            fname
        ))),
    }
}

/// The `__instancecheck__`/`__subclasscheck__` hook for `spec` defined in
/// Python: on the metaclass of a class, or on the type of any other object
/// (`isinstance(x, typing.List)`). `None` when the check is the ordinary one.
fn metaclass_check(vm: &Vm, spec: &Value, hook: &str, arg: &Value) -> Option<PyResult<bool>> {
    let meta = match spec.payload() {
        Some(Payload::Type(t)) => t.metaclass.as_ref()?,
        Some(Payload::Tuple(_)) | None => return None,
        _ => vm.type_of(spec),
    };
    let sym = crate::syntax::intern::intern(hook);
    if !ops::user_defines(vm, meta, sym) {
        return None;
    }
    let r = vm.call_special(spec, sym, std::slice::from_ref(arg))?;
    Some(r.and_then(|v| crate::eval::stmt::truth(vm, &v)))
}

/// `isinstance(obj, cls)` as CPython's `PyObject_IsInstance` (hooks included),
/// for callers outside the builtin (class patterns of `match`).
pub(crate) fn is_instance(vm: &Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    let pos = [obj.clone(), cls.clone()];
    let r = b_isinstance(vm, Args { pos: &pos, kw: &[] })?;
    crate::eval::stmt::truth(vm, &r)
}

fn b_isinstance(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "isinstance", &args, 2, 2)?;
    let ty = vm.type_of(&args.pos[0]).clone();
    if !args.pos[1].as_obj().is_some_and(|c| c.ptr_eq(&ty)) {
        if let Some(r) = metaclass_check(vm, &args.pos[1], "__instancecheck__", &args.pos[0]) {
            return r.map(Value::Bool);
        }
    }
    if class_check(vm, &ty, &args.pos[1], "isinstance")? {
        return Ok(Value::Bool(true));
    }
    // CPython also consults `obj.__class__` (which a proxy forwards).
    if let Some(t) = crate::runtime::weakref::proxy_target(vm, &args.pos[0]) {
        let t = t?;
        let tt = vm.type_of(&t).clone();
        return Ok(Value::Bool(class_check(
            vm,
            &tt,
            &args.pos[1],
            "isinstance",
        )?));
    }
    Ok(Value::Bool(false))
}

fn b_issubclass(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "issubclass", &args, 2, 2)?;
    if let Some(r) = metaclass_check(vm, &args.pos[1], "__subclasscheck__", &args.pos[0]) {
        return r.map(Value::Bool);
    }
    let Some(sub) = args.pos[0]
        .as_obj()
        .filter(|o| matches!(o.payload, Payload::Type(_)))
    else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    if !matches!(
        args.pos[1].payload(),
        Some(Payload::Type(_) | Payload::Tuple(_))
    ) {
        return Err(
            vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        );
    }
    Ok(Value::Bool(class_check(
        vm,
        sub,
        &args.pos[1],
        "issubclass",
    )?))
}

fn b_id(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "id", &args)?;
    Ok(Value::Int(v.id() as i64))
}

fn b_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "hash", &args)?;
    Ok(Value::Int(ops::hash(vm, v)?))
}

fn radix(vm: &Vm, args: &Args, name: &str, base: u32, prefix: &str) -> PyResult<Value> {
    let v = one(vm, name, args)?;
    let n = match arith::as_bigint(v) {
        Some(n) => n,
        None => {
            let i = ops::index_value(vm, v)?;
            num_bigint::BigInt::from(i)
        }
    };
    let (neg, mag) = (
        n.sign() == num_bigint::Sign::Minus,
        n.magnitude().to_str_radix(base),
    );
    Ok(Value::str(format!(
        "{}{}{}",
        if neg { "-" } else { "" },
        prefix,
        mag
    )))
}

fn b_hex(vm: &Vm, args: Args) -> PyResult<Value> {
    radix(vm, &args, "hex", 16, "0x")
}
fn b_oct(vm: &Vm, args: Args) -> PyResult<Value> {
    radix(vm, &args, "oct", 8, "0o")
}
fn b_bin(vm: &Vm, args: Args) -> PyResult<Value> {
    radix(vm, &args, "bin", 2, "0b")
}

fn b_abs(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "abs", &args)?;
    arith::abs(vm, v)
}

fn min_max(vm: &Vm, args: Args, name: &str, want: crate::syntax::ast::CmpOp) -> PyResult<Value> {
    if let Some((k, _)) = args
        .kw
        .iter()
        .find(|(k, _)| !matches!(k.as_str(), "key" | "default"))
    {
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for {}()",
            k.as_str(),
            name
        )));
    }
    let key = kwarg(&args, "key").filter(|k| !k.is_none()).cloned();
    let default = kwarg(&args, "default").cloned();
    let items = match args.pos.len() {
        0 => return Err(vm.type_error(format!("{} expected at least 1 argument, got 0", name))),
        1 => ops::collect(vm, &args.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                )));
            }
            args.pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, vec![item.clone()], &[])?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, bk)) => {
                let r = crate::eval::expr::compare_op(vm, want, &k, bk)?;
                ops::truthy(vm, &r)?
            }
        };
        if better {
            best = Some((item, k));
        }
    }
    match best {
        Some((v, _)) => Ok(v),
        None => {
            default.ok_or_else(|| vm.value_error(format!("{}() arg is an empty sequence", name)))
        }
    }
}

fn b_min(vm: &Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", crate::syntax::ast::CmpOp::Lt)
}
fn b_max(vm: &Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", crate::syntax::ast::CmpOp::Gt)
}

fn b_sum(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "sum", &args, 1, 2)?;
    let mut total = match (args.pos.get(1), kwarg(&args, "start")) {
        (Some(s), _) | (None, Some(s)) => s.clone(),
        _ => Value::Int(0),
    };
    if total.as_str().is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if matches!(total.payload(), Some(Payload::Bytes(_))) {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let it = ops::iter(vm, &args.pos[0])?;
    while let Some(x) = ops::next(vm, &it)? {
        total = arith::binary_op(vm, BinOp::Add, &total, &x)?;
    }
    Ok(total)
}

fn b_sorted(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "sorted", &args, 1, 1)?;
    let mut items = ops::collect(vm, &args.pos[0])?;
    let key = kwarg(&args, "key").filter(|k| !k.is_none()).cloned();
    let reverse = match kwarg(&args, "reverse") {
        Some(r) => ops::truthy(vm, r)?,
        None => false,
    };
    crate::runtime::list::sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(ops::new_list(items))
}

fn b_any(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "any", &args)?;
    let it = ops::iter(vm, v)?;
    while let Some(x) = ops::next(vm, &it)? {
        if ops::truthy(vm, &x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn b_all(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "all", &args)?;
    let it = ops::iter(vm, v)?;
    while let Some(x) = ops::next(vm, &it)? {
        if !ops::truthy(vm, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn b_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "iter", &args, 1, 2)?;
    if let Some(sentinel) = args.pos.get(1) {
        return Ok(Value::Obj(ObjRef::new(Payload::Iter(
            std::cell::RefCell::new(IterState::CallIter {
                func: args.pos[0].clone(),
                sentinel: sentinel.clone(),
            }),
        ))));
    }
    ops::iter(vm, &args.pos[0])
}

fn b_next(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "next", &args, 1, 2)?;
    let it = &args.pos[0];
    if !matches!(it.payload(), Some(Payload::Iter(_))) && vm.special(it, vm.sym.next).is_none() {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    // Without a default, the iterator's own StopIteration (and its value) propagates.
    if args.pos.len() == 1 && !matches!(it.payload(), Some(Payload::Iter(_))) {
        if let Some(r) = vm.call_special(it, vm.sym.next, &[]) {
            return r;
        }
    }
    match ops::next(vm, it)? {
        Some(v) => Ok(v),
        None => match args.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration()),
        },
    }
}

fn attr_name<'a>(vm: &Vm, v: &'a Value, fname: &str) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "{}(): attribute name must be string, not '{}'",
            fname,
            vm.type_name(v)
        ))
    })
}

fn b_getattr(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "getattr", &args, 2, 3)?;
    let name = intern(attr_name(vm, &args.pos[1], "getattr")?);
    match get_attr(vm, &args.pos[0], name) {
        Ok(v) => Ok(v),
        Err(e) => match args.pos.get(2) {
            Some(d) if vm.exc_matches(&e, &vm.exc.attribute_error) => Ok(d.clone()),
            _ => Err(e),
        },
    }
}

fn b_setattr(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "setattr", &args, 3, 3)?;
    let name = intern(attr_name(vm, &args.pos[1], "setattr")?);
    set_attr(vm, &args.pos[0], name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn b_hasattr(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "hasattr", &args, 2, 2)?;
    let name = intern(attr_name(vm, &args.pos[1], "hasattr")?);
    match get_attr(vm, &args.pos[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.exc_matches(&e, &vm.exc.attribute_error) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn b_delattr(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "delattr", &args, 2, 2)?;
    let name = intern(attr_name(vm, &args.pos[1], "delattr")?);
    del_attr(vm, &args.pos[0], name)?;
    Ok(Value::None)
}

fn b_callable(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "callable", &args)?;
    Ok(Value::Bool(is_callable(vm, v)))
}

/// `callable(v)`
pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(
            Payload::Function(_) | Payload::Native(_) | Payload::BoundMethod(_) | Payload::Type(_),
        ) => true,
        Some(_) => vm.special(v, vm.sym.call).is_some(),
        None => false,
    }
}

fn b_chr(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "chr", &args)?;
    let i = ops::index_value(vm, v)?;
    match u32::try_from(i).ok().filter(|&n| n <= 0x10ffff) {
        Some(n) => Ok(Value::str(
            char::from_u32(n).unwrap_or('\u{fffd}').to_string(),
        )),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn b_ord(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "ord", &args)?;
    if let Some(Payload::Bytes(b)) = v.payload() {
        if b.len() == 1 {
            return Ok(Value::Int(b[0] as i64));
        }
    }
    let Some(s) = v.as_str() else {
        return Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(v)
        )));
    };
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(Value::Int(c as i64)),
        _ => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.chars().count()
        ))),
    }
}

fn b_round(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "round", &args, 1, 2)?;
    let x = &args.pos[0];
    let nd = args
        .pos
        .get(1)
        .or_else(|| kwarg(&args, "ndigits"))
        .filter(|v| !v.is_none());
    match x {
        Value::Float(f) => match nd {
            None => crate::runtime::num_float::float_round(*f)
                .map(int_value)
                .map_err(|e| num_err(vm, e)),
            Some(n) => {
                let n = ops::index_value(vm, n)?;
                crate::runtime::num_float::float_round_ndigits(*f, n)
                    .map(Value::Float)
                    .map_err(|e| num_err(vm, e))
            }
        },
        Value::Int(_) | Value::Bool(_) => match nd {
            None => Ok(match x {
                Value::Bool(b) => Value::Int(*b as i64),
                _ => x.clone(),
            }),
            Some(n) => {
                let n = ops::index_value(vm, n)?;
                let i = arith::as_bigint(x).unwrap_or_default();
                Ok(int_value(crate::runtime::num::int_round(
                    &crate::runtime::num::Int::Big(i).normalize(),
                    n,
                )))
            }
        },
        _ => {
            if let Some(i) = arith::as_bigint(x) {
                return match nd {
                    None => Ok(x.clone()),
                    Some(n) => {
                        let n = ops::index_value(vm, n)?;
                        Ok(int_value(crate::runtime::num::int_round(
                            &crate::runtime::num::Int::Big(i).normalize(),
                            n,
                        )))
                    }
                };
            }
            let extra: Vec<Value> = nd.cloned().into_iter().collect();
            match vm.call_special(x, vm.sym.round, &extra) {
                Some(r) => r,
                None => Err(vm.type_error(format!(
                    "type {} doesn't define __round__ method",
                    vm.type_name(x)
                ))),
            }
        }
    }
}

fn b_divmod(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "divmod", &args, 2, 2)?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    // User `__divmod__` / `__rdivmod__` first.
    for (x, y, name) in [(a, b, "__divmod__"), (b, a, "__rdivmod__")] {
        if matches!(x.payload(), Some(Payload::Instance(_))) {
            let sym = intern(name);
            if ops::user_defines(vm, vm.type_of(x), sym) {
                if let Some(r) = vm.call_special(x, sym, std::slice::from_ref(y)) {
                    let r = r?;
                    if !r.is(&vm.not_implemented) {
                        return Ok(r);
                    }
                }
            }
        }
    }
    let is_complex = |v: &Value| matches!(v.payload(), Some(Payload::Complex(_)));
    if is_complex(a) || is_complex(b) {
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(a),
            vm.type_name(b)
        )));
    }
    let is_num = |v: &Value| arith::as_f64(vm, v).is_some();
    let any_float = matches!(a, Value::Float(_)) || matches!(b, Value::Float(_));
    if any_float
        && is_num(a)
        && is_num(b)
        && matches!(arith::as_f64(vm, b), Some(Ok(z)) if z == 0.0)
    {
        return Err(vm.zero_division("float divmod()"));
    }
    let q = arith::binary_op(vm, BinOp::FloorDiv, a, b)?;
    let r = arith::binary_op(vm, BinOp::Mod, a, b)?;
    Ok(ops::new_tuple(vec![q, r]))
}

fn b_pow(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "pow", &args, 2, 3)?;
    let base = args.pos.first().or_else(|| kwarg(&args, "base"));
    let exp = args.pos.get(1).or_else(|| kwarg(&args, "exp"));
    let (Some(base), Some(exp)) = (base, exp) else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    match args
        .pos
        .get(2)
        .or_else(|| kwarg(&args, "mod"))
        .filter(|m| !m.is_none())
    {
        None => arith::binary_op(vm, BinOp::Pow, base, exp),
        Some(m) => pow3(vm, base, exp, m),
    }
}

/// Three-argument `pow(base, exp, mod)` on ints.
pub fn pow3(vm: &Vm, base: &Value, exp: &Value, m: &Value) -> PyResult<Value> {
    let (Some(b), Some(e), Some(m)) = (
        arith::as_bigint(base),
        arith::as_bigint(exp),
        arith::as_bigint(m),
    ) else {
        let is_complex = |v: &Value| matches!(v.payload(), Some(Payload::Complex(_)));
        if is_complex(base) || is_complex(exp) {
            return Err(vm.value_error("complex modulo"));
        }
        if matches!(base.payload(), Some(Payload::Instance(_))) {
            if let Some(r) = vm.call_special(base, intern("__pow__"), &[exp.clone(), m.clone()]) {
                return r;
            }
        }
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    };
    use crate::runtime::num::Int;
    crate::runtime::num::int_pow_mod(
        &Int::Big(b).normalize(),
        &Int::Big(e).normalize(),
        &Int::Big(m).normalize(),
    )
    .map(int_value)
    .map_err(|e| num_err(vm, e))
}

fn b_vars(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "vars", &args)?;
    get_attr(vm, v, vm.sym.dict)
        .map_err(|_| vm.type_error("vars() argument must have __dict__ attribute"))
}

fn b_dir(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "dir", &args, 1, 1)?;
    dir_of(vm, &args.pos[0])
}

/// `dir(v)`: the sorted attribute names of an object.
pub fn dir_of(vm: &Vm, v: &Value) -> PyResult<Value> {
    // A __dir__ written in Python (on the type, or the metaclass of a class).
    let dir_sym = crate::syntax::intern::intern("__dir__");
    if let Some(m) = vm.special(v, dir_sym) {
        if !matches!(m.payload(), Some(Payload::Native(_))) {
            let r = vm.call_descriptor_method(&m, v, vec![v.clone()])?;
            let mut items = crate::runtime::ops::collect(vm, &r)?;
            if items.iter().all(|i| i.as_str().is_some()) {
                items.sort_by(|a, b| a.as_str().cmp(&b.as_str()));
            }
            return Ok(crate::runtime::ops::new_list(items));
        }
    }
    let mut names: Vec<String> = Vec::new();
    let mut add_dict = |d: &crate::runtime::dict::Dict| {
        for e in d.iter() {
            if let Some(s) = e.key.as_str() {
                if !names.iter().any(|n| n == s) {
                    names.push(s.to_owned());
                }
            }
        }
    };
    if let Some(d) = crate::runtime::attr::instance_dict(v) {
        add_dict(&d.borrow());
    }
    if let Some(Payload::Module(m)) = v.payload() {
        if let Payload::Dict(d) = &m.dict.payload {
            add_dict(&d.borrow());
        }
    } else {
        let ty = match v.payload() {
            Some(Payload::Type(_)) => v
                .as_obj()
                .cloned()
                .unwrap_or_else(|| vm.types.object.clone()),
            _ => vm.type_of(v).clone(),
        };
        add_dict(&type_data(&ty).dict.borrow());
        for t in type_data(&ty).mro.borrow().iter() {
            add_dict(&type_data(t).dict.borrow());
        }
        // Descriptors CPython keeps in type dicts that wisp synthesises.
        let mut extra = vec!["__class__", "__doc__"];
        if type_data(&ty).has(TF_HEAPTYPE) {
            extra.extend(["__dict__", "__module__", "__weakref__"]);
        }
        for n in extra {
            if !names.iter().any(|x| x == n) {
                names.push(n.to_owned());
            }
        }
    }
    names.sort();
    Ok(ops::new_list(names.into_iter().map(Value::str).collect()))
}

fn b_format(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "format", &args, 1, 2)?;
    let spec = match args.pos.get(1).or_else(|| kwarg(&args, "format_spec")) {
        None => "",
        Some(v) => v.as_str().ok_or_else(|| {
            vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                vm.type_name(v)
            ))
        })?,
    };
    Ok(Value::str(super::format_value(vm, &args.pos[0], spec)?))
}
