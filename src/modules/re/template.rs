//! Replacement templates of `re.sub` and `Match.expand`: `\1`, `\g<name>`,
//! `\g<0>`, octal and control escapes, with CPython's
//! `re._parser.parse_template` errors.
//!
//! Owns template parsing and expansion over a match's spans.

use super::parse::{error_at, ErrorKind, PResult, ParseError};

/// A piece of a parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Literal(String),
    Group(usize),
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    let start = |c: char| c == '_' || c.is_alphabetic();
    chars.next().is_some_and(start) && chars.all(|c| start(c) || c.is_alphanumeric())
}

/// A template's character escapes: a pattern's, plus `\b` (backspace,
/// where a pattern has a word boundary).
fn control(c: char) -> Option<char> {
    match c {
        'b' => Some('\x08'),
        _ => super::escape::control_escape(c),
    }
}

/// Parse `template` for a pattern with `groups` groups named `names`.
pub fn parse(template: &str, groups: usize, names: &[(String, usize)]) -> PResult<Vec<Piece>> {
    let chars: Vec<char> = template.chars().collect();
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let oct = |c: Option<&char>| c.is_some_and(|c| ('0'..='7').contains(c));
    let digit = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_digit());
    let add_group = |lit: &mut String, pieces: &mut Vec<Piece>, index: usize, pos: usize| {
        if index > groups {
            return Err(error_at(format!("invalid group reference {}", index), pos));
        }
        if !lit.is_empty() {
            pieces.push(Piece::Literal(std::mem::take(lit)));
        }
        pieces.push(Piece::Group(index));
        Ok(())
    };
    while i < chars.len() {
        let c = chars[i];
        if c != '\\' {
            lit.push(c);
            i += 1;
            continue;
        }
        let Some(&e) = chars.get(i + 1) else {
            return Err(error_at("bad escape (end of pattern)", chars.len() - 1));
        };
        let start = i;
        i += 2;
        match e {
            'g' => {
                if chars.get(i) != Some(&'<') {
                    return Err(error_at("missing <", i));
                }
                i += 1;
                let name_start = i;
                while i < chars.len() && chars[i] != '>' {
                    i += 1;
                }
                let name: String = chars[name_start..i.min(chars.len())].iter().collect();
                if i >= chars.len() {
                    return Err(if name.is_empty() {
                        error_at("missing group name", i)
                    } else {
                        error_at("missing >, unterminated name", name_start)
                    });
                }
                i += 1;
                if name.is_empty() {
                    return Err(error_at("missing group name", i - 1));
                }
                let index = if is_identifier(&name) {
                    match names.iter().find(|(n, _)| *n == name) {
                        Some(&(_, g)) => g,
                        None => {
                            return Err(ParseError {
                                kind: ErrorKind::Index,
                                msg: format!(
                                    "unknown group name {}",
                                    crate::runtime::repr::str_repr(&name)
                                ),
                                pos: None,
                            })
                        }
                    }
                } else if name.chars().all(|c| c.is_ascii_digit()) {
                    name.parse().unwrap_or(usize::MAX)
                } else {
                    return Err(error_at(
                        format!(
                            "bad character in group name {}",
                            crate::runtime::repr::str_repr(&name)
                        ),
                        name_start,
                    ));
                };
                add_group(&mut lit, &mut pieces, index, name_start)?;
            }
            '0' => {
                let mut text = String::from("0");
                for _ in 0..2 {
                    if oct(chars.get(i)) {
                        text.push(chars[i]);
                        i += 1;
                    }
                }
                let n = u32::from_str_radix(&text, 8).unwrap_or(0) & 0xff;
                lit.push(char::from_u32(n).unwrap_or('\0'));
            }
            d if d.is_ascii_digit() => {
                let mut text = d.to_string();
                if digit(chars.get(i)) {
                    text.push(chars[i]);
                    i += 1;
                    if oct(Some(&d)) && oct(text.chars().nth(1).as_ref()) && oct(chars.get(i)) {
                        text.push(chars[i]);
                        i += 1;
                        let n = u32::from_str_radix(&text, 8).unwrap_or(u32::MAX);
                        if n > 0o377 {
                            return Err(error_at(
                                format!("octal escape value \\{} outside of range 0-0o377", text),
                                start,
                            ));
                        }
                        lit.push(char::from_u32(n).unwrap_or('\0'));
                        continue;
                    }
                }
                let index = text.parse().unwrap_or(usize::MAX);
                add_group(&mut lit, &mut pieces, index, start + 1)?;
            }
            _ => match control(e) {
                Some(ch) => lit.push(ch),
                None if e.is_ascii_alphabetic() => {
                    return Err(error_at(format!("bad escape \\{}", e), start));
                }
                None => {
                    lit.push('\\');
                    lit.push(e);
                }
            },
        }
    }
    if !lit.is_empty() {
        pieces.push(Piece::Literal(lit));
    }
    Ok(pieces)
}

/// Append the expansion of `pieces` for the match whose slots are
/// `slots`; `substring(start, end)` appends subject text.
pub fn expand(
    pieces: &[Piece],
    slots: &[usize],
    out: &mut String,
    mut substring: impl FnMut(&mut String, usize, usize),
) {
    for piece in pieces {
        match piece {
            Piece::Literal(s) => out.push_str(s),
            Piece::Group(g) => {
                let (s, e) = (slots[2 * g], slots[2 * g + 1]);
                if s != super::exec::NONE && e != super::exec::NONE {
                    substring(out, s, e);
                }
            }
        }
    }
}
