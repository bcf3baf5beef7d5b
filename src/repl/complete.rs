//! Tab completion, after CPython's `rlcompleter`: keywords, names in
//! `__main__` and builtins, and attributes after a dot (`obj.app` →
//! `obj.append(`), plus indentation when the cursor follows only blanks.
//!
//! Reads interpreter state (globals, types, attributes) but never changes
//! it; an attribute lookup that raises just yields no candidates.

use crate::runtime::attr::{get_attr, instance_dict};
use crate::runtime::dict::Dict;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Payload;
use crate::runtime::types::type_data;
use crate::runtime::Value;
use crate::syntax::intern::intern;
use crate::vm::Vm;
use crate::Interpreter;

use super::highlight::KEYWORDS;

/// Candidates for the text before `pos`: the byte offset where the
/// replaced word starts, and the replacements, sorted.
pub fn complete(interp: &Interpreter, line: &str, pos: usize) -> (usize, Vec<String>) {
    let Some(before) = line.get(..pos) else {
        return (pos, Vec::new());
    };
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    if before[line_start..].chars().all(|c| c == ' ' || c == '\t') {
        return (pos, vec!["    ".to_owned()]);
    }
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c == '_' || c == '.' || c.is_alphanumeric())
        .last()
        .map_or(pos, |(i, _)| i);
    let word = &before[word_start..];
    if word.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return (pos, Vec::new());
    }
    match word.rfind('.') {
        Some(dot) => {
            let prefix = &word[dot + 1..];
            let head = &word[..dot];
            let obj = if head.is_empty() {
                literal_type(&interp.vm, &before[..word_start])
            } else {
                eval_dotted(interp, head)
            };
            let mut names = obj
                .map(|o| attr_matches(&interp.vm, &o, prefix))
                .unwrap_or_default();
            names.sort();
            names.dedup();
            (word_start + dot + 1, names)
        }
        None => (word_start, global_matches(interp, word)),
    }
}

/// `rlcompleter`'s keyword suffixes: `try:`, `import `, bare `True`.
fn keyword_candidate(word: &str) -> String {
    match word {
        "finally" | "try" => format!("{}:", word),
        "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => word.to_owned(),
        _ => format!("{} ", word),
    }
}

fn global_matches(interp: &Interpreter, text: &str) -> Vec<String> {
    let vm = &interp.vm;
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for kw in KEYWORDS.iter().filter(|k| k.starts_with(text)) {
        seen.push((*kw).to_owned());
        out.push(keyword_candidate(kw));
    }
    for d in [&interp.main_globals, &vm.builtins] {
        let Payload::Dict(d) = &d.payload else {
            continue;
        };
        let entries: Vec<(Value, Value)> = d
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in entries {
            let Some(name) = k.as_str() else { continue };
            if name.starts_with(text) && !seen.iter().any(|s| s == name) {
                seen.push(name.to_owned());
                out.push(with_call_suffix(vm, &v, name));
            }
        }
    }
    out.sort();
    out
}

/// Append `(` to callables, as `rlcompleter` does.
fn with_call_suffix(vm: &Vm, v: &Value, name: &str) -> String {
    let callable = match v.payload() {
        Some(
            Payload::Function(_) | Payload::Native(_) | Payload::BoundMethod(_) | Payload::Type(_),
        ) => true,
        Some(_) => vm.special(v, vm.sym.call).is_some(),
        None => false,
    };
    if callable {
        format!("{}(", name)
    } else {
        name.to_owned()
    }
}

/// Look up a dotted name (`a.b.c`) in `__main__`, then builtins.
fn eval_dotted(interp: &Interpreter, dotted: &str) -> Option<Value> {
    let vm = &interp.vm;
    let mut parts = dotted.split('.');
    let first = parts.next()?;
    if first.is_empty() || first.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let key = Value::str(first);
    let mut obj = [&interp.main_globals, &vm.builtins]
        .into_iter()
        .find_map(|d| match &d.payload {
            Payload::Dict(d) => crate::runtime::types::dict_get_str(&d.borrow(), &key),
            _ => None,
        })?;
    for p in parts {
        if p.is_empty() {
            return None;
        }
        obj = get_attr(vm, &obj, intern(p)).ok()?;
    }
    Some(obj)
}

/// The type of a literal that ends right before a dot: `[]`, `[1, 2]`,
/// `{}`, `'text'`, `b''` — not a subscription or call.
fn literal_type(vm: &Vm, before: &str) -> Option<Value> {
    let t = &vm.types;
    let last = before.chars().last()?;
    let ty = match last {
        '\'' | '"' => {
            let quote_start = before[..before.len() - 1].rfind(last)?;
            let bytes = before[..quote_start].ends_with(['b', 'B']);
            if bytes {
                &t.bytes
            } else {
                &t.str
            }
        }
        ']' | '}' => {
            let open = if last == ']' { '[' } else { '{' };
            let start = opening_bracket(before, open, last)?;
            let prev = before[..start].trim_end().chars().last();
            if prev.is_some_and(|c| {
                c.is_alphanumeric() || matches!(c, '_' | ')' | ']' | '}' | '"' | '\'')
            }) {
                return None;
            }
            let inner = &before[start + 1..before.len() - 1];
            match (last, inner.trim().is_empty() || inner.contains(':')) {
                (']', _) => &t.list,
                (_, true) => &t.dict,
                _ => &t.set,
            }
        }
        _ => return None,
    };
    Some(Value::Obj(ty.clone()))
}

/// Byte offset of the bracket opening the one that ends `text`.
fn opening_bracket(text: &str, open: char, close: char) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text.char_indices().rev() {
        if c == close {
            depth += 1;
        } else if c == open {
            depth = depth.checked_sub(1)?;
            if depth == 0 {
                return Some(i);
            }
        }
    }
    None
}

/// Attribute names of `obj` starting with `prefix`, `dir()`-style.
/// Private names are offered only once the prefix asks for them.
fn attr_matches(vm: &Vm, obj: &Value, prefix: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut add = |d: &Dict| {
        for e in d.iter() {
            if let Some(s) = e.key.as_str() {
                names.push(s.to_owned());
            }
        }
    };
    if let Some(d) = instance_dict(obj) {
        add(&d.borrow());
    }
    if let Some(Payload::Module(m)) = obj.payload() {
        if let Payload::Dict(d) = &m.dict.payload {
            add(&d.borrow());
        }
    } else {
        let ty: ObjRef = match obj.payload() {
            Some(Payload::Type(_)) => obj
                .as_obj()
                .cloned()
                .unwrap_or_else(|| vm.types.object.clone()),
            _ => vm.type_of(obj).clone(),
        };
        let mro: Vec<ObjRef> = type_data(&ty).mro.borrow().clone();
        add(&type_data(&ty).dict.borrow());
        for t in &mro {
            add(&type_data(t).dict.borrow());
        }
    }
    names.sort();
    names.dedup();
    let hidden = |n: &str| match prefix {
        "" => n.starts_with('_'),
        "_" => n.starts_with("__"),
        _ => false,
    };
    names
        .into_iter()
        .filter(|n| n.starts_with(prefix) && !hidden(n))
        .map(|n| match get_attr(vm, obj, intern(&n)) {
            Ok(v) => with_call_suffix(vm, &v, &n),
            Err(_) => n,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(interp: &Interpreter, line: &str) -> (usize, Vec<String>) {
        complete(interp, line, line.len())
    }

    #[test]
    fn completes_names_keywords_and_attributes() {
        let interp = Interpreter::new(vec![String::new()], None);
        assert!(interp.run_source("<test>", "xs = [1]\nvalue = 3\n").is_ok());
        assert_eq!(names(&interp, "[].app"), (3, vec!["append(".to_owned()]));
        assert_eq!(names(&interp, "xs.app"), (3, vec!["append(".to_owned()]));
        assert_eq!(names(&interp, "''.upp"), (3, vec!["upper(".to_owned()]));
        assert_eq!(names(&interp, "x = val"), (4, vec!["value".to_owned()]));
        assert_eq!(names(&interp, "whil"), (0, vec!["while ".to_owned()]));
        assert!(names(&interp, "pri").1.contains(&"print(".to_owned()));
        assert_eq!(names(&interp, "    "), (4, vec!["    ".to_owned()]));
        assert!(names(&interp, "xs.").1.iter().all(|n| !n.starts_with('_')));
        assert!(names(&interp, "xs.__le").1.contains(&"__len__(".to_owned()));
        assert!(names(&interp, "nothing.x").1.is_empty());
        assert!(names(&interp, "xs[0].x").1.is_empty());
    }
}
