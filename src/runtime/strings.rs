//! `str` methods, indexing/slicing by code point, `str.format`, and `%`
//! formatting of strings.
//!
//! Owns text operations on `StrObj`. Indexes are code-point based; ASCII
//! strings (the common case) index bytes directly.

use super::object::*;
use super::ops::{self, index_value, slice_indices};
use super::strclass::py_isspace;
use super::{PyResult, Value};
use crate::builtins::{add_methods, method_arity, Arity::*};
use crate::syntax::ast::CmpOp;
use crate::vm::Vm;

pub use super::strformat::percent_format;

pub fn install(vm: &Vm) {
    add_methods(
        vm,
        &vm.types.str,
        "str",
        &[
            ("join", join),
            ("split", split),
            ("rsplit", rsplit),
            ("splitlines", splitlines),
            ("strip", strip),
            ("lstrip", lstrip),
            ("rstrip", rstrip),
            ("replace", replace),
            ("startswith", startswith),
            ("endswith", endswith),
            ("find", find),
            ("rfind", rfind),
            ("index", index),
            ("rindex", rindex),
            ("count", count),
            ("partition", partition),
            ("rpartition", rpartition),
            ("removeprefix", removeprefix),
            ("removesuffix", removesuffix),
            ("__len__", len),
            ("__contains__", contains),
            ("__getitem__", getitem),
            ("__iter__", iter),
            ("__add__", add),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__hash__", hash),
            ("__getnewargs__", getnewargs),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
        ],
    );
    super::strclass::install(vm);
    super::strformat::install(vm);
}

fn text<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a str> {
    args.pos
        .first()
        .and_then(|v| v.as_str())
        .ok_or_else(|| vm.type_error("descriptor requires a 'str' object"))
}

fn str_arg<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    v.as_str()
        .ok_or_else(|| vm.type_error(format!("{} must be str, not {}", what, vm.type_name(v))))
}

fn s(v: String) -> PyResult<Value> {
    Ok(Value::str(v))
}

/// `s[index]` for a str.
pub fn str_getitem(vm: &Vm, so: &StrObj, index: &Value) -> PyResult<Value> {
    let t = &so.text;
    if let Some(Payload::Slice(sl)) = index.payload() {
        let (start, _, step, n) = slice_indices(vm, sl, so.char_len)?;
        if so.is_ascii() {
            let b = t.as_bytes();
            let out: String = (0..n)
                .map(|k| b[(start + k as i64 * step) as usize] as char)
                .collect();
            return s(out);
        }
        let chars: Vec<char> = t.chars().collect();
        let out: String = (0..n)
            .map(|k| chars[(start + k as i64 * step) as usize])
            .collect();
        return s(out);
    }
    let i = index_value(vm, index).map_err(|_| {
        vm.type_error(format!(
            "string indices must be integers, not '{}'",
            vm.type_name(index)
        ))
    })?;
    let n = so.char_len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("string index out of range"));
    }
    let c = if so.is_ascii() {
        t.as_bytes()[j as usize] as char
    } else {
        t.chars().nth(j as usize).unwrap_or('\0')
    };
    s(c.to_string())
}

fn join(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.join", One)?;
    let sep = text(vm, &args)?;
    let items = ops::collect(vm, &args.pos[1])?;
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match x.as_str() {
            Some(t) => out.push_str(t),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    vm.type_name(x)
                )))
            }
        }
    }
    s(out)
}

fn sep_and_max(vm: &Vm, args: &Args) -> PyResult<(Option<String>, i64)> {
    let sep = args
        .pos
        .get(1)
        .or_else(|| crate::builtins::kwarg(args, "sep"));
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => {
            let t = str_arg(vm, v, "sep")?;
            if t.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(t.to_owned())
        }
    };
    let max = match args
        .pos
        .get(2)
        .or_else(|| crate::builtins::kwarg(args, "maxsplit"))
    {
        Some(v) => index_value(vm, v)?,
        None => -1,
    };
    Ok((sep, max))
}

fn to_list(parts: Vec<&str>) -> PyResult<Value> {
    Ok(ops::new_list(parts.into_iter().map(Value::str).collect()))
}

fn split(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.split", Keywords(0, 2, 2))?;
    let t = text(vm, &args)?;
    let (sep, max) = sep_and_max(vm, &args)?;
    match sep {
        Some(sep) => {
            if max < 0 {
                to_list(t.split(sep.as_str()).collect())
            } else {
                to_list(t.splitn(max as usize + 1, sep.as_str()).collect())
            }
        }
        None => {
            let mut parts = Vec::new();
            let mut rest = t.trim_start_matches(py_isspace);
            while !rest.is_empty() {
                if max >= 0 && parts.len() as i64 == max {
                    parts.push(rest);
                    break;
                }
                let end = rest.find(py_isspace).unwrap_or(rest.len());
                parts.push(&rest[..end]);
                rest = rest[end..].trim_start_matches(py_isspace);
            }
            to_list(parts)
        }
    }
}

fn rsplit(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.rsplit", Keywords(0, 2, 2))?;
    let t = text(vm, &args)?;
    let (sep, max) = sep_and_max(vm, &args)?;
    let mut parts: Vec<&str> = match sep {
        Some(sep) => {
            if max < 0 {
                t.rsplit(sep.as_str()).collect()
            } else {
                t.rsplitn(max as usize + 1, sep.as_str()).collect()
            }
        }
        None => {
            let mut parts = Vec::new();
            let mut rest = t.trim_end_matches(py_isspace);
            while !rest.is_empty() {
                if max >= 0 && parts.len() as i64 == max {
                    parts.push(rest);
                    break;
                }
                let start = rest.rfind(py_isspace).map_or(0, |i| {
                    i + rest[i..].chars().next().map_or(1, char::len_utf8)
                });
                parts.push(&rest[start..]);
                rest = rest[..start].trim_end_matches(py_isspace);
            }
            parts
        }
    };
    parts.reverse();
    to_list(parts)
}

fn splitlines(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.splitlines", Keywords(0, 1, 1))?;
    let t = text(vm, &args)?;
    let keep = match args
        .pos
        .get(1)
        .or_else(|| crate::builtins::kwarg(&args, "keepends"))
    {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let bytes: Vec<(usize, char)> = t.char_indices().collect();
    let mut i = 0;
    while i < bytes.len() {
        let (pos, c) = bytes[i];
        if matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        ) {
            let mut end = pos + c.len_utf8();
            if c == '\r' && i + 1 < bytes.len() && bytes[i + 1].1 == '\n' {
                end += 1;
                i += 1;
            }
            out.push(if keep { &t[start..end] } else { &t[start..pos] });
            start = end;
        }
        i += 1;
    }
    if start < t.len() {
        out.push(&t[start..]);
    }
    to_list(out)
}

fn strip_chars(vm: &Vm, args: &Args) -> PyResult<Option<Vec<char>>> {
    match args.pos.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.as_str() {
            Some(t) => Ok(Some(t.chars().collect())),
            None => Err(vm.type_error("strip arg must be None or str")),
        },
    }
}

fn strip(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.strip", Clinic(0, 1))?;
    let t = text(vm, &args)?;
    match strip_chars(vm, &args)? {
        None => s(t.trim_matches(py_isspace).to_owned()),
        Some(cs) => s(t.trim_matches(|c| cs.contains(&c)).to_owned()),
    }
}
fn lstrip(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.lstrip", Clinic(0, 1))?;
    let t = text(vm, &args)?;
    match strip_chars(vm, &args)? {
        None => s(t.trim_start_matches(py_isspace).to_owned()),
        Some(cs) => s(t.trim_start_matches(|c| cs.contains(&c)).to_owned()),
    }
}
fn rstrip(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.rstrip", Clinic(0, 1))?;
    let t = text(vm, &args)?;
    match strip_chars(vm, &args)? {
        None => s(t.trim_end_matches(py_isspace).to_owned()),
        Some(cs) => s(t.trim_end_matches(|c| cs.contains(&c)).to_owned()),
    }
}

fn replace(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.replace", Clinic(2, 3))?;
    let t = text(vm, &args)?;
    let old = str_arg(vm, &args.pos[1], "replace() argument 1")?;
    let new = str_arg(vm, &args.pos[2], "replace() argument 2")?;
    let count = match args.pos.get(3) {
        Some(v) => index_value(vm, v)?,
        None => -1,
    };
    if count < 0 {
        return s(t.replace(old, new));
    }
    if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in t.chars() {
            if n < count {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(new);
        }
        return s(out);
    }
    s(t.replacen(old, new, count as usize))
}

/// Byte range of the optional `start`/`end` arguments (code-point indexes).
/// `None` when the range is empty in CPython's sense (`start > len` or
/// `start > end`: nothing matches, not even '').
fn range_args(vm: &Vm, t: &str, args: &Args, first: usize) -> PyResult<Option<(usize, usize)>> {
    let n = t.chars().count() as i64;
    let conv = |v: Option<&Value>, d: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(d),
            Some(v) => {
                let i = super::tuple::seq_index_bound(vm, Some(v), usize::MAX >> 2, 0)? as i64;
                let raw = index_value(vm, v).unwrap_or(i);
                Ok(if raw < 0 {
                    (raw.saturating_add(n)).max(0)
                } else {
                    raw
                })
            }
        }
    };
    let a = conv(args.pos.get(first), 0)?;
    let b = conv(args.pos.get(first + 1), n)?.min(n);
    if a > n || a > b {
        return Ok(None);
    }
    let to_byte = |ci: i64| {
        t.char_indices()
            .nth(ci as usize)
            .map_or(t.len(), |(b, _)| b)
    };
    Ok(Some((to_byte(a), to_byte(b))))
}

fn affix(vm: &Vm, args: &Args, start: bool) -> PyResult<Value> {
    let qualname = if start {
        "str.startswith"
    } else {
        "str.endswith"
    };
    method_arity(vm, args, qualname, Tuple(1, 3))?;
    let t = text(vm, args)?;
    let Some((a, b)) = range_args(vm, t, args, 2)? else {
        return Ok(Value::Bool(false));
    };
    let sub = &t[a..b];
    let test = |p: &str| {
        if start {
            sub.starts_with(p)
        } else {
            sub.ends_with(p)
        }
    };
    match &args.pos[1] {
        v if v.as_str().is_some() => Ok(Value::Bool(test(v.as_str().unwrap_or("")))),
        v => match v.as_tuple() {
            Some(items) => {
                for it in items {
                    if test(str_arg(vm, it, "tuple for startswith")?) {
                        return Ok(Value::Bool(true));
                    }
                }
                Ok(Value::Bool(false))
            }
            None => Err(vm.type_error(format!(
                "{} first arg must be str or a tuple of str, not {}",
                if start { "startswith" } else { "endswith" },
                vm.type_name(v)
            ))),
        },
    }
}
fn startswith(vm: &Vm, args: Args) -> PyResult<Value> {
    affix(vm, &args, true)
}
fn endswith(vm: &Vm, args: Args) -> PyResult<Value> {
    affix(vm, &args, false)
}

fn char_index(t: &str, byte: usize) -> i64 {
    t[..byte].chars().count() as i64
}

fn find_impl(vm: &Vm, args: &Args, qualname: &str, rev: bool) -> PyResult<i64> {
    method_arity(vm, args, qualname, Tuple(1, 3))?;
    let t = text(vm, args)?;
    let sub = str_arg(vm, &args.pos[1], "must be str")?;
    let Some((a, b)) = range_args(vm, t, args, 2)? else {
        return Ok(-1);
    };
    let hay = &t[a..b];
    let r = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(match r {
        Some(i) => char_index(t, a + i),
        None => -1,
    })
}
fn find(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &args, "str.find", false)?))
}
fn rfind(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &args, "str.rfind", true)?))
}
fn index(vm: &Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, "str.index", false)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}
fn rindex(vm: &Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, "str.rindex", true)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}
fn count(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.count", Tuple(1, 3))?;
    let t = text(vm, &args)?;
    let sub = str_arg(vm, &args.pos[1], "must be str")?;
    let Some((a, b)) = range_args(vm, t, &args, 2)? else {
        return Ok(Value::Int(0));
    };
    let hay = &t[a..b];
    if sub.is_empty() {
        return Ok(Value::Int(hay.chars().count() as i64 + 1));
    }
    Ok(Value::Int(hay.matches(sub).count() as i64))
}

fn part_impl(vm: &Vm, args: &Args, rev: bool) -> PyResult<Value> {
    method_arity(
        vm,
        args,
        if rev {
            "str.rpartition"
        } else {
            "str.partition"
        },
        One,
    )?;
    let t = text(vm, args)?;
    let sep = str_arg(vm, &args.pos[1], "must be str")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev { t.rfind(sep) } else { t.find(sep) };
    let parts = match found {
        Some(i) => [&t[..i], sep, &t[i + sep.len()..]],
        None if rev => ["", "", t],
        None => [t, "", ""],
    };
    Ok(ops::new_tuple(
        parts.iter().map(|p| Value::str(*p)).collect(),
    ))
}
fn partition(vm: &Vm, args: Args) -> PyResult<Value> {
    part_impl(vm, &args, false)
}
fn rpartition(vm: &Vm, args: Args) -> PyResult<Value> {
    part_impl(vm, &args, true)
}
fn removeprefix(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.removeprefix", One)?;
    let t = text(vm, &args)?;
    let p = str_arg(vm, &args.pos[1], "removeprefix() argument")?;
    s(t.strip_prefix(p).unwrap_or(t).to_owned())
}
fn removesuffix(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.removesuffix", One)?;
    let t = text(vm, &args)?;
    let p = str_arg(vm, &args.pos[1], "removesuffix() argument")?;
    s(t.strip_suffix(p).unwrap_or(t).to_owned())
}
fn len(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.__len__", Slot(0))?;
    Ok(Value::Int(text(vm, &args)?.chars().count() as i64))
}
fn contains(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.__contains__", Slot(1))?;
    Ok(Value::Bool(ops::contains(vm, &args.pos[0], &args.pos[1])?))
}
fn getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.__getitem__", Slot(1))?;
    ops::getitem(vm, &args.pos[0], &args.pos[1])
}

fn iter(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.__iter__", Slot(0))?;
    text(vm, &args)?;
    ops::iter(vm, &args.pos[0])
}

fn add(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.__add__", Slot(1))?;
    let t = text(vm, &args)?;
    match args.pos[1].as_str() {
        Some(u) => s(format!("{}{}", t, u)),
        None => Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(&args.pos[1])
        ))),
    }
}

fn mul(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.__mul__", Unpack(1, 1))?;
    let t = text(vm, &args)?;
    let n = super::tuple::repeat_count(vm, &args.pos[1])?;
    let n = index_value(vm, &n)?.max(0) as usize;
    if t.len().saturating_mul(n) > 1 << 34 {
        return Err(vm.err(&vm.exc.memory_error, ""));
    }
    s(t.repeat(n))
}

fn hash(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.__hash__", Slot(0))?;
    text(vm, &args)?;
    Ok(Value::Int(ops::hash(vm, &args.pos[0])?))
}

fn getnewargs(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.__getnewargs__", NoArgs)?;
    let t = text(vm, &args)?;
    Ok(ops::new_tuple(vec![Value::str(t)]))
}

fn cmp(vm: &Vm, args: &Args, qualname: &str, op: CmpOp) -> PyResult<Value> {
    method_arity(vm, args, qualname, Slot(1))?;
    text(vm, args)?;
    if args.pos[1].as_str().is_none() {
        return Ok(vm.not_implemented.clone());
    }
    ops::compare(vm, &args.pos[0], &args.pos[1], op)
}

macro_rules! cmps {
    ($($f:ident $op:ident;)*) => {$(
        fn $f(vm: &Vm, args: Args) -> PyResult<Value> {
            cmp(vm, &args, concat!("str.__", stringify!($f), "__"), CmpOp::$op)
        }
    )*};
}

cmps! { eq Eq; ne NotEq; lt Lt; le LtE; gt Gt; ge GtE; }
