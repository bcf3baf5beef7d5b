//! The format-spec mini-language (provisional minimal version).
use super::num::{Int, NumError};

pub fn format_int(i: &Int, spec: &str) -> Result<String, NumError> {
    let v = match i {
        Int::Small(v) => v.to_string(),
        Int::Big(b) => b.to_string(),
    };
    pad(&v, spec, true)
}
pub fn format_float(f: f64, spec: &str) -> Result<String, NumError> {
    if let Some(p) = spec.strip_suffix('f') {
        let prec: usize = p.trim_start_matches('.').parse().unwrap_or(6);
        return Ok(format!("{:.*}", prec, f));
    }
    pad(&super::float_repr::float_repr(f), spec, true)
}
pub fn format_str(s: &str, spec: &str) -> Result<String, NumError> {
    pad(s, spec, false)
}
fn pad(v: &str, spec: &str, num: bool) -> Result<String, NumError> {
    let (align, rest) = match spec.chars().next() {
        Some(c @ ('<' | '>' | '^')) => (c, &spec[1..]),
        _ => (if num { '>' } else { '<' }, spec),
    };
    let w: usize = rest.trim_end_matches(|c: char| c.is_alphabetic()).parse().unwrap_or(0);
    let n = v.chars().count();
    if w <= n {
        return Ok(v.to_owned());
    }
    let fill = w - n;
    Ok(match align {
        '<' => format!("{}{}", v, " ".repeat(fill)),
        '^' => format!("{}{}{}", " ".repeat(fill / 2), v, " ".repeat(fill - fill / 2)),
        _ => format!("{}{}", " ".repeat(fill), v),
    })
}
