//! `_sre`: the native core of the `re` module (stdlib/re.py holds the
//! Python-level API: `Pattern`, `Match`, flags, `re.error`).
//!
//! Patterns travel as (pattern text, flags); compiled programs live in a
//! bounded cache keyed by both, so no Rust state hangs off Python objects.
//! Every result is in code-point indices. Functions (all positional):
//! `compile(p, flags, error)`, `match(p, flags, s, pos, endpos, mode,
//! pattern, Match)` (a `Match` or `None`), `matches(p, flags, s, pos,
//! endpos, limit, pattern, Match)` (a list of `Match`), `scan(p, flags, s,
//! pos, endpos, limit)` (span tuples), `findall(p, flags, s, pos,
//! endpos)`, `sub(p, flags, template, s, count, error)`, `expand(p, flags,
//! template, s, spans, error)`, `purge()`.

mod ast;
mod charset;
mod compile;
mod escape;
mod exec;
mod match_obj;
mod parse;
mod source;
mod template;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::builtins::{arity, native};
use crate::runtime::object::{Args, Payload};
use crate::runtime::ops::{new_list, new_tuple};
use crate::runtime::{Exc, PyResult, Value};
use crate::vm::Vm;

use super::{new_module, set_attr};
use exec::{Ascii, Captures, Chars, Matcher, Mode, Text, NONE};
use parse::{ErrorKind, ParseError};

/// Compiled patterns kept at most (CPython's `re._MAXCACHE`).
const MAX_CACHE: usize = 512;

/// A compiled pattern with what the Python side needs to know about it.
struct Compiled {
    prog: compile::Program,
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
}

/// Pattern text → (flags, program) for each flags value seen.
type Cache = HashMap<String, Vec<(u32, Rc<Compiled>)>>;

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(HashMap::new());
}

pub fn create(vm: &Vm) -> Value {
    let m = new_module(vm, "_sre");
    set_attr(vm, &m, "compile", native("compile", compile_fn));
    set_attr(vm, &m, "match", native("match", match_fn));
    set_attr(vm, &m, "scan", native("scan", scan_fn));
    set_attr(vm, &m, "matches", native("matches", matches_fn));
    set_attr(vm, &m, "findall", native("findall", findall_fn));
    set_attr(vm, &m, "sub", native("sub", sub_fn));
    set_attr(vm, &m, "expand", native("expand", expand_fn));
    set_attr(vm, &m, "purge", native("purge", purge_fn));
    for (name, f) in match_obj::methods() {
        set_attr(vm, &m, name, f);
    }
    set_attr(vm, &m, "MAXREPEAT", Value::Int(ast::UNBOUNDED as i64));
    m
}

fn get_compiled(pattern: &str, flags: u32) -> Result<Rc<Compiled>, ParseError> {
    let hit = CACHE.with(|c| {
        let c = c.borrow();
        let list = c.get(pattern)?;
        list.iter()
            .find(|(f, _)| *f == flags)
            .map(|(_, p)| p.clone())
    });
    if let Some(c) = hit {
        return Ok(c);
    }
    let parsed = parse::parse(pattern, flags)?;
    let prog = compile::compile(parsed.node, parsed.groups);
    let compiled = Rc::new(Compiled {
        prog,
        flags: parsed.flags,
        groups: parsed.groups,
        names: parsed.names,
    });
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= MAX_CACHE {
            c.clear();
        }
        c.entry(pattern.to_owned())
            .or_default()
            .push((flags, compiled.clone()));
    });
    Ok(compiled)
}

/// The Python exception for a parse failure; `error` is `re.error`.
fn raise(vm: &Vm, e: ParseError, pattern: &str, error: Option<&Value>) -> Exc {
    match e.kind {
        ErrorKind::Overflow => vm.overflow_error(e.msg),
        ErrorKind::Recursion => vm.err(&vm.exc.recursion_error, e.msg),
        ErrorKind::Value => vm.value_error(e.msg),
        ErrorKind::Index => vm.index_error(e.msg),
        ErrorKind::Re => {
            let Some(cls) = error else {
                return vm.value_error(e.msg);
            };
            let pos = e.pos.map_or(Value::None, |p| Value::Int(p as i64));
            match vm.call(cls, vec![Value::str(e.msg), Value::str(pattern), pos], &[]) {
                Ok(Value::Obj(o)) => Exc(o),
                Ok(_) => vm.type_error("re.error did not make an exception"),
                Err(exc) => exc,
            }
        }
    }
}

fn str_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "expected string or bytes-like object, got '{}'",
            vm.type_name(v)
        ))
    })
}

fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Ok(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }),
            _ => crate::runtime::subscript::index_value(vm, v),
        },
        _ => crate::runtime::subscript::index_value(vm, v),
    }
}

/// The program for (pattern, flags) arguments.
fn program(vm: &Vm, args: &Args) -> PyResult<Rc<Compiled>> {
    let pattern = str_arg(vm, &args.pos[0])?;
    let flags = int_arg(vm, &args.pos[1])? as u32;
    get_compiled(pattern, flags).map_err(|e| raise(vm, e, pattern, None))
}

/// Python's clamping of `pos`/`endpos` to the subject.
fn bounds(vm: &Vm, pos: &Value, endpos: &Value, len: usize) -> PyResult<(usize, usize)> {
    let clamp = |i: i64| i.clamp(0, len as i64) as usize;
    Ok((clamp(int_arg(vm, pos)?), clamp(int_arg(vm, endpos)?)))
}

/// Run `$body` with `$t` bound to the subject `$s` as a [`Text`].
macro_rules! with_text {
    ($s:expr, $t:ident => $body:expr) => {{
        let s: &str = $s;
        if s.is_ascii() {
            let $t = &Ascii(s);
            $body
        } else {
            let chars: Vec<char> = s.chars().collect();
            let $t = &Chars(&chars);
            $body
        }
    }};
}

/// A match as the Python side receives it: `(lastindex, start0, end0,
/// start1, end1, ...)`, `-1` for groups that did not take part.
fn spans_value(c: &Captures) -> Value {
    let mut items = Vec::with_capacity(c.slots.len() + 1);
    items.push(if c.lastindex == 0 {
        Value::None
    } else {
        Value::Int(c.lastindex as i64)
    });
    items.extend(
        c.slots
            .iter()
            .map(|&s| Value::Int(if s == NONE { -1 } else { s as i64 })),
    );
    new_tuple(items)
}

fn compile_fn(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "compile", &args, 3, 3)?;
    let pattern = str_arg(vm, &args.pos[0])?;
    let flags = int_arg(vm, &args.pos[1])? as u32;
    let c = get_compiled(pattern, flags).map_err(|e| raise(vm, e, pattern, Some(&args.pos[2])))?;
    let pairs = c
        .names
        .iter()
        .map(|(n, g)| (Value::str(n.as_str()), Value::Int(*g as i64)))
        .collect();
    let names = crate::runtime::dictops::new_dict(vm, pairs)?;
    Ok(new_tuple(vec![
        Value::Int(c.flags as i64),
        Value::Int(c.groups as i64),
        names,
    ]))
}

/// A `re.Match` instance (class `cls`) for pattern object `pattern`.
fn new_match(
    vm: &Vm,
    cls: &Value,
    pattern: &Value,
    args: &Args,
    range: (usize, usize),
    c: &Captures,
) -> PyResult<Value> {
    let spans = spans_value(c);
    let last = spans.as_tuple().map_or(Value::None, |t| t[0].clone());
    match_obj::new_match(
        vm,
        cls,
        [
            pattern.clone(),
            args.pos[2].clone(),
            Value::Int(range.0 as i64),
            Value::Int(range.1 as i64),
            last,
            spans,
        ],
    )
}

fn match_fn(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "match", &args, 8, 8)?;
    let c = program(vm, &args)?;
    let subject = str_arg(vm, &args.pos[2])?;
    let mode = match int_arg(vm, &args.pos[5])? {
        0 => Mode::Match,
        1 => Mode::Search,
        _ => Mode::Full,
    };
    with_text!(subject, t => {
        let (pos, end) = bounds(vm, &args.pos[3], &args.pos[4], t.len())?;
        match Matcher::new(&c.prog, t, end).find(pos, mode, false) {
            Some(m) => new_match(vm, &args.pos[7], &args.pos[6], &args, (pos, end), &m),
            None => Ok(Value::None),
        }
    })
}

/// `finditer`: the list of Match objects (arguments as `match`, with the
/// limit in place of the mode).
fn matches_fn(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "matches", &args, 8, 8)?;
    scan_list(vm, &args, |m, bounds| {
        new_match(vm, &args.pos[7], &args.pos[6], &args, bounds, m)
    })
}

/// The successive matches of `args` (program, subject, pos, endpos,
/// limit in slots 1-5), each made into a value by `item`, as a list.
fn scan_list(
    vm: &Vm,
    args: &Args,
    mut item: impl FnMut(&Captures, (usize, usize)) -> PyResult<Value>,
) -> PyResult<Value> {
    let c = program(vm, args)?;
    let subject = str_arg(vm, &args.pos[2])?;
    let limit = limit_arg(vm, &args.pos[5])?;
    let mut items = Vec::new();
    with_text!(subject, t => {
        let (pos, end) = bounds(vm, &args.pos[3], &args.pos[4], t.len())?;
        scan(&c.prog, t, pos, end, limit, |m| {
            items.push(item(m, (pos, end))?);
            Ok(())
        })?
    });
    Ok(new_list(items))
}

/// Successive matches from `pos` (Python's `finditer` order and rules),
/// at most `limit` of them when `limit > 0`, each given to `each`;
/// returns how many there were.
fn scan<T: Text>(
    prog: &compile::Program,
    t: &T,
    pos: usize,
    end: usize,
    limit: usize,
    mut each: impl FnMut(&Captures) -> PyResult<()>,
) -> PyResult<usize> {
    let mut m = Matcher::new(prog, t, end);
    let mut n = 0;
    let mut pos = pos;
    let mut must_advance = false;
    while limit == 0 || n < limit {
        let Some(c) = m.find(pos, Mode::Search, must_advance) else {
            break;
        };
        let (s, e) = (c.slots[0], c.slots[1]);
        must_advance = s == e;
        pos = e;
        n += 1;
        each(&c)?;
    }
    Ok(n)
}

fn limit_arg(vm: &Vm, v: &Value) -> PyResult<usize> {
    Ok(int_arg(vm, v)?.max(0) as usize)
}

fn scan_fn(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "scan", &args, 6, 6)?;
    scan_list(vm, &args, |m, _| Ok(spans_value(m)))
}

fn group_str<T: Text>(t: &T, c: &Captures, g: usize) -> Value {
    let (a, b) = (c.slots[2 * g], c.slots[2 * g + 1]);
    let mut s = String::new();
    if a != NONE && b != NONE {
        s.reserve(b.saturating_sub(a));
        t.push_to(&mut s, a, b);
    }
    Value::str(s)
}

fn findall_fn(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "findall", &args, 5, 5)?;
    let c = program(vm, &args)?;
    let subject = str_arg(vm, &args.pos[2])?;
    let mut items = Vec::new();
    with_text!(subject, t => {
        let (pos, end) = bounds(vm, &args.pos[3], &args.pos[4], t.len())?;
        scan(&c.prog, t, pos, end, 0, |m| {
            items.push(match c.groups {
                0 => group_str(t, m, 0),
                1 => group_str(t, m, 1),
                n => new_tuple((1..=n).map(|g| group_str(t, m, g)).collect()),
            });
            Ok(())
        })?
    });
    Ok(new_list(items))
}

fn sub_fn(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "sub", &args, 6, 6)?;
    let c = program(vm, &args)?;
    let tmpl = str_arg(vm, &args.pos[2])?;
    let subject = str_arg(vm, &args.pos[3])?;
    let count = limit_arg(vm, &args.pos[4])?;
    let pieces = if tmpl.contains('\\') {
        template::parse(tmpl, c.groups, &c.names)
            .map_err(|e| raise(vm, e, tmpl, Some(&args.pos[5])))?
    } else {
        vec![template::Piece::Literal(tmpl.to_owned())]
    };
    let (out, n) = with_text!(subject, t => {
        let mut out = String::with_capacity(subject.len());
        let mut last = 0;
        let n = scan(&c.prog, t, 0, t.len(), count, |m| {
            t.push_to(&mut out, last, m.slots[0]);
            template::expand(&pieces, m.slots, &mut out, |o, a, b| t.push_to(o, a, b));
            last = m.slots[1];
            Ok(())
        })?;
        t.push_to(&mut out, last, t.len());
        (out, n)
    });
    Ok(new_tuple(vec![Value::str(out), Value::Int(n as i64)]))
}

fn expand_fn(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "expand", &args, 6, 6)?;
    let c = program(vm, &args)?;
    let tmpl = str_arg(vm, &args.pos[2])?;
    let subject = str_arg(vm, &args.pos[3])?;
    let pieces = template::parse(tmpl, c.groups, &c.names)
        .map_err(|e| raise(vm, e, tmpl, Some(&args.pos[5])))?;
    let spans = args.pos[4].as_tuple().unwrap_or(&[]);
    let slots: Vec<usize> = spans
        .iter()
        .skip(1)
        .map(|v| match v {
            Value::Int(i) if *i >= 0 => *i as usize,
            _ => NONE,
        })
        .collect();
    if slots.len() < 2 * (c.groups + 1) {
        return Err(vm.value_error("bad match spans"));
    }
    let out = with_text!(subject, t => {
        let mut out = String::new();
        let len = t.len();
        template::expand(&pieces, &slots, &mut out, |o, a, b| t.push_to(o, a.min(len), b.min(len)));
        out
    });
    Ok(Value::str(out))
}

fn purge_fn(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "purge", &args, 0, 0)?;
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(Value::None)
}
