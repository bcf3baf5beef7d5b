//! Printing exceptions as CPython does: `Traceback (most recent call
//! last):`, one entry per frame with its source line and a caret label under
//! the failing expression, chained exceptions (`__cause__`/`__context__`),
//! and the final `TypeName: message` line.

use crate::builtins::io::write_stderr;
use crate::runtime::exception::exc_data;
use crate::runtime::heap::ObjRef;
use crate::runtime::repr::{repr, str_of};
use crate::runtime::types::type_data;
use crate::runtime::{Exc, Value};
use crate::vm::Vm;

/// The last line: `ValueError: message` (or just the name).
pub fn exception_line(vm: &Vm, e: &ObjRef) -> String {
    let ty = vm.types.type_of_obj(e);
    let td = type_data(ty);
    let module = td.module.borrow();
    let mut name = td.qualname.borrow().clone();
    if module.as_str() != "builtins" && module.as_str() != "__main__" {
        name = format!("{}.{}", module, name);
    }
    // A SyntaxError's last line shows its `msg`; the location is printed
    // above it (CPython's `print_exception` for syntax errors).
    let syntax = crate::runtime::syntax_exc::location(vm, &Value::Obj(e.clone()));
    let msg = match (syntax, str_of(vm, &Value::Obj(e.clone()))) {
        (Some(loc), _) => loc.msg,
        (None, Ok(m)) => m,
        (None, Err(_)) => "<exception str() failed>".into(),
    };
    let hint = super::suggest::suggestion(vm, e).unwrap_or_default();
    if msg.is_empty() {
        name
    } else {
        format!("{}: {}{}", name, msg, hint)
    }
}

/// The `File "...", line N` block of a SyntaxError, with its source line
/// and carets (CPython's `print_error_text`).
fn syntax_location_text(loc: &crate::runtime::syntax_exc::Location) -> String {
    let Some(lineno) = loc.lineno else {
        return String::new();
    };
    let mut out = format!("  File \"{}\", line {}\n", loc.filename, lineno);
    let Some(text) = &loc.text else { return out };
    let rtext = text.trim_end_matches('\n');
    let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
    let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
    out.push_str(&format!("    {}\n", ltext));
    if let Some(offset) = loc.offset {
        let mut end = match loc.end_offset {
            Some(e) if e != 0 => e,
            _ => offset,
        };
        if end == offset || end == -1 {
            end = offset + 1;
        }
        let (col, end_col) = (offset - 1 - spaces, end - 1 - spaces);
        if col >= 0 {
            let pad: String = ltext
                .chars()
                .take(col as usize)
                .map(|c| if c.is_whitespace() { c } else { ' ' })
                .collect();
            let width = (end_col - col).max(0) as usize;
            out.push_str(&format!("    {}{}\n", pad, "^".repeat(width)));
        }
    }
    out
}

/// CPython prints at most this many consecutive entries for the same
/// file, line and function, then `[Previous line repeated N more times]`.
const RECURSIVE_CUTOFF: usize = 3;

/// The traceback entries of one exception, formatted (no header), with
/// runs of one recursive call folded as CPython's `tb_printinternal` does.
fn frames_text(e: &ObjRef) -> String {
    let mut out = String::new();
    let Some(d) = exc_data(e) else { return out };
    let d = d.borrow();
    let mut last: Option<(&str, usize, &str)> = None;
    let mut count = 0;
    for t in d.traceback.iter().rev() {
        let src = &t.source;
        let (start, end) =
            super::anchors::balanced_span(&src.text, t.span.start as usize, t.span.end as usize);
        let line = src.line_of(start as u32);
        let key = (src.name.as_str(), line, &*t.func_name);
        if last != Some(key) {
            repeated_note(&mut out, count);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count > RECURSIVE_CUTOFF {
            continue;
        }
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            src.name, line, t.func_name
        ));
        // Like CPython, no source line for `<string>`, `<stdin>` and such.
        if src.name.starts_with('<') && src.name.ends_with('>') {
            continue;
        }
        let text = src.line_text(line);
        let shown = text.trim_start_matches([' ', '\t', '\x0c']);
        if shown.trim().is_empty() {
            continue;
        }
        out.push_str(&format!("    {}\n", shown));
        if let Some(marks) = super::anchors::marker_line(src, line, start, end) {
            out.push_str(&marks);
            out.push('\n');
        }
    }
    repeated_note(&mut out, count);
    out
}

/// The note after a run of `count` entries of the same line, if any were
/// left out.
fn repeated_note(out: &mut String, count: usize) {
    if count > RECURSIVE_CUTOFF {
        let more = count - RECURSIVE_CUTOFF;
        let s = if more > 1 { "s" } else { "" };
        out.push_str(&format!("  [Previous line repeated {more} more time{s}]\n"));
    }
}

/// Where the report is in the tree of exception groups (CPython's
/// `_ExceptionPrintContext`): nesting depth, whether the current box still
/// needs its closing line, and the exceptions already shown.
struct Printer {
    out: String,
    depth: usize,
    need_close: bool,
    seen: Vec<usize>,
}

/// CPython prints at most this many members of a group, and groups nested
/// at most this deep.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

impl Printer {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Append `text`, every line behind the margin of the current depth.
    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }

    /// One exception with the exceptions chained to it, first to last.
    fn exception(&mut self, vm: &Vm, e: &ObjRef) {
        self.seen.push(e.addr());
        if let Some(d) = exc_data(e) {
            let (cause, context, suppress) = {
                let d = d.borrow();
                (d.cause.clone(), d.context.clone(), d.suppress_context)
            };
            let chained = match (cause, context) {
                (Some(Value::Obj(c)), _) => Some((c, CAUSE_MESSAGE)),
                (None, Some(Value::Obj(c))) if !suppress => Some((c, CONTEXT_MESSAGE)),
                _ => None,
            };
            if let Some((c, message)) = chained {
                if !self.seen.contains(&c.addr()) {
                    let need_close = self.need_close;
                    self.exception(vm, &c);
                    self.need_close = need_close;
                    self.emit(message, '|');
                }
            }
        }
        let group = crate::runtime::exc_group::parts(&Value::Obj(e.clone()))
            .filter(|_| crate::runtime::exc_group::is_group(vm, &Value::Obj(e.clone())));
        match group {
            None => {
                let frames = frames_text(e);
                if !frames.is_empty() {
                    self.emit("Traceback (most recent call last):\n", '|');
                    self.emit(&frames, '|');
                }
                let syntax = crate::runtime::syntax_exc::location(vm, &Value::Obj(e.clone()));
                if let Some(loc) = syntax {
                    self.emit(&syntax_location_text(&loc), '|');
                }
                self.emit(&format!("{}\n", exception_line(vm, e)), '|');
                self.notes(vm, e);
            }
            Some(_) if self.depth > MAX_GROUP_DEPTH => {
                self.emit(
                    &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                    '|',
                );
            }
            Some((_, members)) => self.group(vm, e, &members),
        }
    }

    /// The lines of `e.__notes__` after its message
    /// (CPython's `print_exception_notes`).
    fn notes(&mut self, vm: &Vm, e: &ObjRef) {
        let name = crate::syntax::intern::intern("__notes__");
        let Ok(notes) = crate::runtime::attr::get_attr(vm, &Value::Obj(e.clone()), name) else {
            return;
        };
        let Some(items) = crate::runtime::ops::seq_items(&notes) else {
            let text = repr(vm, &notes).unwrap_or_else(|_| "<__notes__ repr() failed>".into());
            self.emit(&format!("{text}\n"), '|');
            return;
        };
        for note in items {
            let text = str_of(vm, &note).unwrap_or_else(|_| "<note str() failed>".into());
            self.emit(&format!("{text}\n"), '|');
        }
    }

    /// An exception group and its members in nested boxes.
    fn group(&mut self, vm: &Vm, e: &ObjRef, members: &[Value]) {
        let toplevel = self.depth == 0;
        if toplevel {
            self.depth += 1;
        }
        let frames = frames_text(e);
        if !frames.is_empty() {
            let margin = if toplevel { '+' } else { '|' };
            self.emit(
                "Exception Group Traceback (most recent call last):\n",
                margin,
            );
            self.emit(&frames, '|');
        }
        self.emit(&format!("{}\n", exception_line(vm, e)), '|');
        self.notes(vm, e);
        let n = members.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for i in 0..n {
            let last = i + 1 == n;
            if last {
                self.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_owned()
            } else {
                (i + 1).to_string()
            };
            let corner = if i == 0 { "+-" } else { "  " };
            self.out.push_str(&format!(
                "{}{corner}+---------------- {title} ----------------\n",
                self.indent()
            ));
            self.depth += 1;
            if truncated {
                let more = members.len() - MAX_GROUP_WIDTH;
                let s = if more > 1 { "s" } else { "" };
                self.emit(&format!("and {more} more exception{s}\n"), '|');
            } else if let Value::Obj(m) = &members[i] {
                self.exception(vm, m);
            }
            if last && self.need_close {
                self.out.push_str(&format!(
                    "{}+------------------------------------\n",
                    self.indent()
                ));
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if toplevel {
            self.depth = 0;
        }
    }
}

const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

/// Full report of an uncaught exception (with exception groups drawn as
/// CPython 3.11's nested boxes).
pub fn format_exception(vm: &Vm, e: &Exc) -> String {
    let mut p = Printer {
        out: String::new(),
        depth: 0,
        need_close: false,
        seen: Vec::new(),
    };
    p.exception(vm, &e.0);
    p.out
}

pub fn print_exception(vm: &Vm, e: &Exc) {
    write_stderr(&format_exception(vm, e));
}

/// CPython's `PyErr_WriteUnraisable` report for errors in `__del__` and
/// weakref callbacks.
pub fn print_unraisable(vm: &Vm, e: &Exc, obj: Option<&Value>) {
    let mut out = String::new();
    if let Some(o) = obj {
        let r = repr(vm, o).unwrap_or_else(|_| "<object repr() failed>".into());
        out.push_str(&format!("Exception ignored in: {}\n", r));
    }
    let frames = frames_text(&e.0);
    if !frames.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        out.push_str(&frames);
    }
    out.push_str(&exception_line(vm, &e.0));
    out.push('\n');
    write_stderr(&out);
}
