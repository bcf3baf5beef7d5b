//! Syntax colouring of the line being edited: keywords, builtins, strings,
//! numbers and comments, plus the bracket matching the one at the cursor.
//!
//! A small standalone scanner, not the real tokenizer: it must cope with
//! half-typed input (unterminated strings, stray brackets) and never fail.
//! Output keeps the input's display width — only ANSI SGR codes are added.

const KEYWORD: &str = "\x1b[1;34m";
const BUILTIN: &str = "\x1b[36m";
const STRING: &str = "\x1b[32m";
const NUMBER: &str = "\x1b[33m";
const COMMENT: &str = "\x1b[31m";
const DEFINITION: &str = "\x1b[1m";
const BRACKET: &str = "\x1b[1;7m";
const RESET: &str = "\x1b[0m";

/// Python's keywords (hard and soft), also used by completion.
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "case", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
    "import", "in", "is", "lambda", "match", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "type", "while", "with", "yield",
];

/// Soft keywords are only coloured at the start of a statement.
const SOFT: &[&str] = &["match", "case", "type"];

const BUILTINS: &[&str] = &[
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "bool",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "exit",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "list",
    "locals",
    "map",
    "max",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "quit",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
    "self",
];

/// What a span of the line is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Keyword,
    Builtin,
    Str,
    Number,
    Comment,
    Definition,
    Open,
    Close,
}

/// Scan `line` into coloured spans `(start, end, kind)`, in order.
fn scan(line: &str) -> Vec<(usize, usize, Kind)> {
    let b = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut first_word = true;
    let mut after_def = false;
    while i < b.len() {
        let c = b[i];
        if c == b'#' {
            out.push((i, b.len(), Kind::Comment));
            break;
        }
        if c == b'"' || c == b'\'' {
            let end = string_end(line, i);
            out.push((i, end, Kind::Str));
            i = end;
            first_word = false;
            continue;
        }
        if c.is_ascii_digit() || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            let end = number_end(b, i);
            out.push((i, end, Kind::Number));
            i = end;
            first_word = false;
            continue;
        }
        if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 {
            let start = i;
            while i < b.len() && (b[i] == b'_' || b[i].is_ascii_alphanumeric() || b[i] >= 0x80) {
                i += 1;
            }
            let word = &line[start..i];
            // A string prefix such as r"..", b'..', f"..", rb"..".
            if word.len() <= 2
                && word.bytes().all(|x| b"rRbBuUfF".contains(&x))
                && i < b.len()
                && (b[i] == b'"' || b[i] == b'\'')
            {
                let end = string_end(line, i);
                out.push((start, end, Kind::Str));
                i = end;
                first_word = false;
                continue;
            }
            let kind = if after_def {
                Some(Kind::Definition)
            } else if KEYWORDS.contains(&word) && (!SOFT.contains(&word) || first_word) {
                Some(Kind::Keyword)
            } else if BUILTINS.contains(&word) && !(start > 0 && b[start - 1] == b'.') {
                Some(Kind::Builtin)
            } else {
                None
            };
            if let Some(k) = kind {
                out.push((start, i, k));
            }
            after_def = word == "def" || word == "class";
            first_word = false;
            continue;
        }
        match c {
            b'(' | b'[' | b'{' => out.push((i, i + 1, Kind::Open)),
            b')' | b']' | b'}' => out.push((i, i + 1, Kind::Close)),
            _ => {}
        }
        if !c.is_ascii_whitespace() {
            after_def = false;
            first_word = c == b';';
        }
        i += utf8_len(c);
    }
    out
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xf0.. => 4,
        0xe0.. => 3,
        0xc0.. => 2,
        _ => 1,
    }
}

/// End of the string literal whose opening quote is at `q` (the end of the
/// line when it is not closed there).
fn string_end(line: &str, q: usize) -> usize {
    let b = line.as_bytes();
    let quote = b[q];
    let triple = b.get(q + 1) == Some(&quote) && b.get(q + 2) == Some(&quote);
    let mut i = q + if triple { 3 } else { 1 };
    while i < b.len() {
        let c = b[i];
        if c == b'\\' {
            // Even in raw strings a backslash keeps the quote from closing.
            i += 2;
            continue;
        }
        if c == quote {
            if !triple {
                return i + 1;
            }
            if b.get(i + 1) == Some(&quote) && b.get(i + 2) == Some(&quote) {
                return i + 3;
            }
        }
        i += 1;
    }
    b.len()
}

fn number_end(b: &[u8], start: usize) -> usize {
    let mut i = start;
    while i < b.len() {
        let c = b[i];
        let sign_after_exp = (c == b'+' || c == b'-')
            && i > start
            && (b[i - 1] == b'e' || b[i - 1] == b'E')
            && !(b.len() > start + 1 && b[start] == b'0' && matches!(b[start + 1], b'x' | b'X'));
        if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || sign_after_exp {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// Index (into the spans) of the bracket matching the one at the cursor:
/// the bracket under the cursor, else the one just before it.
fn matching_bracket(spans: &[(usize, usize, Kind)], pos: usize) -> Option<usize> {
    let brackets: Vec<usize> = (0..spans.len())
        .filter(|&k| matches!(spans[k].2, Kind::Open | Kind::Close))
        .collect();
    let mut partner = vec![None; spans.len()];
    let mut stack = Vec::new();
    for &k in &brackets {
        if spans[k].2 == Kind::Open {
            stack.push(k);
        } else if let Some(o) = stack.pop() {
            partner[o] = Some(k);
            partner[k] = Some(o);
        }
    }
    let at = |p: usize| brackets.iter().copied().find(|&k| spans[k].0 == p);
    let here = at(pos).or_else(|| pos.checked_sub(1).and_then(at))?;
    partner[here]
}

/// The line with ANSI colours; `bracket_at` is the cursor position when the
/// matching bracket should be shown.
pub fn colorize(line: &str, bracket_at: Option<usize>) -> String {
    let spans = scan(line);
    let matched = bracket_at.and_then(|p| matching_bracket(&spans, p));
    let mut out = String::with_capacity(line.len() * 2);
    let mut last = 0;
    for (k, &(s, e, kind)) in spans.iter().enumerate() {
        let color = match kind {
            Kind::Keyword => KEYWORD,
            Kind::Builtin => BUILTIN,
            Kind::Str => STRING,
            Kind::Number => NUMBER,
            Kind::Comment => COMMENT,
            Kind::Definition => DEFINITION,
            Kind::Open | Kind::Close if matched == Some(k) => BRACKET,
            Kind::Open | Kind::Close => continue,
        };
        let (Some(before), Some(text)) = (line.get(last..s), line.get(s..e)) else {
            continue;
        };
        out.push_str(before);
        out.push_str(color);
        out.push_str(text);
        out.push_str(RESET);
        last = e;
    }
    out.push_str(line.get(last..).unwrap_or(""));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(s: &str) -> String {
        let mut out = String::new();
        let mut esc = false;
        for c in s.chars() {
            if esc {
                esc = c != 'm';
            } else if c == '\x1b' {
                esc = true;
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn keeps_text() {
        for line in [
            "def f(x): return 'a' + \"b\" # c",
            "x = [1, 2.5e-3, 0x1f]",
            "s = '''abc",
            "é = {'k': b'v'}",
        ] {
            assert_eq!(strip(&colorize(line, Some(3))), line);
        }
    }

    #[test]
    fn colours_tokens() {
        let c = colorize("if x: print('hi') # c", None);
        assert!(c.contains("\x1b[1;34mif\x1b[0m"));
        assert!(c.contains("\x1b[32m'hi'\x1b[0m"));
        assert!(c.contains("\x1b[31m# c\x1b[0m"));
        assert!(colorize("x = 42", None).contains("\x1b[33m42\x1b[0m"));
    }

    #[test]
    fn matches_brackets() {
        let c = colorize("f((a), [b])", Some(11));
        assert!(c.contains("f\x1b[1;7m(\x1b[0m"));
        assert_eq!(colorize("'('", Some(1)), "\x1b[32m'('\x1b[0m");
    }
}
