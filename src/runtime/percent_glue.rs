//! `str % values`: fetching arguments (a tuple, a single value, or a
//! mapping for `%(key)s`), converting them (`str()`, `repr()`, `ascii()`,
//! `__index__`, `__float__`) and handing each to `percent::format_percent_one`,
//! with CPython's error messages and order.

use super::arith::{as_bigint, num_err};
use super::dictops::dict_of;
use super::num::Int;
use super::object::Payload;
use super::percent::{Count, PercentArg, PercentChunk, PercentParser};
use super::repr::{repr, str_of};
use super::{ops, PyResult, Value};
use crate::vm::Vm;

/// A value converted for one conversion character.
enum Converted {
    Int(Int),
    Float(f64),
    Str(String),
    Other(String),
}

fn convert(vm: &Vm, conv: char, v: &Value) -> PyResult<Converted> {
    Ok(match conv {
        's' => Converted::Str(str_of(vm, v)?),
        'r' => Converted::Str(repr(vm, v)?),
        'a' => Converted::Str(crate::builtins::ascii_of(&repr(vm, v)?)),
        'c' => match (v.as_str(), as_bigint(v)) {
            (Some(s), _) => Converted::Str(s.to_owned()),
            (None, Some(b)) => Converted::Int(Int::Big(b).normalize()),
            _ => Converted::Other(vm.type_name(v)),
        },
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => match v {
            Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => Converted::Float(*f),
            _ => match as_bigint(v) {
                Some(b) => Converted::Int(Int::Big(b).normalize()),
                None => {
                    let sym = if matches!(conv, 'd' | 'i' | 'u') {
                        vm.sym.int
                    } else {
                        vm.sym.index
                    };
                    match vm.call_special(v, sym, &[]) {
                        Some(r) => match as_bigint(&r?) {
                            Some(b) => Converted::Int(Int::Big(b).normalize()),
                            None => Converted::Other(vm.type_name(v)),
                        },
                        None => Converted::Other(vm.type_name(v)),
                    }
                }
            },
        },
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => match super::arith::as_f64(vm, v) {
            Some(f) => Converted::Float(f?),
            None => match vm.call_special(v, vm.sym.float, &[]) {
                Some(r) => match r? {
                    Value::Float(f) => Converted::Float(f),
                    _ => Converted::Other(vm.type_name(v)),
                },
                None => Converted::Other(vm.type_name(v)),
            },
        },
        _ => Converted::Other(vm.type_name(v)),
    })
}

struct Args<'a> {
    items: &'a [Value],
    next: usize,
}

impl Args<'_> {
    fn take(&mut self, vm: &Vm) -> PyResult<Value> {
        match self.items.get(self.next) {
            Some(v) => {
                self.next += 1;
                Ok(v.clone())
            }
            None => Err(vm.type_error("not enough arguments for format string")),
        }
    }
}

/// `fmt % values`
pub fn percent_format(vm: &Vm, fmt: &str, values: &Value) -> PyResult<String> {
    let is_tuple = matches!(values.payload(), Some(Payload::Tuple(_)));
    let is_mapping = !is_tuple
        && values.as_str().is_none()
        && (dict_of(values).is_some() || vm.special(values, vm.sym.getitem).is_some());
    let single = [values.clone()];
    let items: &[Value] = match values.as_tuple() {
        Some(t) => t,
        None => &single,
    };
    let mut args = Args { items, next: 0 };
    let mut out = String::new();
    let mut used_mapping = false;
    for chunk in PercentParser::new(fmt, is_mapping) {
        let spec = match chunk.map_err(|e| num_err(vm, e))? {
            PercentChunk::Literal(s) => {
                out.push_str(&s);
                continue;
            }
            PercentChunk::Spec(s) => s,
        };
        let star = |args: &mut Args, c: Option<Count>| -> PyResult<Option<i64>> {
            if c == Some(Count::Star) {
                let v = args.take(vm)?;
                return match v {
                    Value::Int(i) => Ok(Some(i)),
                    _ => Err(vm.type_error("* wants int")),
                };
            }
            Ok(None)
        };
        let w = star(&mut args, spec.width)?;
        let p = star(&mut args, spec.precision)?;
        let conv = spec.resolve(w, p).map_err(|e| num_err(vm, e))?;
        let value = match &spec.key {
            Some(key) => {
                used_mapping = true;
                ops::getitem(vm, values, &Value::str(key.as_str()))?
            }
            None if is_mapping => values.clone(),
            None => args.take(vm)?,
        };
        let converted = convert(vm, conv.conv, &value)?;
        let arg = match &converted {
            Converted::Int(i) => PercentArg::Int(i),
            Converted::Float(f) => PercentArg::Float(*f),
            Converted::Str(s) => PercentArg::Str(s),
            Converted::Other(n) => PercentArg::Other(n),
        };
        out.push_str(&super::percent::format_percent_one(&conv, arg).map_err(|e| num_err(vm, e))?);
    }
    if !is_mapping && !used_mapping && args.next < args.items.len() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}
