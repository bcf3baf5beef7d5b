//! `compile(source, filename, mode, flags=0, dont_inherit=False,
//! optimize=-1)`: its arguments, checked in CPython's order and words, and
//! the source text shared with `exec`/`eval` (str, or bytes as UTF-8).
//! The code object itself is `eval::code_object`.

use crate::runtime::exception::new_exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::*;
use crate::runtime::subscript::index_value;
use crate::runtime::{ops, Exc, PyResult, Value};
use crate::vm::Vm;

use super::code_object::{self, Mode};

/// The parameters, in order (`_feature_version` is keyword-only).
const PARAMS: [&str; 7] = [
    "source",
    "filename",
    "mode",
    "flags",
    "dont_inherit",
    "optimize",
    "_feature_version",
];

const PYCF_ONLY_AST: i64 = 0x400;
const PYCF_DONT_IMPLY_DEDENT: i64 = 0x200;
const PYCF_TYPE_COMMENTS: i64 = 0x1000;
const PYCF_ALLOW_TOP_LEVEL_AWAIT: i64 = 0x2000;
const PYCF_ALLOW_INCOMPLETE_INPUT: i64 = 0x4000;
const CO_NESTED: i64 = 0x10;
/// `__future__` features Python 3 always has (division, absolute_import,
/// with_statement, print_function, unicode_literals, generator_stop).
const FUTURE_NO_OPS: i64 = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x800000;
const CO_FUTURE_BARRY_AS_BDFL: i64 = 0x400000;
const CO_FUTURE_ANNOTATIONS: i64 = 0x1000000;

/// Every flag CPython accepts (else "unrecognised flags").
const KNOWN_FLAGS: i64 = PYCF_ONLY_AST
    | PYCF_DONT_IMPLY_DEDENT
    | PYCF_TYPE_COMMENTS
    | PYCF_ALLOW_TOP_LEVEL_AWAIT
    | PYCF_ALLOW_INCOMPLETE_INPUT
    | CO_NESTED
    | FUTURE_NO_OPS
    | CO_FUTURE_BARRY_AS_BDFL
    | CO_FUTURE_ANNOTATIONS;

/// Flags that change nothing for complete source wisp can compile.
const HARMLESS_FLAGS: i64 = PYCF_DONT_IMPLY_DEDENT
    | PYCF_TYPE_COMMENTS
    | PYCF_ALLOW_INCOMPLETE_INPUT
    | CO_NESTED
    | FUTURE_NO_OPS;

/// The `compile` built-in.
pub fn compile(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 6 {
        return Err(vm.type_error(format!(
            "compile() takes at most 6 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let mut slots: [Option<Value>; 7] = Default::default();
    for (slot, v) in slots.iter_mut().zip(args.pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in args.kw {
        let name = k.as_str();
        let Some(i) = PARAMS.iter().position(|p| *p == name) else {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for compile()",
                name
            )));
        };
        if slots[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for compile() given by name ('{}') and position ({})",
                name,
                i + 1
            )));
        }
        slots[i] = Some(v.clone());
    }
    for (i, slot) in slots.iter().enumerate().take(3) {
        if slot.is_none() {
            return Err(vm.type_error(format!(
                "compile() missing required argument '{}' ({} {})",
                PARAMS[i],
                "pos",
                i + 1
            )));
        }
    }
    let [source, filename, mode, flags, dont_inherit, optimize, feature] = slots;
    let source = source.unwrap_or(Value::None);
    let filename = filename_arg(vm, &filename.unwrap_or(Value::None))?;
    let mode = mode.unwrap_or(Value::None);
    let Some(mode) = mode.as_str().map(str::to_owned) else {
        return Err(vm.type_error(format!(
            "compile() argument 'mode' must be str, not {}",
            vm.type_name(&mode)
        )));
    };
    let int = |v: Option<Value>, default: i64| v.map_or(Ok(default), |v| index_value(vm, &v));
    let flags = int(flags, 0)?;
    int(dont_inherit, 0)?;
    let optimize = int(optimize, -1)?;
    int(feature, -1)?;
    if flags & !KNOWN_FLAGS != 0 {
        return Err(vm.value_error("compile(): unrecognised flags"));
    }
    if !(-1..=2).contains(&optimize) {
        return Err(vm.value_error("compile(): invalid optimize value"));
    }
    let mode = match mode.as_str() {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        "func_type" if flags & PYCF_ONLY_AST == 0 => {
            return Err(vm.value_error("compile() mode 'func_type' requires flag PyCF_ONLY_AST"))
        }
        "func_type" => return Err(unsupported(vm, "mode 'func_type'")),
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    if flags & PYCF_ONLY_AST != 0 {
        return Err(unsupported(vm, "ast.PyCF_ONLY_AST (an AST result)"));
    }
    if flags & !HARMLESS_FLAGS != 0 {
        return Err(unsupported(
            vm,
            &format!("the flag {:#x}", flags & !HARMLESS_FLAGS),
        ));
    }
    if optimize > 0 {
        return Err(unsupported(vm, "optimize=1 or 2"));
    }
    let fname = filename.as_str().unwrap_or("").to_owned();
    let what = ("compile()", "string, bytes or AST object");
    let text = source_text(vm, &source, what, &fname, mode != Mode::Eval)?;
    code_object::compile_text(vm, &text, filename, mode)
}

fn unsupported(vm: &Vm, what: &str) -> Exc {
    vm.err(
        &vm.exc.not_implemented_error,
        format!("wisp's compile() does not support {}", what),
    )
}

/// `filename`: a str, bytes (decoded) or an `os.PathLike` (CPython's
/// `PyUnicode_FSDecoder`).
fn filename_arg(vm: &Vm, v: &Value) -> PyResult<Value> {
    let text = match v.payload() {
        Some(Payload::Str(_)) => v.clone(),
        Some(Payload::Bytes(b)) => Value::str(String::from_utf8_lossy(b)),
        _ => {
            let fspath = crate::syntax::intern::intern("__fspath__");
            let Some(r) = vm.call_special(v, fspath, &[]) else {
                return Err(vm.type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    vm.type_name(v)
                )));
            };
            let r = r?;
            match r.payload() {
                Some(Payload::Str(_)) => r,
                Some(Payload::Bytes(b)) => Value::str(String::from_utf8_lossy(b)),
                _ => {
                    return Err(vm.type_error(format!(
                        "expected {}.__fspath__() to return str or bytes, not {}",
                        vm.type_name(v),
                        vm.type_name(&r)
                    )))
                }
            }
        }
    };
    if text.as_str().is_some_and(|s| s.contains('\0')) {
        return Err(vm.value_error("embedded null character"));
    }
    Ok(text)
}

/// The text of a source argument: a str, or bytes decoded as UTF-8.
/// `what`: the caller and what it accepts, for the TypeError; `exec_mode`:
/// not `'eval'` (for the text of a decoding error).
pub fn source_text(
    vm: &Vm,
    src: &Value,
    what: (&str, &str),
    filename: &str,
    exec_mode: bool,
) -> PyResult<String> {
    let (what, kinds) = what;
    let text = if let Some(s) = src.as_str() {
        s.to_owned()
    } else if let Some(Payload::Bytes(b)) = src.payload() {
        decode(vm, b, filename, exec_mode)?
    } else {
        return Err(vm.type_error(format!("{} arg 1 must be a {}", what, kinds)));
    };
    if text.contains('\0') {
        return Err(vm.err(
            &vm.exc.syntax_error,
            "source code string cannot contain null bytes",
        ));
    }
    Ok(text)
}

/// Source bytes as UTF-8; otherwise CPython's `(unicode error)`
/// SyntaxError at the line of the first bad byte.
fn decode(vm: &Vm, b: &[u8], filename: &str, exec_mode: bool) -> PyResult<String> {
    let bad = match std::str::from_utf8(b) {
        Ok(s) => return Ok(s.to_owned()),
        Err(e) => e.valid_up_to(),
    };
    let reason = match crate::runtime::codecs::decode_bytes(vm, &b[bad..], "utf-8", "strict") {
        Ok(_) => String::new(),
        Err(e) => crate::runtime::repr::str_of(vm, &Value::Obj(e.0))?,
    };
    let line_start = b[..bad]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |i| i + 1);
    let line_end = b[bad..]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(b.len(), |i| bad + i);
    let mut text = String::from_utf8_lossy(&b[line_start..line_end]).into_owned();
    if exec_mode || line_end < b.len() {
        text.push('\n');
    }
    let lineno = b[..line_start].iter().filter(|&&c| c == b'\n').count() as i64 + 1;
    Err(located_error(
        vm,
        &vm.exc.syntax_error,
        &format!("(unicode error) {}", reason),
        (filename, lineno, 1, &text, lineno, -1),
    ))
}

/// Where a SyntaxError points: filename, line, offset, text, end line, end
/// offset (CPython's 1-based columns).
pub type Location<'a> = (&'a str, i64, i64, &'a str, i64, i64);

/// A SyntaxError (or subclass `cls`) with its location given as is.
pub fn located_error(vm: &Vm, cls: &ObjRef, msg: &str, loc: Location) -> Exc {
    let (filename, lineno, offset, text, end_lineno, end_offset) = loc;
    let args = vec![
        Value::str(msg),
        ops::new_tuple(vec![
            Value::str(filename),
            Value::Int(lineno),
            Value::Int(offset),
            Value::str(text),
            Value::Int(end_lineno),
            Value::Int(end_offset),
        ]),
    ];
    let exc = new_exception(cls, args.clone());
    // Only a malformed location tuple can fail, and this one is not.
    let _ = crate::runtime::syntax_exc::init(vm, &Value::Obj(exc.clone()), &args);
    Exc(exc)
}
