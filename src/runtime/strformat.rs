//! `str.format`, `str.format_map`, `str.__format__` and `%` formatting of
//! strings (`str.__mod__`): the replacement-field parser and lookups.
//!
//! Owns the `{field!conv:spec}` grammar; the spec mini-language itself is
//! `format_spec` (via `builtins::format_value`), `%` is `percent_glue`.

use super::object::*;
use super::ops;
use super::repr::{repr, str_of};
use super::{PyResult, Value};
use crate::builtins::{add_methods, arity, format_value};
use crate::vm::Vm;

pub fn install(vm: &Vm) {
    add_methods(
        vm,
        &vm.types.str,
        "str",
        &[
            ("format", format),
            ("format_map", format_map),
            ("__format__", dunder_format),
            ("__mod__", dunder_mod),
            ("__rmod__", dunder_rmod),
        ],
    );
}

/// Where `{name}` fields find keyword values.
enum Named<'a> {
    Kw(&'a [(crate::syntax::ast::Symbol, Value)]),
    Map(&'a Value),
}

impl Named<'_> {
    fn get(&self, vm: &Vm, name: &str) -> PyResult<Value> {
        match self {
            Named::Kw(kw) => kw
                .iter()
                .find(|(n, _)| n.as_str() == name)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| vm.key_error(Value::str(name))),
            Named::Map(m) => ops::getitem(vm, m, &Value::str(name)),
        }
    }
}

fn text<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a str> {
    args.pos
        .first()
        .and_then(|v| v.as_str())
        .ok_or_else(|| vm.type_error(format!("descriptor '{}' requires a 'str' object", name)))
}

fn dunder_mod(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__mod__", &args, 2, 2)?;
    let t = text(vm, &args, "__mod__")?;
    percent_format(vm, t, &args.pos[1])
}

fn dunder_rmod(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__rmod__", &args, 2, 2)?;
    text(vm, &args, "__rmod__")?;
    Ok(vm.not_implemented.clone())
}

/// `str.format_map(mapping)`
fn format_map(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "format_map", &args, 2, 2)?;
    let t = text(vm, &args, "format_map")?;
    Ok(Value::str(format_with(
        vm,
        t,
        &[],
        &Named::Map(&args.pos[1]),
        &mut 0,
    )?))
}

fn dunder_format(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__format__", &args, 2, 2)?;
    text(vm, &args, "__format__")?;
    let Some(spec) = args.pos[1].as_str() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&args.pos[1])
        )));
    };
    Ok(Value::str(format_value(vm, &args.pos[0], spec)?))
}

/// `str.format(*args, **kwargs)`
fn format(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = text(vm, &args, "format")?;
    Ok(Value::str(format_with(
        vm,
        t,
        &args.pos[1..],
        &Named::Kw(args.kw),
        &mut 0,
    )?))
}

fn format_with(vm: &Vm, t: &str, pos: &[Value], kw: &Named, auto: &mut usize) -> PyResult<String> {
    let mut out = String::new();
    let cs: Vec<char> = t.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c == '{' {
            if cs.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace, allowing one nesting level in the spec.
            let mut depth = 1;
            let mut j = i + 1;
            while j < cs.len() && depth > 0 {
                match cs[j] {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth != 0 {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            let field: String = cs[i + 1..j - 1].iter().collect();
            out.push_str(&format_field(vm, &field, pos, kw, auto)?);
            i = j;
        } else if c == '}' {
            if cs.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn format_field(
    vm: &Vm,
    field: &str,
    pos: &[Value],
    kw: &Named,
    auto: &mut usize,
) -> PyResult<String> {
    let (head, spec) = match field.find(':') {
        Some(k) => (&field[..k], &field[k + 1..]),
        None => (field, ""),
    };
    let (name, conv) = match head.find('!') {
        Some(k) => (&head[..k], head[k + 1..].chars().next()),
        None => (head, None),
    };
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(first_end);
    let mut v = if first.is_empty() {
        let k = *auto;
        *auto += 1;
        pos.get(k).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {} out of range for positional args tuple",
                k
            ))
        })?
    } else if let Ok(k) = first.parse::<usize>() {
        pos.get(k).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {} out of range for positional args tuple",
                k
            ))
        })?
    } else {
        kw.get(vm, first)?
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            v = crate::runtime::attr::get_attr(vm, &v, crate::syntax::intern::intern(&r[..end]))?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r
                .find(']')
                .ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => Value::str(key),
            };
            v = ops::getitem(vm, &v, &k)?;
            rest = &r[end + 1..];
        } else {
            break;
        }
    }
    let v = match conv {
        Some('r') => Value::str(repr(vm, &v)?),
        Some('s') => Value::str(str_of(vm, &v)?),
        Some('a') => Value::str(crate::builtins::ascii_of(&repr(vm, &v)?)),
        Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {}", c))),
        None => v,
    };
    let spec = if spec.contains('{') {
        format_with(vm, spec, pos, kw, auto)?
    } else {
        spec.to_owned()
    };
    format_value(vm, &v, &spec)
}

/// `fmt % values`
pub fn percent_format(vm: &Vm, fmt: &str, values: &Value) -> PyResult<Value> {
    super::percent_glue::percent_format(vm, fmt, values).map(Value::str)
}
