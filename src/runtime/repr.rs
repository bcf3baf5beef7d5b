//! `repr()` and `str()` of every built-in type, with CPython's spellings,
//! and the dispatch to user `__repr__`/`__str__`.
//!
//! Owns text conversion only. Recursive containers print `[...]` as CPython
//! does (a per-thread set of objects currently being repr'd).

use std::cell::RefCell;

use super::float_repr::float_repr;
use super::object::*;
use super::types::type_data;
use super::{PyResult, Value};
use crate::vm::Vm;

thread_local! {
    static IN_REPR: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Python `repr(v)`.
pub fn repr(vm: &Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::None => Ok("None".into()),
        Value::Bool(true) => Ok("True".into()),
        Value::Bool(false) => Ok("False".into()),
        Value::Int(i) => Ok(i.to_string()),
        Value::Float(f) => Ok(float_repr(*f)),
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Ok(str_repr(&s.text)),
            Payload::BigInt(b) => Ok(b.to_string()),
            Payload::Type(t) if t.metaclass.is_some() => match metaclass_text(vm, v, vm.sym.repr) {
                Some(r) => r,
                None => builtin_repr(vm, v, o),
            },
            Payload::Instance(i) => {
                if let Base::Value(inner) = &i.base {
                    if !super::ops::user_defines(vm, vm.type_of(v), vm.sym.repr) {
                        return repr(vm, inner);
                    }
                }
                if let Some(r) = vm.call_special(v, vm.sym.repr, &[]) {
                    let r = r?;
                    return match r.as_str() {
                        Some(s) => Ok(s.to_owned()),
                        None => Err(vm.type_error(format!(
                            "__repr__ returned non-string (type {})",
                            vm.type_name(&r)
                        ))),
                    };
                }
                let _ = i;
                Ok(default_repr(vm, v))
            }
            _ => builtin_repr(vm, v, o),
        },
    }
}

/// `__repr__`/`__str__` of a class whose metaclass defines it in Python.
fn metaclass_text(
    vm: &Vm,
    cls: &Value,
    name: crate::syntax::ast::Symbol,
) -> Option<PyResult<String>> {
    if !super::ops::user_defines(vm, vm.type_of(cls), name) {
        return None;
    }
    let r = vm.call_special(cls, name, &[])?;
    Some(r.and_then(|r| match r.as_str() {
        Some(s) => Ok(s.to_owned()),
        None => Err(vm.type_error(format!(
            "{} returned non-string (type {})",
            name,
            vm.type_name(&r)
        ))),
    }))
}

/// `<__main__.Name object at 0x...>`
pub fn default_repr(vm: &Vm, v: &Value) -> String {
    let ty = vm.type_of(v);
    let td = type_data(ty);
    let module = td.module.borrow();
    let qual = td.qualname.borrow();
    if module.as_str() == "builtins" {
        format!("<{} object at {:#x}>", qual, v.id())
    } else {
        format!("<{}.{} object at {:#x}>", module, qual, v.id())
    }
}

fn with_guard(
    vm: &Vm,
    o: &super::ObjRef,
    empty: &str,
    f: impl FnOnce() -> PyResult<String>,
) -> PyResult<String> {
    let _level = vm.enter_recursion(" while getting the repr of an object")?;
    let addr = o.addr();
    if IN_REPR.with(|s| s.borrow().contains(&addr)) {
        return Ok(empty.into());
    }
    IN_REPR.with(|s| s.borrow_mut().push(addr));
    let r = f();
    IN_REPR.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(pos) = s.iter().rposition(|&a| a == addr) {
            s.remove(pos);
        }
    });
    r
}

fn join_reprs(vm: &Vm, items: &[Value]) -> PyResult<String> {
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr(vm, x)?);
    }
    Ok(out)
}

fn builtin_repr(vm: &Vm, v: &Value, o: &super::ObjRef) -> PyResult<String> {
    match &o.payload {
        Payload::Tuple(items) => with_guard(vm, o, "(...)", || {
            if items.len() == 1 {
                Ok(format!("({},)", repr(vm, &items[0])?))
            } else {
                Ok(format!("({})", join_reprs(vm, items)?))
            }
        }),
        Payload::List(items) => with_guard(vm, o, "[...]", || {
            let snapshot: Vec<Value> = items.borrow().clone();
            Ok(format!("[{}]", join_reprs(vm, &snapshot)?))
        }),
        Payload::Dict(d) => with_guard(vm, o, "{...}", || dict_repr(vm, d)),
        Payload::Set(s) => with_guard(vm, o, "set(...)", || {
            let items: Vec<Value> = s.borrow().iter().map(|(_, k)| k.clone()).collect();
            if items.is_empty() {
                Ok("set()".into())
            } else {
                Ok(format!("{{{}}}", join_reprs(vm, &items)?))
            }
        }),
        Payload::FrozenSet(s) => with_guard(vm, o, "frozenset(...)", || {
            let items: Vec<Value> = s.iter().map(|(_, k)| k.clone()).collect();
            if items.is_empty() {
                Ok("frozenset()".into())
            } else {
                Ok(format!("frozenset({{{}}})", join_reprs(vm, &items)?))
            }
        }),
        Payload::Bytes(b) => Ok(bytes_repr(b)),
        Payload::Range(r) => Ok(if r.step == 1 {
            format!("range({}, {})", r.start, r.stop)
        } else {
            format!("range({}, {}, {})", r.start, r.stop, r.step)
        }),
        Payload::Slice(s) => Ok(format!(
            "slice({}, {}, {})",
            repr(vm, &s[0])?,
            repr(vm, &s[1])?,
            repr(vm, &s[2])?
        )),
        Payload::Function(f) => Ok(format!(
            "<function {} at {:#x}>",
            f.qualname.borrow().as_str().unwrap_or("?"),
            o.addr()
        )),
        Payload::Native(n) => Ok(match (&n.bound_self, n.owner) {
            (Some(s), Some(_)) if !matches!(s.payload(), Some(Payload::Module(_))) => format!(
                "<built-in method {} of {} object at {:#x}>",
                n.name,
                vm.type_name(s),
                s.id()
            ),
            (None, Some(owner)) => format!("<method '{}' of '{}' objects>", n.name, owner),
            _ => format!("<built-in function {}>", n.name),
        }),
        Payload::BoundMethod(m) => {
            let fname = match m.func.payload() {
                Some(Payload::Function(f)) => {
                    f.qualname.borrow().as_str().unwrap_or("?").to_owned()
                }
                _ => "?".into(),
            };
            Ok(format!(
                "<bound method {} of {}>",
                fname,
                repr(vm, &m.self_)?
            ))
        }
        Payload::Type(t) => {
            let module = t.module.borrow();
            Ok(if module.as_str() == "builtins" {
                format!("<class '{}'>", t.qualname.borrow())
            } else {
                format!("<class '{}.{}'>", module, t.qualname.borrow())
            })
        }
        Payload::Module(m) => {
            let file = match &m.dict.payload {
                Payload::Dict(d) => {
                    super::types::dict_get_str(&d.borrow(), &vm.sym_str(vm.sym.file))
                }
                _ => None,
            };
            Ok(match file.as_ref().and_then(|f| f.as_str()) {
                Some(f) => format!("<module '{}' from '{}'>", m.name, f),
                None => format!("<module '{}' (built-in)>", m.name),
            })
        }
        Payload::Cell(c) => Ok(match &*c.borrow() {
            Some(v) => format!(
                "<cell at {:#x}: {} object at {:#x}>",
                o.addr(),
                vm.type_name(v),
                v.id()
            ),
            None => format!("<cell at {:#x}: empty>", o.addr()),
        }),
        Payload::Singleton(name) => Ok((*name).into()),
        Payload::Member(m) => Ok(super::slots::repr(m)),
        Payload::Code(c) => Ok(crate::eval::code_object::repr(c, o.addr())),
        Payload::Complex(z) => Ok(super::complex::repr(*z)),
        Payload::WeakRef(_) => Ok(crate::modules::weakref_native::repr_of(vm, v)),
        Payload::Generator(g) => Ok(crate::eval::generator::repr(g, o.addr())),
        _ => Ok(default_repr(vm, v)),
    }
}

fn dict_repr(vm: &Vm, d: &RefCell<super::dict::Dict>) -> PyResult<String> {
    let pairs: Vec<(Value, Value)> = d
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    let mut out = String::from("{");
    for (i, (k, v)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr(vm, k)?);
        out.push_str(": ");
        out.push_str(&repr(vm, v)?);
    }
    out.push('}');
    Ok(out)
}

/// Python `str(v)`.
pub fn str_of(vm: &Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Ok(s.text.to_string()),
            Payload::Type(t) if t.metaclass.is_some() => {
                metaclass_text(vm, v, vm.sym.str).unwrap_or_else(|| repr(vm, v))
            }
            Payload::WeakRef(_) => match super::weakref::proxy_target(vm, v) {
                Some(t) => str_of(vm, &t?),
                None => repr(vm, v),
            },
            Payload::Instance(i) => {
                if let Base::Value(inner) = &i.base {
                    let ty = vm.type_of(v);
                    if !super::ops::user_defines(vm, ty, vm.sym.str) {
                        if super::ops::user_defines(vm, ty, vm.sym.repr) && inner.as_str().is_none()
                        {
                            return repr(vm, v);
                        }
                        return str_of(vm, inner);
                    }
                }
                if let Some(r) = vm.call_special(v, vm.sym.str, &[]) {
                    let r = r?;
                    return match r.as_str() {
                        Some(s) => Ok(s.to_owned()),
                        None => Err(vm.type_error(format!(
                            "__str__ returned non-string (type {})",
                            vm.type_name(&r)
                        ))),
                    };
                }
                if let Base::Exception(d) = &i.base {
                    let args = d.borrow().args.clone();
                    return exception_str(vm, &args);
                }
                repr(vm, v)
            }
            _ => repr(vm, v),
        },
        _ => repr(vm, v),
    }
}

/// `str(exc)`: empty for no args, the arg for one, the tuple's repr otherwise.
pub fn exception_str(vm: &Vm, args: &Value) -> PyResult<String> {
    match args.as_tuple() {
        Some([]) | None => Ok(String::new()),
        Some([one]) => str_of(vm, one),
        Some(_) => repr(vm, args),
    }
}

/// CPython's str repr: single quotes unless the text has `'` and no `"`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{:02x}", n));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{:04x}", n));
                } else {
                    out.push_str(&format!("\\U{:08x}", n));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `str.isprintable` for one character (CPython's Unicode tables).
pub fn is_printable(c: char) -> bool {
    super::unicode_class::is_printable(c)
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out
}
