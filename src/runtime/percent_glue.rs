//! `str % values` (provisional: %s %r %d %%).
use super::{PyResult, Value};
use crate::vm::Vm;

pub fn percent_format(vm: &Vm, fmt: &str, values: &Value) -> PyResult<String> {
    let items: Vec<Value> = match values.as_tuple() {
        Some(t) => t.to_vec(),
        None => vec![values.clone()],
    };
    let mut it = items.into_iter();
    let mut out = String::new();
    let mut cs = fmt.chars();
    while let Some(c) = cs.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match cs.next() {
            Some('%') => out.push('%'),
            Some('s') => out.push_str(&super::repr::str_of(vm, &it.next().ok_or_else(|| vm.type_error("not enough arguments for format string"))?)?),
            Some('r') => out.push_str(&super::repr::repr(vm, &it.next().ok_or_else(|| vm.type_error("not enough arguments for format string"))?)?),
            Some('d') | Some('i') => out.push_str(&super::repr::repr(vm, &it.next().ok_or_else(|| vm.type_error("not enough arguments for format string"))?)?),
            _ => return Err(vm.value_error("unsupported format character")),
        }
    }
    Ok(out)
}
