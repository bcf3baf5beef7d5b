//! `SyntaxError` objects: their `msg`, `filename`, `lineno`, `offset`,
//! `text`, `end_lineno`, `end_offset` and `print_file_and_line` fields,
//! building one from a front-end error, and the text `str()` shows.
//!
//! The fields live in the exception state (`ExcData::syntax`), not in the
//! instance dict, as CPython keeps them in C members. Printing the
//! `File ..., line N` block of an uncaught one lives in `error::traceback`.

use std::cell::RefCell;

use super::exception::{exc_data, new_exception};
use super::object::*;
use super::{Exc, PyResult, Value};
use crate::syntax::ast::Symbol;
use crate::syntax::{SyntaxError as FrontError, SyntaxErrorKind};
use crate::vm::Vm;

/// The field names, in storage order.
const FIELDS: [&str; 8] = [
    "msg",
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
    "print_file_and_line",
];
const MSG: usize = 0;
const FILENAME: usize = 1;
const LINENO: usize = 2;
const OFFSET: usize = 3;
const TEXT: usize = 4;
const END_OFFSET: usize = 6;

fn field_index(name: Symbol) -> Option<usize> {
    let name = name.as_str();
    FIELDS.iter().position(|f| *f == name)
}

fn is_syntax_error(vm: &Vm, obj: &Value) -> bool {
    super::types::is_subtype(vm.type_of(obj), &vm.exc.syntax_error)
}

/// Reading a field of a `SyntaxError` (None when never set).
pub fn get_field(vm: &Vm, obj: &Value, d: &RefCell<ExcData>, name: Symbol) -> Option<Value> {
    let i = field_index(name)?;
    if let Some(s) = &d.borrow().syntax {
        return Some(s[i].clone());
    }
    is_syntax_error(vm, obj).then(|| fields(obj)[i].clone())
}

/// Assigning a field of an exception whose fields exist; `None` means the
/// name is not one of them (it goes to the instance dict).
pub fn set_field(vm: &Vm, d: &RefCell<ExcData>, name: Symbol, value: &Value) -> Option<()> {
    let _ = vm;
    let i = field_index(name)?;
    let old = {
        let mut b = d.borrow_mut();
        let s = b.syntax.as_mut()?;
        std::mem::replace(&mut s[i], value.clone())
    };
    drop(old);
    Some(())
}

/// Every field of `exc`, `None` for those never set. An exception made
/// without `SyntaxError.__init__` (raised by wisp itself) reads them from
/// its args, as `__init__` would have.
fn fields(obj: &Value) -> [Value; 8] {
    let mut values: [Value; 8] = std::array::from_fn(|_| Value::None);
    let Some(d) = obj.as_obj().and_then(exc_data) else {
        return values;
    };
    let d = d.borrow();
    if let Some(s) = &d.syntax {
        return (**s).clone();
    }
    if let Some(args) = d.args.as_tuple() {
        if let Some(msg) = args.first() {
            values[MSG] = msg.clone();
        }
        if let [_, info] = args {
            if let Some(info) = info.as_tuple().filter(|i| (4..=6).contains(&i.len())) {
                for (slot, v) in values[FILENAME..].iter_mut().zip(info.iter()) {
                    *slot = v.clone();
                }
            }
        }
    }
    values
}

fn store_fields(obj: &Value, values: [Value; 8]) {
    if let Some(d) = obj.as_obj().and_then(exc_data) {
        let old = d.borrow_mut().syntax.replace(Box::new(values));
        drop(old);
    }
}

/// `SyntaxError.__init__(self, *args)`: `args` as for every exception; one
/// argument is `msg`, two are `msg` and the tuple `(filename, lineno,
/// offset, text[, end_lineno, end_offset])` (CPython's `SyntaxError_init`).
pub fn init(vm: &Vm, obj: &Value, args: &[Value]) -> PyResult<()> {
    let mut values: [Value; 8] = std::array::from_fn(|_| Value::None);
    if let Some(msg) = args.first() {
        values[MSG] = msg.clone();
    }
    if args.len() == 2 {
        let info = super::ops::collect(vm, &args[1])?;
        if info.len() < 4 {
            return Err(vm.type_error(format!(
                "function takes at least 4 arguments ({} given)",
                info.len()
            )));
        }
        if info.len() > 6 {
            return Err(vm.type_error(format!(
                "function takes at most 6 arguments ({} given)",
                info.len()
            )));
        }
        for (slot, v) in values[FILENAME..].iter_mut().zip(info) {
            *slot = v;
        }
    }
    store_fields(obj, values);
    Ok(())
}

/// `str(exc)`: `msg (file, line N)`, with only the file's base name
/// (CPython's `SyntaxError_str`).
pub fn to_str(vm: &Vm, obj: &Value) -> PyResult<String> {
    let f = fields(obj);
    let msg = super::repr::str_of(vm, &f[MSG])?;
    let file = f[FILENAME]
        .as_str()
        .map(|s| s.rsplit('/').next().unwrap_or(s));
    let line = match &f[LINENO] {
        Value::Int(n) => Some(*n),
        _ => None,
    };
    Ok(match (file, line) {
        (Some(file), Some(line)) => format!("{} ({}, line {})", msg, file, line),
        (Some(file), None) => format!("{} ({})", msg, file),
        (None, Some(line)) => format!("{} (line {})", msg, line),
        (None, None) => msg,
    })
}

/// What an uncaught `SyntaxError` prints above its last line.
pub struct Location {
    pub filename: String,
    pub lineno: Option<i64>,
    pub text: Option<String>,
    pub offset: Option<i64>,
    pub end_offset: Option<i64>,
    /// `msg` as text (the last line shows it, not `str(exc)`).
    pub msg: String,
}

/// The location fields of a `SyntaxError`, if `obj` is one.
pub fn location(vm: &Vm, obj: &Value) -> Option<Location> {
    if !is_syntax_error(vm, obj) {
        return None;
    }
    let f = fields(obj);
    let int = |v: &Value| match v {
        Value::Int(n) => Some(*n),
        _ => None,
    };
    let msg = if f[MSG].is_none() {
        String::new()
    } else {
        super::repr::str_of(vm, &f[MSG]).unwrap_or_default()
    };
    Some(Location {
        filename: f[FILENAME].as_str().unwrap_or("<string>").to_owned(),
        lineno: int(&f[LINENO]),
        text: f[TEXT].as_str().map(str::to_owned),
        offset: int(&f[OFFSET]),
        end_offset: int(&f[END_OFFSET]),
        msg,
    })
}

/// The Python exception for a front-end error in `source` (the text given
/// to `exec`/`eval`/`compile`), named `filename`. `exec_mode` says the
/// source was compiled as statements (CPython then reads it with a final
/// newline); `with_text` is false for errors found after parsing (scopes):
/// CPython then leaves `text` None.
pub fn from_front_error(
    vm: &Vm,
    e: &FrontError,
    source: &str,
    filename: &str,
    exec_mode: bool,
    with_text: bool,
) -> Exc {
    let cls = match e.kind {
        SyntaxErrorKind::Syntax => &vm.exc.syntax_error,
        SyntaxErrorKind::Indentation => &vm.exc.indentation_error,
        SyntaxErrorKind::Tab => &vm.exc.tab_error,
    };
    let loc = locate(e, source, exec_mode);
    let text = if with_text {
        Value::str(loc.text)
    } else {
        Value::None
    };
    let info = vec![
        Value::str(filename),
        Value::Int(loc.lineno),
        Value::Int(loc.offset),
        text,
        Value::Int(loc.end_lineno),
        Value::Int(loc.end_offset),
    ];
    let msg = Value::str(e.msg.as_str());
    let args = vec![msg.clone(), super::ops::new_tuple(info.clone())];
    let exc = new_exception(cls, args);
    let mut values: [Value; 8] = std::array::from_fn(|_| Value::None);
    values[MSG] = msg;
    for (slot, v) in values[FILENAME..].iter_mut().zip(info) {
        *slot = v;
    }
    store_fields(&Value::Obj(exc.clone()), values);
    Exc(exc)
}

/// Where CPython's parser and tokenizer report an error.
struct Located {
    lineno: i64,
    offset: i64,
    end_lineno: i64,
    end_offset: i64,
    text: String,
}

/// The location fields CPython reports for `e` (1-based columns, with the
/// fixed values some kinds of error have).
fn locate(e: &FrontError, source: &str, exec_mode: bool) -> Located {
    let start = e.span.start as usize;
    let end = (e.span.end as usize).max(start);
    let pos = Pos::of(source, start);
    let mut text = pos.line_text.to_owned();
    if exec_mode && !text.ends_with('\n') && pos.line_text.len() + pos.line_start == source.len() {
        text.push('\n');
    }
    let offset = pos.col as i64 + 1;
    let mut out = Located {
        lineno: pos.line as i64,
        offset,
        end_lineno: pos.line as i64,
        end_offset: offset,
        text,
    };
    let msg = e.msg.as_str();
    let chars = |s: &str| s.chars().count() as i64;
    match e.kind {
        SyntaxErrorKind::Tab => {
            out.offset = 1;
            out.end_offset = 0;
        }
        SyntaxErrorKind::Indentation if msg.starts_with("unindent") => {
            out.offset = chars(&out.text);
            out.end_offset = -1;
        }
        SyntaxErrorKind::Indentation if msg == "unexpected indent" => {
            out.offset = chars(&out.text) - chars(out.text.trim_start());
            out.end_offset = -1;
        }
        SyntaxErrorKind::Indentation => {
            // Points at the first token of the line that should be indented.
            let first = out.text.trim_start();
            let word = first
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .count()
                .max(1) as i64;
            out.offset = chars(&out.text) - chars(first) + 1;
            out.end_offset = out.offset + word;
        }
        _ if msg.ends_with("was never closed") => {
            if pos.line_start + pos.line_text.len() < source.len() {
                out.text = out.text.trim_end_matches('\n').to_owned();
            }
            out.end_offset = 0;
        }
        _ if msg.starts_with("unterminated") => {
            out.text = out.text.trim_end_matches('\n').to_owned();
        }
        _ if start >= source.len() && !exec_mode && !source.ends_with('\n') => {
            // The end of an `eval` source without a newline.
            out.offset = 0;
            out.end_offset = 0;
            if source.is_empty() {
                out.lineno = 0;
                out.end_lineno = 0;
            }
        }
        _ => {
            let covered = source.get(start..end).unwrap_or("");
            if !covered.is_empty() && covered != "\n" {
                let e = Pos::of(source, end);
                out.end_lineno = e.line as i64;
                out.end_offset = e.col as i64 + 1;
            }
        }
    }
    out
}

/// A byte position as line (1-based), column in characters (0-based), and
/// the text of its line (with its newline, if it has one).
struct Pos<'a> {
    line: usize,
    col: usize,
    line_start: usize,
    line_text: &'a str,
}

impl<'a> Pos<'a> {
    fn of(source: &'a str, at: usize) -> Pos<'a> {
        let mut at = at.min(source.len());
        while !source.is_char_boundary(at) {
            at -= 1;
        }
        let start = source[..at].rfind('\n').map_or(0, |i| i + 1);
        let end = source[at..].find('\n').map_or(source.len(), |i| at + i + 1);
        Pos {
            line: source[..start].matches('\n').count() + 1,
            col: source[start..at].chars().count(),
            line_start: start,
            line_text: &source[start..end],
        }
    }
}
