//! `re.Match` objects built natively: the class is written in Python
//! (stdlib/re.py) but instances are filled here, and the hot accessors
//! (`group`, `__getitem__`, `start`, `end`, `span`, `groups`) are native
//! methods the class body binds.
//!
//! A match keeps `re`, `string`, `pos`, `endpos`, `lastindex` and
//! `_spans` = `(lastindex, start0, end0, start1, end1, ...)`, `-1` for a
//! group that did not take part.

use crate::builtins::kwarg;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::{Args, AttrsRef, NativeFn, NativeFunction, Payload};
use crate::runtime::ops::new_tuple;
use crate::runtime::types::{dict_get_str, dict_set_str};
use crate::runtime::{PyResult, Value};
use crate::syntax::intern::{intern, Symbol};
use crate::vm::Vm;

/// The fields of a Match, in the order `new_match` takes them.
pub const FIELDS: [&str; 6] = ["re", "string", "pos", "endpos", "lastindex", "_spans"];
const SPANS: usize = 5;
const STRING: usize = 1;

/// The interned field names (interning once keeps the per-match cost down).
fn field_symbols() -> &'static [Symbol; 6] {
    static SYMBOLS: std::sync::OnceLock<[Symbol; 6]> = std::sync::OnceLock::new();
    SYMBOLS.get_or_init(|| FIELDS.map(intern))
}

/// A native function that binds like a method of class `Match`.
fn method(name: &'static str, func: NativeFn) -> Value {
    Value::Obj(ObjRef::new(Payload::Native(Box::new(NativeFunction {
        name,
        func,
        bound_self: None,
        owner: Some("re.Match"),
    }))))
}

/// The native methods, as (name, function) for the `_sre` module.
pub fn methods() -> Vec<(&'static str, Value)> {
    vec![
        ("match_group", method("group", group)),
        ("match_getitem", method("__getitem__", getitem)),
        ("match_start", method("start", start)),
        ("match_end", method("end", end)),
        ("match_span", method("span", span)),
        ("match_groups", method("groups", groups)),
    ]
}

/// A new Match of class `cls` with the values of [`FIELDS`].
pub fn new_match(vm: &Vm, cls: &Value, values: [Value; 6]) -> PyResult<Value> {
    let Value::Obj(cls) = cls else {
        return Err(vm.type_error("Match class expected"));
    };
    let m = crate::runtime::construct::new_instance(vm, cls);
    let symbols = field_symbols();
    if let Some(Payload::Instance(inst)) = m.payload() {
        if let AttrsRef::Inline(d) = inst.attrs() {
            let mut d = d.borrow_mut();
            for (sym, v) in symbols.iter().zip(values) {
                drop(dict_set_str(&mut d, vm.sym_str(*sym), v));
            }
            drop(d);
            return Ok(m);
        }
    }
    for (sym, v) in symbols.iter().zip(values) {
        crate::runtime::attr::set_attr(vm, &m, *sym, v)?;
    }
    Ok(m)
}

/// Field number `i` of [`FIELDS`] of a match.
fn field(vm: &Vm, m: &Value, i: usize) -> PyResult<Value> {
    let sym = field_symbols()[i];
    if let Some(Payload::Instance(inst)) = m.payload() {
        if let AttrsRef::Inline(d) = inst.attrs() {
            if let Some(v) = dict_get_str(&d.borrow(), &vm.sym_str(sym)) {
                return Ok(v);
            }
        }
    }
    crate::runtime::attr::get_attr(vm, m, sym)
}

/// What the accessors need: the spans and the subject.
struct View {
    spans: Vec<i64>,
    string: Value,
}

impl View {
    fn of(vm: &Vm, m: &Value) -> PyResult<View> {
        let spans = field(vm, m, SPANS)?;
        let spans = spans
            .as_tuple()
            .unwrap_or(&[])
            .iter()
            .skip(1)
            .map(|v| match v {
                Value::Int(i) => *i,
                _ => -1,
            })
            .collect();
        Ok(View {
            spans,
            string: field(vm, m, STRING)?,
        })
    }

    fn groups(&self) -> usize {
        (self.spans.len() / 2).saturating_sub(1)
    }

    fn span(&self, g: usize) -> (i64, i64) {
        (self.spans[2 * g], self.spans[2 * g + 1])
    }

    fn get(&self, g: usize, default: &Value) -> Value {
        let (a, b) = self.span(g);
        if a < 0 || b < 0 {
            return default.clone();
        }
        let text = self.string.as_str().unwrap_or("");
        let (a, b) = (a as usize, b as usize);
        let ascii = match self.string.payload() {
            Some(Payload::Str(s)) => s.char_len == s.text.len(),
            _ => text.is_ascii(),
        };
        if ascii {
            return Value::str(text.get(a..b).unwrap_or(""));
        }
        Value::str(
            text.chars()
                .skip(a)
                .take(b.saturating_sub(a))
                .collect::<String>(),
        )
    }
}

/// The group number for a `group()` argument (names and `__index__`
/// objects go through the Python-level `Match._index`).
fn index(vm: &Vm, m: &Value, view: &View, g: &Value) -> PyResult<usize> {
    let n = match g {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => {
            let f = crate::runtime::attr::get_attr(vm, m, intern("_index"))?;
            match vm.call(&f, vec![g.clone()], &[])? {
                Value::Int(i) => i,
                _ => -1,
            }
        }
    };
    if n < 0 || n as usize > view.groups() {
        return Err(vm.index_error("no such group"));
    }
    Ok(n as usize)
}

fn group(vm: &Vm, args: Args) -> PyResult<Value> {
    let Some((m, rest)) = args.pos.split_first() else {
        return Err(vm.type_error("group() needs a Match"));
    };
    let view = View::of(vm, m)?;
    match rest {
        [] => Ok(view.get(0, &Value::None)),
        [g] => Ok(view.get(index(vm, m, &view, g)?, &Value::None)),
        many => {
            let items = many
                .iter()
                .map(|g| Ok(view.get(index(vm, m, &view, g)?, &Value::None)))
                .collect::<PyResult<Vec<_>>>()?;
            Ok(new_tuple(items))
        }
    }
}

fn getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::builtins::arity(vm, "__getitem__", &args, 2, 2)?;
    let view = View::of(vm, &args.pos[0])?;
    let g = index(vm, &args.pos[0], &view, &args.pos[1])?;
    Ok(view.get(g, &Value::None))
}

/// The group of a `start`/`end`/`span` call (default 0).
fn span_of(vm: &Vm, args: &Args, name: &str) -> PyResult<(i64, i64)> {
    crate::builtins::arity(vm, name, args, 1, 2)?;
    let m = &args.pos[0];
    let view = View::of(vm, m)?;
    let g = match args.pos.get(1) {
        Some(g) => index(vm, m, &view, g)?,
        None => 0,
    };
    Ok(view.span(g))
}

fn start(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(span_of(vm, &args, "start")?.0))
}

fn end(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(span_of(vm, &args, "end")?.1))
}

fn span(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, b) = span_of(vm, &args, "span")?;
    Ok(new_tuple(vec![Value::Int(a), Value::Int(b)]))
}

fn groups(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::builtins::arity(vm, "groups", &args, 1, 2)?;
    let view = View::of(vm, &args.pos[0])?;
    let default = args
        .pos
        .get(1)
        .or_else(|| kwarg(&args, "default"))
        .cloned()
        .unwrap_or(Value::None);
    let items = (1..=view.groups()).map(|g| view.get(g, &default)).collect();
    Ok(new_tuple(items))
}
