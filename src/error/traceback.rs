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
    let msg = match str_of(vm, &Value::Obj(e.clone())) {
        Ok(m) => m,
        Err(_) => "<exception str() failed>".into(),
    };
    let hint = super::suggest::suggestion(vm, e).unwrap_or_default();
    if msg.is_empty() {
        name
    } else {
        format!("{}: {}{}", name, msg, hint)
    }
}

/// The traceback entries of one exception, formatted (no header).
fn frames_text(e: &ObjRef) -> String {
    let mut out = String::new();
    let Some(d) = exc_data(e) else { return out };
    let d = d.borrow();
    for t in d.traceback.iter().rev() {
        let line = t.source.line_of(t.span.start);
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            t.source.name, line, t.func_name
        ));
        let text = t.source.line_text(line);
        let trimmed = text.trim_start();
        if trimmed.is_empty() {
            continue;
        }
        out.push_str(&format!("    {}\n", trimmed.trim_end()));
        // Label the failing expression when it is only part of the line.
        let indent = text.len() - trimmed.len();
        let line_start = t.source.line_start(line);
        let start_col = (t.span.start as usize).saturating_sub(line_start);
        let end_line = t
            .source
            .line_of(t.span.end.saturating_sub(1).max(t.span.start));
        let end_col = if end_line == line {
            (t.span.end as usize).saturating_sub(line_start)
        } else {
            text.len()
        };
        let whole = start_col <= indent && end_col >= text.trim_end().len();
        if !whole && end_col > start_col && start_col >= indent {
            let pad: usize = text.get(indent..start_col).map_or(0, |s| s.chars().count());
            let width: usize = text
                .get(start_col..end_col.min(text.len()))
                .map_or(1, |s| s.chars().count())
                .max(1);
            out.push_str(&format!("    {}{}\n", " ".repeat(pad), "^".repeat(width)));
        }
    }
    out
}

fn format_one(vm: &Vm, e: &ObjRef, seen: &mut Vec<usize>) -> String {
    seen.push(e.addr());
    let mut out = String::new();
    if let Some(d) = exc_data(e) {
        let (cause, context, suppress) = {
            let d = d.borrow();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        if let Some(Value::Obj(c)) = cause {
            if !seen.contains(&c.addr()) {
                out.push_str(&format_one(vm, &c, seen));
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            }
        } else if let (Some(Value::Obj(c)), false) = (context, suppress) {
            if !seen.contains(&c.addr()) {
                out.push_str(&format_one(vm, &c, seen));
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
    }
    let frames = frames_text(e);
    if !frames.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        out.push_str(&frames);
    }
    out.push_str(&exception_line(vm, e));
    out.push('\n');
    out
}

/// Full report of an uncaught exception.
pub fn format_exception(vm: &Vm, e: &Exc) -> String {
    format_one(vm, &e.0, &mut Vec::new())
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
