//! Standard streams and text I/O builtins: `print`, `input`, and the
//! `sys.stdout`/`sys.stderr` objects with `write`/`flush`.
//!
//! Owns the process's buffered stdout. Anything written to stderr first
//! flushes stdout so terminal output stays in program order.

use std::cell::RefCell;
use std::io::Write;

use crate::runtime::heap::ObjRef;
use crate::runtime::object::*;
use crate::runtime::repr::str_of;
use crate::runtime::types::new_type;
use crate::runtime::{PyResult, Value};
use crate::vm::Vm;

use super::{add_methods, kwarg, native, set_builtin};

thread_local! {
    static STDOUT: RefCell<std::io::BufWriter<std::io::Stdout>> =
        RefCell::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()));
    // ManuallyDrop: thread-local destructors must not drop Python objects.
    static STREAMS: std::mem::ManuallyDrop<RefCell<Option<(Value, Value, Value)>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
    /// When set, stdout is flushed after every newline (interactive use).
    static LINE_BUFFERED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

pub fn set_line_buffered(on: bool) {
    LINE_BUFFERED.with(|l| l.set(on));
}

/// Write text to the process stdout.
pub fn write_stdout(text: &str) {
    STDOUT.with(|s| {
        let mut s = s.borrow_mut();
        let _ = s.write_all(text.as_bytes());
        if LINE_BUFFERED.with(|l| l.get()) && text.contains('\n') {
            let _ = s.flush();
        }
    });
}

pub fn flush_stdout() {
    STDOUT.with(|s| {
        let _ = s.borrow_mut().flush();
    });
}

/// Write text to stderr (unbuffered), after flushing stdout.
pub fn write_stderr(text: &str) {
    flush_stdout();
    let mut e = std::io::stderr();
    let _ = e.write_all(text.as_bytes());
    let _ = e.flush();
}

/// `(stdout, stderr, stdin)` stream objects for the sys module.
pub fn streams() -> Option<(Value, Value, Value)> {
    STREAMS.with(|s| s.borrow().clone())
}

pub fn install(vm: &Vm) {
    set_builtin(vm, "print", native("print", b_print));
    set_builtin(vm, "input", native("input", b_input));
    let ty = new_type(
        "TextIOWrapper",
        vec![vm.types.object.clone()],
        Layout::Builtin,
        0,
    );
    crate::runtime::types::type_data(&ty)
        .module
        .replace("_io".into());
    add_methods(
        vm,
        &ty,
        "TextIOWrapper",
        &[("write", stream_write), ("flush", stream_flush)],
    );
    let mk = |name: &'static str| {
        let stream = Value::Obj(ObjRef::new(Payload::Instance(Instance::new(
            ty.clone(),
            Base::None,
        ))));
        let _ = crate::runtime::attr::set_attr(
            vm,
            &stream,
            crate::syntax::intern::intern("name"),
            Value::str(name),
        );
        stream
    };
    let out = mk("<stdout>");
    let err = mk("<stderr>");
    let inp = mk("<stdin>");
    STREAMS.with(|s| *s.borrow_mut() = Some((out, err, inp)));
}

fn is_stream(v: &Value, which: usize) -> bool {
    streams().is_some_and(|(o, e, i)| [o, e, i][which].is(v))
}

/// Write `text` to a file-like object.
pub fn write_to(vm: &Vm, file: &Value, text: &str) -> PyResult<()> {
    if file.is_none() || is_stream(file, 0) {
        write_stdout(text);
        return Ok(());
    }
    if is_stream(file, 1) {
        write_stderr(text);
        return Ok(());
    }
    let w = crate::runtime::attr::get_attr(vm, file, crate::syntax::intern::intern("write"))?;
    vm.call(&w, vec![Value::str(text)], &[])?;
    Ok(())
}

fn b_print(vm: &Vm, args: Args) -> PyResult<Value> {
    let sep = kwarg(&args, "sep").filter(|v| !v.is_none());
    let end = kwarg(&args, "end").filter(|v| !v.is_none());
    let file = kwarg(&args, "file").cloned().unwrap_or(Value::None);
    let text_of = |v: Option<&Value>, default: &str, what: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_owned()),
            Some(v) => v.as_str().map(str::to_owned).ok_or_else(|| {
                vm.type_error(format!(
                    "{} must be None or a string, not {}",
                    what,
                    vm.type_name(v)
                ))
            }),
        }
    };
    let sep = text_of(sep, " ", "sep")?;
    let end = text_of(end, "\n", "end")?;
    let mut out = String::new();
    for (i, a) in args.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match a.as_str() {
            Some(s) => out.push_str(s),
            None => out.push_str(&str_of(vm, a)?),
        }
    }
    out.push_str(&end);
    write_to(vm, &file, &out)?;
    if let Some(f) = kwarg(&args, "flush") {
        if crate::runtime::ops::truthy(vm, f)? {
            flush_stdout();
        }
    }
    Ok(Value::None)
}

fn b_input(vm: &Vm, args: Args) -> PyResult<Value> {
    if let Some(p) = args.pos.first() {
        write_stdout(&str_of(vm, p)?);
    }
    flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.err(&vm.exc.eof_error, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::str(line))
        }
        Err(e) => Err(vm.err(&vm.exc.os_error, e.to_string())),
    }
}

fn stream_write(vm: &Vm, args: Args) -> PyResult<Value> {
    super::arity(vm, "write", &args, 2, 2)?;
    let Some(text) = args.pos[1].as_str() else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(&args.pos[1])
        )));
    };
    if is_stream(&args.pos[0], 1) {
        write_stderr(text);
    } else {
        write_stdout(text);
    }
    Ok(Value::Int(text.chars().count() as i64))
}

fn stream_flush(_vm: &Vm, _args: Args) -> PyResult<Value> {
    flush_stdout();
    Ok(Value::None)
}
