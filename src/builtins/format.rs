//! `format(value, spec)` (the `__format__` protocol over the format-spec
//! mini-language) and `ascii()` escaping.

use crate::runtime::arith::{self, num_err};
use crate::runtime::object::*;
use crate::runtime::repr::str_of;
use crate::runtime::{num, ops, PyResult, Value};
use crate::vm::Vm;

pub fn format_value(vm: &Vm, v: &Value, spec: &str) -> PyResult<String> {
    if let Some(inner) = v.builtin_base() {
        if !ops::user_defines(vm, vm.type_of(v), vm.sym.format) {
            if spec.is_empty() {
                return str_of(vm, v);
            }
            return format_value(vm, inner, spec);
        }
    }
    use crate::runtime::format_spec as fs;
    match v {
        Value::Bool(b) if spec.is_empty() => return Ok(if *b { "True" } else { "False" }.into()),
        Value::Int(_) | Value::Bool(_) => {
            let i = arith::as_bigint(v).unwrap_or_default();
            return fs::format_int_spec(&num::Int::Big(i).normalize(), spec)
                .map_err(|e| num_err(vm, e));
        }
        Value::Float(f) => return fs::format_float_spec(*f, spec).map_err(|e| num_err(vm, e)),
        _ => {}
    }
    match v.payload() {
        Some(Payload::Str(s)) => {
            return fs::format_str_spec(&s.text, spec).map_err(|e| num_err(vm, e))
        }
        Some(Payload::Complex(z)) => {
            return crate::runtime::complex_type::format(vm, v, *z, spec);
        }
        Some(Payload::BigInt(b)) => {
            return fs::format_int_spec(&num::Int::Big((**b).clone()), spec)
                .map_err(|e| num_err(vm, e))
        }
        _ => {}
    }
    if let Some(r) = vm.call_special(v, vm.sym.format, &[Value::str(spec)]) {
        let r = r?;
        return match r.as_str() {
            Some(s) => Ok(s.to_owned()),
            None => Err(vm.type_error(format!(
                "__format__ must return a str, not {}",
                vm.type_name(&r)
            ))),
        };
    }
    if spec.is_empty() {
        return str_of(vm, v);
    }
    Err(vm.type_error(format!(
        "unsupported format string passed to {}.__format__",
        vm.type_name(v)
    )))
}

/// `ascii()`: escape every non-ASCII character of a repr.
pub fn ascii_of(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    out
}
