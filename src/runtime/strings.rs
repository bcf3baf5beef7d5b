//! `str` methods, indexing/slicing by code point, `str.format`, and `%`
//! formatting of strings.
//!
//! Owns text operations on `StrObj`. Indexes are code-point based; ASCII
//! strings (the common case) index bytes directly.

use super::object::*;
use super::ops::{self, index_value, slice_indices};
use super::repr::{repr, str_of};
use super::{PyResult, Value};
use crate::builtins::{add_methods, arity, format_value};
use crate::vm::Vm;

pub fn install(vm: &Vm) {
    add_methods(vm, &vm.types.str, "str", &[
        ("join", join),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("replace", replace),
        ("upper", upper),
        ("lower", lower),
        ("casefold", lower),
        ("swapcase", swapcase),
        ("title", title),
        ("capitalize", capitalize),
        ("startswith", startswith),
        ("endswith", endswith),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("format", format),
        ("isdigit", isdigit),
        ("isdecimal", isdigit),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("isidentifier", isidentifier),
        ("isascii", isascii),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("partition", partition),
        ("rpartition", rpartition),
        ("encode", encode),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("expandtabs", expandtabs),
        ("__len__", len),
        ("__contains__", contains),
        ("__getitem__", getitem),
        ("__format__", dunder_format),
    ]);
}

fn text<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a str> {
    args.pos.first().and_then(|v| v.as_str()).ok_or_else(|| vm.type_error("descriptor requires a 'str' object"))
}

fn str_arg<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| {
        vm.type_error(format!("{} must be str, not {}", what, vm.type_name(v)))
    })
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
            let out: String = (0..n).map(|k| b[(start + k as i64 * step) as usize] as char).collect();
            return s(out);
        }
        let chars: Vec<char> = t.chars().collect();
        let out: String = (0..n).map(|k| chars[(start + k as i64 * step) as usize]).collect();
        return s(out);
    }
    let i = index_value(vm, index).map_err(|_| {
        vm.type_error(format!("string indices must be integers, not '{}'", vm.type_name(index)))
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
    arity(vm, "str.join", &args, 2, 2)?;
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
    let sep = args.pos.get(1).or_else(|| crate::builtins::kwarg(args, "sep"));
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
    let max = match args.pos.get(2).or_else(|| crate::builtins::kwarg(args, "maxsplit")) {
        Some(v) => index_value(vm, v)?,
        None => -1,
    };
    Ok((sep, max))
}

fn to_list(parts: Vec<&str>) -> PyResult<Value> {
    Ok(ops::new_list(parts.into_iter().map(Value::str).collect()))
}

fn split(vm: &Vm, args: Args) -> PyResult<Value> {
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
            let mut rest = t.trim_start();
            while !rest.is_empty() {
                if max >= 0 && parts.len() as i64 == max {
                    parts.push(rest);
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                parts.push(&rest[..end]);
                rest = rest[end..].trim_start();
            }
            to_list(parts)
        }
    }
}

fn rsplit(vm: &Vm, args: Args) -> PyResult<Value> {
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
            let mut rest = t.trim_end();
            while !rest.is_empty() {
                if max >= 0 && parts.len() as i64 == max {
                    parts.push(rest);
                    break;
                }
                let start = rest.rfind(char::is_whitespace).map_or(0, |i| i + rest[i..].chars().next().map_or(1, char::len_utf8));
                parts.push(&rest[start..]);
                rest = rest[..start].trim_end();
            }
            parts
        }
    };
    parts.reverse();
    to_list(parts)
}

fn splitlines(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = text(vm, &args)?;
    let keep = match args.pos.get(1).or_else(|| crate::builtins::kwarg(&args, "keepends")) {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let bytes: Vec<(usize, char)> = t.char_indices().collect();
    let mut i = 0;
    while i < bytes.len() {
        let (pos, c) = bytes[i];
        if matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}') {
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
        Some(v) => Ok(Some(str_arg(vm, v, "strip arg")?.chars().collect())),
    }
}

fn strip(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = text(vm, &args)?;
    match strip_chars(vm, &args)? {
        None => s(t.trim().to_owned()),
        Some(cs) => s(t.trim_matches(|c| cs.contains(&c)).to_owned()),
    }
}
fn lstrip(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = text(vm, &args)?;
    match strip_chars(vm, &args)? {
        None => s(t.trim_start().to_owned()),
        Some(cs) => s(t.trim_start_matches(|c| cs.contains(&c)).to_owned()),
    }
}
fn rstrip(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = text(vm, &args)?;
    match strip_chars(vm, &args)? {
        None => s(t.trim_end().to_owned()),
        Some(cs) => s(t.trim_end_matches(|c| cs.contains(&c)).to_owned()),
    }
}

fn replace(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "replace", &args, 3, 4)?;
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

fn upper(vm: &Vm, args: Args) -> PyResult<Value> {
    s(text(vm, &args)?.to_uppercase())
}
fn lower(vm: &Vm, args: Args) -> PyResult<Value> {
    s(text(vm, &args)?.to_lowercase())
}
fn swapcase(vm: &Vm, args: Args) -> PyResult<Value> {
    s(text(vm, &args)?
        .chars()
        .flat_map(|c| -> Vec<char> {
            if c.is_uppercase() {
                c.to_lowercase().collect()
            } else {
                c.to_uppercase().collect()
            }
        })
        .collect())
}
fn title(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut out = String::new();
    let mut prev_cased = false;
    for c in text(vm, &args)?.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic();
    }
    s(out)
}
fn capitalize(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = text(vm, &args)?;
    let mut cs = t.chars();
    match cs.next() {
        Some(c) => s(c.to_uppercase().chain(cs.flat_map(|c| c.to_lowercase())).collect()),
        None => s(String::new()),
    }
}

/// Byte range of the optional `start`/`end` arguments (code-point indexes).
fn range_args(vm: &Vm, t: &str, args: &Args, first: usize) -> PyResult<(usize, usize)> {
    let n = t.chars().count() as i64;
    let conv = |v: Option<&Value>, d: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(d),
            Some(v) => {
                let i = index_value(vm, v)?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
        }
    };
    let a = conv(args.pos.get(first), 0)?;
    let b = conv(args.pos.get(first + 1), n)?;
    let to_byte = |ci: i64| t.char_indices().nth(ci as usize).map_or(t.len(), |(b, _)| b);
    if a > b {
        return Ok((to_byte(a), to_byte(a)));
    }
    Ok((to_byte(a), to_byte(b)))
}

fn affix(vm: &Vm, args: &Args, start: bool) -> PyResult<Value> {
    arity(vm, if start { "startswith" } else { "endswith" }, args, 2, 4)?;
    let t = text(vm, args)?;
    let (a, b) = range_args(vm, t, args, 2)?;
    let sub = &t[a..b.max(a)];
    let test = |p: &str| if start { sub.starts_with(p) } else { sub.ends_with(p) };
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

fn find_impl(vm: &Vm, args: &Args, rev: bool) -> PyResult<i64> {
    arity(vm, "find", args, 2, 4)?;
    let t = text(vm, args)?;
    let sub = str_arg(vm, &args.pos[1], "must be str")?;
    let (a, b) = range_args(vm, t, args, 2)?;
    let hay = &t[a..b];
    let r = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(match r {
        Some(i) => char_index(t, a + i),
        None => -1,
    })
}
fn find(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &args, false)?))
}
fn rfind(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &args, true)?))
}
fn index(vm: &Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, false)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}
fn rindex(vm: &Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, true)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}
fn count(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "count", &args, 2, 4)?;
    let t = text(vm, &args)?;
    let sub = str_arg(vm, &args.pos[1], "must be str")?;
    let (a, b) = range_args(vm, t, &args, 2)?;
    let hay = &t[a..b];
    if sub.is_empty() {
        return Ok(Value::Int(hay.chars().count() as i64 + 1));
    }
    Ok(Value::Int(hay.matches(sub).count() as i64))
}

fn pred(vm: &Vm, args: &Args, f: impl Fn(char) -> bool) -> PyResult<Value> {
    let t = text(vm, args)?;
    Ok(Value::Bool(!t.is_empty() && t.chars().all(f)))
}
fn isdigit(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, &args, |c| c.is_ascii_digit() || (c.is_numeric() && c.to_digit(10).is_some()))
}
fn isnumeric(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, &args, char::is_numeric)
}
fn isalpha(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, &args, char::is_alphabetic)
}
fn isalnum(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, &args, char::is_alphanumeric)
}
fn isspace(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, &args, char::is_whitespace)
}
fn isascii(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(text(vm, &args)?.is_ascii()))
}
fn isupper(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = text(vm, &args)?;
    Ok(Value::Bool(t.chars().any(char::is_uppercase) && !t.chars().any(char::is_lowercase)))
}
fn islower(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = text(vm, &args)?;
    Ok(Value::Bool(t.chars().any(char::is_lowercase) && !t.chars().any(char::is_uppercase)))
}
fn istitle(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = text(vm, &args)?;
    let mut prev_cased = false;
    let mut any = false;
    for c in t.chars() {
        if c.is_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            any = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(any))
}
fn isidentifier(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = text(vm, &args)?;
    let mut cs = t.chars();
    Ok(Value::Bool(match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => cs.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    }))
}

fn pad_args(vm: &Vm, args: &Args) -> PyResult<(usize, char)> {
    arity(vm, "center", args, 2, 3)?;
    let w = index_value(vm, &args.pos[1])?.max(0) as usize;
    let fill = match args.pos.get(2) {
        Some(v) => {
            let f = str_arg(vm, v, "fill character")?;
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => return Err(vm.type_error("The fill character must be exactly one character long")),
            }
        }
        None => ' ',
    };
    Ok((w, fill))
}
fn center(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = text(vm, &args)?;
    let (w, fill) = pad_args(vm, &args)?;
    let n = t.chars().count();
    if w <= n {
        return s(t.to_owned());
    }
    let marg = w - n;
    let left = marg / 2 + (marg & w & 1);
    let f = |k: usize| std::iter::repeat(fill).take(k).collect::<String>();
    s(format!("{}{}{}", f(left), t, f(marg - left)))
}
fn ljust(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = text(vm, &args)?;
    let (w, fill) = pad_args(vm, &args)?;
    let n = t.chars().count();
    s(format!("{}{}", t, std::iter::repeat(fill).take(w.saturating_sub(n)).collect::<String>()))
}
fn rjust(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = text(vm, &args)?;
    let (w, fill) = pad_args(vm, &args)?;
    let n = t.chars().count();
    s(format!("{}{}", std::iter::repeat(fill).take(w.saturating_sub(n)).collect::<String>(), t))
}
fn zfill(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "zfill", &args, 2, 2)?;
    let t = text(vm, &args)?;
    let w = index_value(vm, &args.pos[1])?.max(0) as usize;
    let n = t.chars().count();
    if w <= n {
        return s(t.to_owned());
    }
    let zeros = "0".repeat(w - n);
    match t.chars().next() {
        Some(c @ ('+' | '-')) => s(format!("{}{}{}", c, zeros, &t[1..])),
        _ => s(format!("{}{}", zeros, t)),
    }
}

fn part_impl(vm: &Vm, args: &Args, rev: bool) -> PyResult<Value> {
    arity(vm, "partition", args, 2, 2)?;
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
    Ok(ops::new_tuple(parts.iter().map(|p| Value::str(*p)).collect()))
}
fn partition(vm: &Vm, args: Args) -> PyResult<Value> {
    part_impl(vm, &args, false)
}
fn rpartition(vm: &Vm, args: Args) -> PyResult<Value> {
    part_impl(vm, &args, true)
}
fn encode(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = text(vm, &args)?;
    Ok(Value::Obj(super::ObjRef::new(Payload::Bytes(t.as_bytes().to_vec().into_boxed_slice()))))
}
fn removeprefix(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "removeprefix", &args, 2, 2)?;
    let t = text(vm, &args)?;
    let p = str_arg(vm, &args.pos[1], "removeprefix() argument")?;
    s(t.strip_prefix(p).unwrap_or(t).to_owned())
}
fn removesuffix(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "removesuffix", &args, 2, 2)?;
    let t = text(vm, &args)?;
    let p = str_arg(vm, &args.pos[1], "removesuffix() argument")?;
    s(t.strip_suffix(p).unwrap_or(t).to_owned())
}
fn expandtabs(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = text(vm, &args)?;
    let size = match args.pos.get(1) {
        Some(v) => index_value(vm, v)?.max(0) as usize,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0;
    for c in t.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    s(out)
}
fn len(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(text(vm, &args)?.chars().count() as i64))
}
fn contains(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__contains__", &args, 2, 2)?;
    Ok(Value::Bool(ops::contains(vm, &args.pos[0], &args.pos[1])?))
}
fn getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__getitem__", &args, 2, 2)?;
    ops::getitem(vm, &args.pos[0], &args.pos[1])
}
fn dunder_format(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "__format__", &args, 2, 2)?;
    let spec = str_arg(vm, &args.pos[1], "format spec")?;
    s(format_value(vm, &args.pos[0], spec)?)
}

/// `str.format(*args, **kwargs)`
fn format(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = text(vm, &args)?;
    s(format_with(vm, t, &args.pos[1..], args.kw, &mut 0)?)
}

fn format_with(vm: &Vm, t: &str, pos: &[Value], kw: &[(crate::syntax::ast::Symbol, Value)], auto: &mut usize) -> PyResult<String> {
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

fn format_field(vm: &Vm, field: &str, pos: &[Value], kw: &[(crate::syntax::ast::Symbol, Value)], auto: &mut usize) -> PyResult<String> {
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
        pos.get(k).cloned().ok_or_else(|| vm.index_error(format!("Replacement index {} out of range for positional args tuple", k)))?
    } else if let Ok(k) = first.parse::<usize>() {
        pos.get(k).cloned().ok_or_else(|| vm.index_error(format!("Replacement index {} out of range for positional args tuple", k)))?
    } else {
        kw.iter()
            .find(|(n, _)| n.as_str() == first)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| vm.key_error(Value::str(first)))?
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            v = super::attr::get_attr(vm, &v, crate::syntax::intern::intern(&r[..end]))?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
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
    let spec = if spec.contains('{') { format_with(vm, spec, pos, kw, auto)? } else { spec.to_owned() };
    format_value(vm, &v, &spec)
}

/// `fmt % values`
pub fn percent_format(vm: &Vm, fmt: &str, values: &Value) -> PyResult<Value> {
    super::percent_glue::percent_format(vm, fmt, values).map(Value::str)
}
