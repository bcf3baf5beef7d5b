//! `bytes`: construction (`bytes(3)`, `bytes([1, 2])`, `bytes('é', 'utf-8')`)
//! and the common methods (`decode`, `hex`, `join`,
//! `split`, `startswith`, `upper`, comparisons, hashing ...).
//!
//! Owns the method layer over `Payload::Bytes`; `repr` formats bytes.

pub use super::codecs::{decode_bytes, encode_str};
use super::heap::ObjRef;
use super::object::*;
use super::ops::{self, index_value};
use super::{PyResult, Value};
use crate::builtins::{add_methods, kwarg, method_arity, Arity::*};
use crate::syntax::ast::CmpOp;
use crate::vm::Vm;

pub fn install(vm: &Vm) {
    add_methods(
        vm,
        &vm.types.bytes,
        "bytes",
        &[
            ("__new__", bytes_new),
            ("decode", decode),
            ("hex", hex),
            ("join", join),
            ("split", split),
            ("strip", strip),
            ("lstrip", lstrip),
            ("rstrip", rstrip),
            ("startswith", startswith),
            ("endswith", endswith),
            ("find", find),
            ("index", index),
            ("count", count),
            ("replace", replace),
            ("upper", upper),
            ("lower", lower),
            ("isdigit", isdigit),
            ("isalpha", isalpha),
            ("isspace", isspace),
            ("isalnum", isalnum),
            ("__len__", len),
            ("__getitem__", getitem),
            ("__contains__", contains),
            ("__iter__", iter),
            ("__add__", add),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__hash__", hash),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
        ],
    );
    let fh = crate::builtins::native("fromhex", fromhex);
    crate::builtins::set_type_attr(
        vm,
        &vm.types.bytes,
        "fromhex",
        Value::Obj(ObjRef::new(Payload::ClassMethod(fh))),
    );
}

pub fn new_bytes(v: Vec<u8>) -> Value {
    Value::Obj(ObjRef::new(Payload::Bytes(v.into_boxed_slice())))
}

fn this<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a [u8]> {
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::Bytes(b)) => Ok(b),
        _ => Err(vm.type_error(format!("descriptor '{}' requires a 'bytes' object", name))),
    }
}

/// The bytes of a bytes-like argument.
fn arg_bytes<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a [u8]> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(b),
        _ => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn str_opt(vm: &Vm, args: &Args, i: usize, name: &str, fname: &str) -> PyResult<Option<String>> {
    match args.pos.get(i).or_else(|| kwarg(args, name)) {
        None => Ok(None),
        Some(v) => match v.as_str() {
            Some(t) => Ok(Some(t.to_owned())),
            None => Err(vm.type_error(format!(
                "{}() argument '{}' must be str, not {}",
                fname,
                name,
                vm.type_name(v)
            ))),
        },
    }
}

/// `bytes(source=b'', encoding=..., errors=...)`
fn bytes_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let enc = str_opt(vm, &args, 2, "encoding", "bytes")?;
    let errors = str_opt(vm, &args, 3, "errors", "bytes")?;
    let Some(src) = args.pos.get(1).or_else(|| kwarg(&args, "source")) else {
        if enc.is_some() || errors.is_some() {
            return Err(vm.type_error("encoding or errors without sequence argument"));
        }
        return Ok(new_bytes(vec![]));
    };
    if let Some(t) = src.as_str() {
        let Some(enc) = enc else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        return Ok(new_bytes(encode_str(
            vm,
            t,
            &enc,
            errors.as_deref().unwrap_or("strict"),
        )?));
    }
    if enc.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if let Some(Payload::Bytes(_)) = src.payload() {
        return Ok(src.clone());
    }
    if matches!(src, Value::Int(_) | Value::Bool(_)) {
        let n = index_value(vm, src)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        if n > 1 << 32 {
            return Err(vm.err(&vm.exc.memory_error, ""));
        }
        return Ok(new_bytes(vec![0; n as usize]));
    }
    let it = ops::iter(vm, src).map_err(|_| {
        vm.type_error(format!(
            "cannot convert '{}' object to bytes",
            vm.type_name(src)
        ))
    })?;
    let mut out = Vec::new();
    while let Some(x) = ops::next(vm, &it)? {
        match index_value(vm, &x)? {
            b @ 0..=255 => out.push(b as u8),
            _ => return Err(vm.value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(new_bytes(out))
}

fn decode(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "bytes.decode", Keywords(0, 2, 2))?;
    let b = this(vm, &args, "decode")?;
    let enc = str_opt(vm, &args, 1, "encoding", "decode")?.unwrap_or_else(|| "utf-8".into());
    let errors = str_opt(vm, &args, 2, "errors", "decode")?.unwrap_or_else(|| "strict".into());
    Ok(Value::str(decode_bytes(vm, b, &enc, &errors)?))
}

fn hex(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "bytes.hex", Keywords(0, 2, 2))?;
    method_arity(vm, &args, "bytes.hex", Keywords(0, 1, 2))?; // (no bytes_per_sep yet)
    let b = this(vm, &args, "hex")?;
    let sep = str_opt(vm, &args, 1, "sep", "hex")?;
    let parts: Vec<String> = b.iter().map(|x| format!("{:02x}", x)).collect();
    Ok(Value::str(parts.join(sep.as_deref().unwrap_or(""))))
}

fn fromhex(vm: &Vm, args: Args) -> PyResult<Value> {
    One.check(vm, "bytes.fromhex", &args, 1)?;
    let Some(t) = args.pos[1].as_str() else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&args.pos[1])
        )));
    };
    let cs: Vec<char> = t.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        if cs[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = cs[i].to_digit(16);
        let lo = cs.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (Some(_), None) if i + 1 < cs.len() => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
            (Some(_), None) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
            _ => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i
                )))
            }
        }
        i += 2;
    }
    Ok(new_bytes(out))
}

fn join(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "bytes.join", One)?;
    let sep = this(vm, &args, "join")?;
    let mut out = Vec::new();
    for (i, x) in ops::collect(vm, &args.pos[1])?.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        match x.payload() {
            Some(Payload::Bytes(b)) => out.extend_from_slice(b),
            _ => {
                return Err(vm.type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    vm.type_name(x)
                )))
            }
        }
    }
    Ok(new_bytes(out))
}

fn split(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "bytes.split", Keywords(0, 2, 2))?;
    let b = this(vm, &args, "split")?;
    let max = match args.pos.get(2).or_else(|| kwarg(&args, "maxsplit")) {
        Some(v) => index_value(vm, v)?,
        None => -1,
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match args
        .pos
        .get(1)
        .or_else(|| kwarg(&args, "sep"))
        .filter(|v| !v.is_none())
    {
        Some(sep) => {
            let sep = arg_bytes(vm, sep)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut rest = b;
            while max < 0 || (parts.len() as i64) < max {
                match rest.windows(sep.len()).position(|w| w == sep) {
                    Some(k) => {
                        parts.push(rest[..k].to_vec());
                        rest = &rest[k + sep.len()..];
                    }
                    None => break,
                }
            }
            parts.push(rest.to_vec());
        }
        None => {
            let mut rest = trim(b, true, false, None);
            while !rest.is_empty() {
                if max >= 0 && parts.len() as i64 == max {
                    parts.push(rest.to_vec());
                    break;
                }
                let end = rest
                    .iter()
                    .position(|c| c.is_ascii_whitespace() || *c == 0x0b)
                    .unwrap_or(rest.len());
                parts.push(rest[..end].to_vec());
                rest = trim(&rest[end..], true, false, None);
            }
        }
    }
    Ok(ops::new_list(parts.into_iter().map(new_bytes).collect()))
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn trim<'a>(b: &'a [u8], left: bool, right: bool, chars: Option<&[u8]>) -> &'a [u8] {
    let strip = |c: &u8| match chars {
        Some(cs) => cs.contains(c),
        None => is_space(*c),
    };
    let mut s = b;
    if left {
        let k = s.iter().position(|c| !strip(c)).unwrap_or(s.len());
        s = &s[k..];
    }
    if right {
        let k = s.iter().rposition(|c| !strip(c)).map_or(0, |k| k + 1);
        s = &s[..k];
    }
    s
}

fn strip_impl(vm: &Vm, args: &Args, qualname: &str, left: bool, right: bool) -> PyResult<Value> {
    method_arity(vm, args, qualname, Clinic(0, 1))?;
    let b = this(vm, args, "strip")?;
    let chars = match args.pos.get(1).filter(|v| !v.is_none()) {
        Some(v) => Some(arg_bytes(vm, v)?),
        None => None,
    };
    Ok(new_bytes(trim(b, left, right, chars).to_vec()))
}
fn strip(vm: &Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, &args, "bytes.strip", true, true)
}
fn lstrip(vm: &Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, &args, "bytes.lstrip", true, false)
}
fn rstrip(vm: &Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, &args, "bytes.rstrip", false, true)
}

fn affix(vm: &Vm, args: &Args, qualname: &str, start: bool) -> PyResult<Value> {
    let name = qualname.trim_start_matches("bytes.");
    method_arity(vm, args, qualname, Tuple(1, 3))?;
    method_arity(vm, args, qualname, Tuple(1, 1))?; // (no start/end yet)
    let b = this(vm, args, name)?;
    let test = |p: &[u8]| {
        if start {
            b.starts_with(p)
        } else {
            b.ends_with(p)
        }
    };
    match (args.pos[1].payload(), args.pos[1].as_tuple()) {
        (Some(Payload::Bytes(p)), _) => Ok(Value::Bool(test(p))),
        (_, Some(items)) => {
            for it in items {
                if test(arg_bytes(vm, it)?) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        _ => Err(vm.type_error(format!(
            "{} first arg must be bytes or a tuple of bytes, not {}",
            name,
            vm.type_name(&args.pos[1])
        ))),
    }
}
fn startswith(vm: &Vm, args: Args) -> PyResult<Value> {
    affix(vm, &args, "bytes.startswith", true)
}
fn endswith(vm: &Vm, args: Args) -> PyResult<Value> {
    affix(vm, &args, "bytes.endswith", false)
}

/// The needle of `find`/`count`/`in`: bytes or a single byte value.
fn needle(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        _ if matches!(v, Value::Int(_) | Value::Bool(_)) => match index_value(vm, v)? {
            b @ 0..=255 => Ok(vec![b as u8]),
            _ => Err(vm.value_error("byte must be in range(0, 256)")),
        },
        _ => Err(vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn find_in(hay: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    hay.windows(n.len()).position(|w| w == n)
}

/// `self` and the needle of `find`/`index`/`count` (no start/end yet).
fn needle_args<'a>(vm: &Vm, args: &'a Args, qualname: &str) -> PyResult<(&'a [u8], Vec<u8>)> {
    method_arity(vm, args, qualname, Tuple(1, 3))?;
    method_arity(vm, args, qualname, Tuple(1, 1))?;
    let b = this(vm, args, qualname.trim_start_matches("bytes."))?;
    Ok((b, needle(vm, &args.pos[1])?))
}
fn find(vm: &Vm, args: Args) -> PyResult<Value> {
    let (b, n) = needle_args(vm, &args, "bytes.find")?;
    Ok(Value::Int(find_in(b, &n).map_or(-1, |i| i as i64)))
}
fn index(vm: &Vm, args: Args) -> PyResult<Value> {
    let (b, n) = needle_args(vm, &args, "bytes.index")?;
    match find_in(b, &n) {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}
fn count(vm: &Vm, args: Args) -> PyResult<Value> {
    let (b, n) = needle_args(vm, &args, "bytes.count")?;
    if n.is_empty() {
        return Ok(Value::Int(b.len() as i64 + 1));
    }
    let (mut k, mut c) = (0, 0);
    while let Some(i) = find_in(&b[k..], &n) {
        c += 1;
        k += i + n.len();
    }
    Ok(Value::Int(c))
}
fn replace(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "bytes.replace", Clinic(2, 3))?;
    let b = this(vm, &args, "replace")?;
    let (old, new) = (arg_bytes(vm, &args.pos[1])?, arg_bytes(vm, &args.pos[2])?);
    let mut left = match args.pos.get(3) {
        Some(v) => index_value(vm, v)?,
        None => -1,
    };
    let mut out = Vec::new();
    let mut k = 0;
    while left != 0 {
        if old.is_empty() {
            out.extend_from_slice(new);
            if k < b.len() {
                out.push(b[k]);
                k += 1;
            } else {
                k = b.len() + 1;
                break;
            }
        } else {
            match find_in(&b[k..], old) {
                Some(i) => {
                    out.extend_from_slice(&b[k..k + i]);
                    out.extend_from_slice(new);
                    k += i + old.len();
                }
                None => break,
            }
        }
        left -= 1;
    }
    if k <= b.len() {
        out.extend_from_slice(&b[k..]);
    }
    Ok(new_bytes(out))
}

fn upper(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "bytes.upper", NoArgs)?;
    Ok(new_bytes(this(vm, &args, "upper")?.to_ascii_uppercase()))
}
fn lower(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "bytes.lower", NoArgs)?;
    Ok(new_bytes(this(vm, &args, "lower")?.to_ascii_lowercase()))
}
fn pred(vm: &Vm, args: &Args, qualname: &str, f: fn(&u8) -> bool) -> PyResult<Value> {
    method_arity(vm, args, qualname, NoArgs)?;
    let b = this(vm, args, "is")?;
    Ok(Value::Bool(!b.is_empty() && b.iter().all(f)))
}
fn isdigit(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, &args, "bytes.isdigit", u8::is_ascii_digit)
}
fn isalpha(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, &args, "bytes.isalpha", u8::is_ascii_alphabetic)
}
fn isalnum(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, &args, "bytes.isalnum", u8::is_ascii_alphanumeric)
}
fn isspace(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, &args, "bytes.isspace", |c| is_space(*c))
}

fn len(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "bytes.__len__", Slot(0))?;
    Ok(Value::Int(this(vm, &args, "__len__")?.len() as i64))
}

/// `b[i]` (an int) or `b[i:j:k]` (bytes).
pub fn bytes_getitem(vm: &Vm, b: &[u8], index: &Value) -> PyResult<Value> {
    if let Some(Payload::Slice(sl)) = index.payload() {
        let (start, _, step, n) = ops::slice_indices(vm, sl, b.len())?;
        return Ok(new_bytes(
            (0..n)
                .map(|k| b[(start + k as i64 * step) as usize])
                .collect(),
        ));
    }
    let i = index_value(vm, index).map_err(|_| {
        vm.type_error(format!(
            "byte indices must be integers or slices, not {}",
            vm.type_name(index)
        ))
    })?;
    let j = if i < 0 { i + b.len() as i64 } else { i };
    if j < 0 || j >= b.len() as i64 {
        return Err(vm.index_error("index out of range"));
    }
    Ok(Value::Int(b[j as usize] as i64))
}

fn getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "bytes.__getitem__", Slot(1))?;
    bytes_getitem(vm, this(vm, &args, "__getitem__")?, &args.pos[1])
}
fn contains(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "bytes.__contains__", Slot(1))?;
    let b = this(vm, &args, "__contains__")?;
    Ok(Value::Bool(
        find_in(b, &needle(vm, &args.pos[1])?).is_some(),
    ))
}
fn iter(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "bytes.__iter__", Slot(0))?;
    this(vm, &args, "__iter__")?;
    ops::iter(vm, &args.pos[0])
}
fn add(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "bytes.__add__", Slot(1))?;
    let mut v = this(vm, &args, "__add__")?.to_vec();
    match args.pos[1].payload() {
        Some(Payload::Bytes(o)) => v.extend_from_slice(o),
        _ => {
            return Err(vm.type_error(format!(
                "can't concat {} to bytes",
                vm.type_name(&args.pos[1])
            )))
        }
    }
    Ok(new_bytes(v))
}
fn mul(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "bytes.__mul__", Unpack(1, 1))?;
    let b = this(vm, &args, "__mul__")?;
    let n = super::tuple::repeat_count(vm, &args.pos[1])?;
    let n = index_value(vm, &n)?.max(0) as usize;
    if b.len().saturating_mul(n) > 1 << 34 {
        return Err(vm.err(&vm.exc.memory_error, ""));
    }
    Ok(new_bytes(b.repeat(n)))
}

/// The hash of bytes (equal to the hash of the same ASCII text as a str).
pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = (h >> 1) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn hash(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "bytes.__hash__", Slot(0))?;
    Ok(Value::Int(hash_bytes(this(vm, &args, "__hash__")?)))
}

fn cmp(vm: &Vm, args: &Args, qualname: &str, op: CmpOp) -> PyResult<Value> {
    method_arity(vm, args, qualname, Slot(1))?;
    let a = this(vm, args, "comparison")?;
    let Some(Payload::Bytes(b)) = args.pos[1].payload() else {
        return Ok(vm.not_implemented.clone());
    };
    let o = a.cmp(b);
    use std::cmp::Ordering::*;
    Ok(Value::Bool(match op {
        CmpOp::Eq => o == Equal,
        CmpOp::NotEq => o != Equal,
        CmpOp::Lt => o == Less,
        CmpOp::LtE => o != Greater,
        CmpOp::Gt => o == Greater,
        _ => o != Less,
    }))
}

macro_rules! cmps {
    ($($f:ident $op:ident;)*) => {$(
        fn $f(vm: &Vm, args: Args) -> PyResult<Value> {
            cmp(vm, &args, concat!("bytes.__", stringify!($f), "__"), CmpOp::$op)
        }
    )*};
}

cmps! { eq Eq; ne NotEq; lt Lt; le LtE; gt Gt; ge GtE; }
