//! The `builtins` namespace: installs built-in functions, type objects,
//! exception classes and the methods of every built-in type.
//!
//! Owns `install` (run once by `Vm::new`) and the helpers that wrap Rust
//! functions as Python callables. The functions themselves live in the
//! submodules; type methods live beside their types in `runtime/`.
pub mod convert;
pub mod descriptors;
pub mod exceptions;
pub mod format;
pub mod functions;
pub mod io;
pub mod iterate;
pub mod methods;
pub mod small_types;

use crate::runtime::heap::ObjRef;
use crate::runtime::object::*;
use crate::runtime::types::{dict_set_str, type_data};
use crate::runtime::{PyResult, Value};
use crate::vm::Vm;

pub use format::{ascii_of, format_value};

/// A free-standing built-in function.
pub fn native(name: &'static str, func: NativeFn) -> Value {
    Value::Obj(ObjRef::new(Payload::Native(Box::new(NativeFunction {
        name,
        func,
        bound_self: None,
        owner: None,
    }))))
}

/// A read-only property whose getter is the native `func` (CPython's
/// getset descriptors such as `int.real` or `weakref.__callback__`).
pub fn getter_property(name: &'static str, func: NativeFn) -> Value {
    builtin_property(name, func, PropertyKind::Member)
}

/// A read-only attribute of built-in type `owner` that CPython implements
/// as a getset descriptor (`int.real`): writing it names the type.
pub fn getset_property(name: &'static str, owner: &'static str, func: NativeFn) -> Value {
    builtin_property(name, func, PropertyKind::GetSet(owner))
}

fn builtin_property(name: &'static str, func: NativeFn, kind: PropertyKind) -> Value {
    Value::Obj(ObjRef::new(Payload::Property(Box::new(PropertyObj {
        parts: [native(name, func), Value::None, Value::None, Value::None],
        name: std::cell::RefCell::new(Value::str(name)),
        kind,
    }))))
}

/// Add methods to a built-in type's dict.
pub fn add_methods(
    vm: &Vm,
    ty: &ObjRef,
    owner: &'static str,
    methods: &[(&'static str, NativeFn)],
) {
    let td = type_data(ty);
    let mut d = td.dict.borrow_mut();
    for (name, func) in methods {
        dict_set_str(&mut d, vm.intern_str(name), method(name, *func, owner));
    }
}

/// A native method of `owner` (binds to its instances like a function).
fn method(name: &'static str, func: NativeFn, owner: &'static str) -> Value {
    Value::Obj(ObjRef::new(Payload::Native(Box::new(NativeFunction {
        name,
        func,
        bound_self: None,
        owner: Some(owner),
    }))))
}

/// Install native methods on a class made by Python code (through
/// `setattr`, so the class's caches and flags see them).
pub fn install_methods(
    vm: &Vm,
    cls: &Value,
    owner: &'static str,
    methods: &[(&'static str, NativeFn)],
) -> PyResult<()> {
    for (name, func) in methods {
        let m = method(name, *func, owner);
        crate::runtime::attr::set_attr(vm, cls, crate::syntax::intern::intern(name), m)?;
    }
    Ok(())
}

/// Set a plain attribute in a type's dict.
pub fn set_type_attr(vm: &Vm, ty: &ObjRef, name: &str, v: Value) {
    let old = dict_set_str(&mut type_data(ty).dict.borrow_mut(), vm.intern_str(name), v);
    drop(old);
}

/// Bind a name in the builtins namespace.
pub fn set_builtin(vm: &Vm, name: &str, v: Value) {
    if let Payload::Dict(d) = &vm.builtins.payload {
        let old = dict_set_str(&mut d.borrow_mut(), vm.intern_str(name), v);
        drop(old);
    }
}

/// Check the positional argument count of a plain built-in function
/// (methods use `method_arity`).
pub fn arity(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos.len();
    if n < min || n > max {
        let msg = if min == max {
            match min {
                0 => format!("{}() takes no arguments ({} given)", name, n),
                1 => format!("{}() takes exactly one argument ({} given)", name, n),
                _ => format!("{}() takes exactly {} arguments ({} given)", name, min, n),
            }
        } else if n < min {
            format!(
                "{} expected at least {} argument{}, got {}",
                name,
                min,
                if min == 1 { "" } else { "s" },
                n
            )
        } else {
            format!(
                "{} expected at most {} argument{}, got {}",
                name,
                max,
                if max == 1 { "" } else { "s" },
                n
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

/// How a built-in method takes its positional arguments: one of CPython's
/// calling conventions, each with its own wording of a wrong count. Counts
/// exclude `self`.
#[derive(Clone, Copy)]
pub enum Arity {
    /// `METH_NOARGS`: `list.clear() takes no arguments (1 given)`.
    NoArgs,
    /// `METH_O`: `list.append() takes exactly one argument (0 given)`.
    One,
    /// Argument Clinic's positional check, (min, max):
    /// `insert expected 2 arguments, got 1`.
    Clinic(usize, usize),
    /// `PyArg_ParseTuple`, (min, max): `count() takes at least 1 argument (0 given)`.
    Tuple(usize, usize),
    /// The keyword-argument parser, (positional-only required, positional,
    /// all parameters): `split() takes at most 2 arguments (3 given)`,
    /// `sort() takes no positional arguments`.
    Keywords(usize, usize, usize),
    /// A slot wrapper (`__len__`, `__add__`): `expected 1 argument, got 0`.
    Slot(usize),
    /// A slot wrapper that unpacks its arguments (`__pow__`, `__mul__` of
    /// sequences, `__setitem__`), (min, max): CPython words it with an empty
    /// function name, ` expected 2 arguments, got 1`.
    Unpack(usize, usize),
}

impl Arity {
    /// Check the arguments after the first `skip` positional ones (`self`
    /// or `cls`), `qualname` being `type.method`.
    #[inline]
    pub fn check(self, vm: &Vm, qualname: &str, args: &Args, skip: usize) -> PyResult<()> {
        let n = args.pos.len().saturating_sub(skip);
        let ok = match self {
            Arity::NoArgs => n == 0,
            Arity::One => n == 1,
            Arity::Slot(k) => n == k,
            Arity::Clinic(lo, hi) | Arity::Tuple(lo, hi) | Arity::Unpack(lo, hi) => {
                lo <= n && n <= hi
            }
            Arity::Keywords(lo, hi, all) => lo <= n && n <= hi && n + args.kw.len() <= all,
        };
        if ok {
            return Ok(());
        }
        Err(vm.type_error(self.message(qualname, n, args.kw.len())))
    }

    #[cold]
    fn message(self, qualname: &str, n: usize, nkw: usize) -> String {
        let name = qualname.rsplit('.').next().unwrap_or(qualname);
        let s = |k: usize| if k == 1 { "" } else { "s" };
        // The bound that a count outside lo..=hi breaks ("" for an exact count).
        let bound = |lo: usize, hi: usize| match (lo == hi, n < lo) {
            (true, _) => ("", lo),
            (false, true) => ("at least", lo),
            (false, false) => ("at most", hi),
        };
        let expected = |name: &str, (b, k): (&str, usize)| {
            let sp = if b.is_empty() { "" } else { " " };
            format!("{name} expected {b}{sp}{k} argument{}, got {n}", s(k))
        };
        let takes = |(b, k): (&str, usize), what: &str| {
            let b = if b.is_empty() { "exactly" } else { b };
            format!("{name}() takes {b} {k} {what}{} ({n} given)", s(k))
        };
        match self {
            Arity::NoArgs => format!("{}() takes no arguments ({} given)", qualname, n),
            Arity::One => format!("{}() takes exactly one argument ({} given)", qualname, n),
            Arity::Clinic(lo, hi) => expected(name, bound(lo, hi)),
            Arity::Unpack(lo, hi) => expected("", bound(lo, hi)),
            Arity::Slot(k) => format!("expected {} argument{}, got {}", k, s(k), n),
            Arity::Tuple(lo, hi) => takes(bound(lo, hi), "argument"),
            Arity::Keywords(_, _, all) if n + nkw > all => format!(
                "{}() takes at most {} {}argument{} ({} given)",
                name,
                all,
                if n == 0 { "keyword " } else { "" },
                s(all),
                n + nkw
            ),
            Arity::Keywords(_, 0, _) => format!("{}() takes no positional arguments", name),
            Arity::Keywords(lo, hi, _) => takes(bound(lo, hi), "positional argument"),
        }
    }
}

/// Check the positional argument count of a built-in method called with
/// `self` first (`qualname` is `type.method`). On a wrong count, a missing
/// or foreign `self` is reported first, as CPython's method descriptors do.
#[inline]
pub fn method_arity(vm: &Vm, args: &Args, qualname: &str, arity: Arity) -> PyResult<()> {
    if args.pos.is_empty() {
        return Err(self_error(vm, args, qualname, arity));
    }
    arity.check(vm, qualname, args, 1).map_err(|e| {
        if self_fits(vm, &args.pos[0], qualname) {
            e
        } else {
            self_error(vm, args, qualname, arity)
        }
    })
}

/// Natives that check their arguments as the method `qualname` does, then
/// run a body shared by several method names (`int.__trunc__` and
/// `int.__pos__` are both the identity but count arguments differently):
/// `checked_natives! { int_trunc "int.__trunc__" NoArgs => int_pos; }`.
macro_rules! checked_natives {
    ($($f:ident $qualname:literal $arity:expr => $body:path;)*) => {$(
        fn $f(vm: &Vm, args: Args) -> PyResult<Value> {
            $crate::builtins::method_arity(vm, &args, $qualname, $arity)?;
            $body(vm, args)
        }
    )*};
}
pub(crate) use checked_natives;

/// Does `v` belong to the built-in type named before the dot of `qualname`?
/// (True when the type is not one of those known here.)
fn self_fits(vm: &Vm, v: &Value, qualname: &str) -> bool {
    let t = &vm.types;
    let owner = match qualname.split('.').next() {
        Some("int") => &t.int,
        Some("bool") => &t.bool,
        Some("float") => &t.float,
        Some("complex") => &t.complex,
        Some("str") => &t.str,
        Some("bytes") => &t.bytes,
        Some("list") => &t.list,
        Some("tuple") => &t.tuple,
        Some("dict") => &t.dict,
        Some("set") => &t.set,
        Some("frozenset") => &t.frozenset,
        Some("range") => &t.range,
        Some("slice") => &t.slice,
        _ => return true,
    };
    crate::runtime::types::is_subtype(vm.type_of(v), owner)
}

/// CPython's complaint about a missing or foreign `self`, in the wording of
/// slot wrappers or of method descriptors.
#[cold]
fn self_error(vm: &Vm, args: &Args, qualname: &str, arity: Arity) -> crate::runtime::Exc {
    let (ty, name) = qualname.split_once('.').unwrap_or(("object", qualname));
    let slot = matches!(arity, Arity::Slot(_) | Arity::Unpack(..));
    vm.type_error(match (args.pos.first(), slot) {
        (None, true) => format!("descriptor '{}' of '{}' object needs an argument", name, ty),
        (None, false) => format!("unbound method {}() needs an argument", qualname),
        (Some(v), true) => format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            name,
            ty,
            vm.type_name(v)
        ),
        (Some(v), false) => format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            ty,
            vm.type_name(v)
        ),
    })
}

/// Reject keyword arguments for a native that takes none.
pub fn no_kwargs(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    Ok(())
}

/// A keyword argument by name.
pub fn kwarg<'a>(args: &'a Args, name: &str) -> Option<&'a Value> {
    args.kw
        .iter()
        .find(|(k, _)| k.as_str() == name)
        .map(|(_, v)| v)
}

pub fn install(vm: &Vm) {
    let t = &vm.types;
    for (name, ty) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("float", &t.float),
        ("complex", &t.complex),
        ("bool", &t.bool),
        ("str", &t.str),
        ("bytes", &t.bytes),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("reversed", &t.reversed),
        ("map", &t.map),
        ("filter", &t.filter),
    ] {
        set_builtin(vm, name, Value::Obj(ty.clone()));
    }
    for (name, cls) in vm.exc.all() {
        set_builtin(vm, name, Value::Obj(cls));
    }
    set_builtin(vm, "EnvironmentError", Value::Obj(vm.exc.os_error.clone()));
    set_builtin(vm, "IOError", Value::Obj(vm.exc.os_error.clone()));
    set_builtin(vm, "NotImplemented", vm.not_implemented.clone());
    set_builtin(vm, "Ellipsis", vm.ellipsis.clone());
    set_builtin(vm, "__name__", Value::str("builtins"));
    functions::install(vm);
    iterate::install(vm);
    methods::install(vm);
    small_types::install(vm);
    io::install(vm);
    convert::install(vm);
    crate::runtime::install_type_methods(vm);
}
