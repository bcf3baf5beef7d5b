//! "Did you mean" suggestions for `NameError` and `AttributeError`,
//! computed when the exception is printed, with CPython 3.11's algorithm
//! (`Python/suggestions.c`): a Levenshtein distance where changing case
//! costs 1 and any other edit 2, at most a third of the characters changed,
//! the first closest candidate winning.

use crate::runtime::exception::exc_data;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Payload;
use crate::runtime::types::is_subtype;
use crate::runtime::{ops, Value};
use crate::vm::Vm;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Edit distance between `a` and `b`, or anything above `max_cost` when
/// it exceeds it.
fn distance<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut dist = bi * MOVE_COST;
        result = dist;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = dist + substitution_cost(code, ac);
            dist = row[ai];
            let insert_delete = result.min(dist) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `name`, if close enough.
pub fn best_match(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let mut max = (name.len() + c.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), c.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((c, d));
        }
    }
    best.map(|(c, _)| c.clone())
}

fn dict_keys(d: &ObjRef) -> Vec<String> {
    match &d.payload {
        Payload::Dict(d) => d
            .borrow()
            .iter()
            .filter_map(|e| e.key.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    }
}

/// The text to append to the exception's last line (`. Did you mean: 'x'?`).
pub fn suggestion(vm: &Vm, e: &ObjRef) -> Option<String> {
    let ty = vm.types.type_of_obj(e);
    let d = exc_data(e)?;
    let ctx = d.borrow().suggest.clone()?;
    let found = match ctx {
        SuggestContext::Name {
            name,
            locals,
            globals,
        } => {
            if !is_subtype(ty, &vm.exc.name_error) {
                return None;
            }
            best_match(&name, &locals)
                .or_else(|| best_match(&name, &dict_keys(&globals)))
                .or_else(|| best_match(&name, &dict_keys(&vm.builtins)))
        }
        SuggestContext::Attribute { name, obj } => {
            if !is_subtype(ty, &vm.exc.attribute_error) {
                return None;
            }
            let dir = crate::builtins::functions::dir_of(vm, &obj).ok()?;
            let names: Vec<String> = ops::collect(vm, &dir)
                .ok()?
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect();
            best_match(&name, &names)
        }
    };
    found.map(|s| format!(". Did you mean: '{}'?", s))
}

/// What an exception needs to offer a suggestion when printed.
#[derive(Clone)]
pub enum SuggestContext {
    /// A name not found: the frame's local names and its globals.
    Name {
        name: String,
        locals: Vec<String>,
        globals: ObjRef,
    },
    /// An attribute not found on `obj`.
    Attribute { name: String, obj: Value },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn close_names_are_suggested_like_cpython() {
        assert_eq!(
            best_match("prnt", &s(&["print", "len"])).as_deref(),
            Some("print")
        );
        assert_eq!(
            best_match("apend", &s(&["append", "extend"])).as_deref(),
            Some("append")
        );
        assert_eq!(
            best_match("Count", &s(&["count"])).as_deref(),
            Some("count")
        );
        assert_eq!(best_match("xyz", &s(&["print", "len"])), None);
        assert_eq!(best_match("a", &s(&["b"])), None);
    }
}
