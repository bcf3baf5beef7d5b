//! The smaller pieces of the pattern grammar: backslash escapes (inside
//! and outside sets), character sets, group names, conditionals and inline
//! flags, with CPython's `re._parser` messages.
//!
//! Owns nothing but parsing; `parse.rs` drives it.

use super::ast::{At, Node};
use super::charset::{Category, CharSet, Item};
use super::parse::{
    error_at, literal, note_group_ref, parse_branch, PResult, Source, State, Token, FLAG_ASCII,
    FLAG_DEBUG, FLAG_IGNORECASE, FLAG_LOCALE, FLAG_TEMPLATE, FLAG_UNICODE,
};

/// CPython's `MAXGROUPS` on 64-bit builds.
const MAX_GROUPS: usize = 1_073_741_823;

/// `repr()` of a str, as the messages quote names.
pub fn py_repr(s: &str) -> String {
    crate::runtime::repr::str_repr(s)
}

fn category(c: char) -> Option<Category> {
    Some(match c {
        'd' => Category::Digit,
        'D' => Category::NotDigit,
        's' => Category::Space,
        'S' => Category::NotSpace,
        'w' => Category::Word,
        'W' => Category::NotWord,
        _ => return None,
    })
}

pub(super) fn control_escape(c: char) -> Option<char> {
    Some(match c {
        'a' => '\x07',
        'f' => '\x0c',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\x0b',
        '\\' => '\\',
        _ => return None,
    })
}

pub fn backref(group: usize, flags: u32) -> Node {
    Node::Backref {
        group,
        fold: flags & FLAG_IGNORECASE != 0,
        ascii: flags & FLAG_ASCII != 0,
    }
}

fn set_node(items: Vec<Item>, negated: bool, flags: u32) -> Node {
    Node::Set(Box::new(CharSet::new(
        items,
        negated,
        flags & FLAG_IGNORECASE != 0,
        flags & FLAG_ASCII != 0,
    )))
}

/// `\x..`, `\u....`, `\U........` and `\N{...}`, shared by both contexts:
/// `Some(char)` when `tok` is one of them.
fn code_escape(src: &mut Source, tok: Token) -> PResult<Option<char>> {
    let digits = match tok.c {
        'x' => 2,
        'u' => 4,
        'U' => 8,
        'N' => {
            if !src.eat('{')? {
                return Err(src.error("missing {", 0));
            }
            let name = src.get_until('}', "character name")?;
            return Err(src.error(
                format!("undefined character name {}", py_repr(&name)),
                name.chars().count() + 4,
            ));
        }
        _ => return Ok(None),
    };
    let hex = src.get_while(digits, |c| c.is_ascii_hexdigit())?;
    let text = format!("\\{}{}", tok.c, hex);
    if hex.len() != digits {
        return Err(src.error(format!("incomplete escape {}", text), text.len()));
    }
    let code = u32::from_str_radix(&hex, 16).unwrap_or(u32::MAX);
    match char::from_u32(code) {
        Some(c) => Ok(Some(c)),
        None => Err(src.error(format!("bad escape {}", text), text.len())),
    }
}

fn octal_value(src: &Source, text: &str) -> PResult<char> {
    let n = u32::from_str_radix(&text[1..], 8).unwrap_or(u32::MAX);
    if n > 0o377 {
        return Err(src.error(
            format!("octal escape value {} outside of range 0-0o377", text),
            text.len(),
        ));
    }
    Ok(char::from_u32(n).unwrap_or('\0'))
}

fn bad_escape(src: &Source, tok: Token) -> PResult<Node> {
    Err(src.error(format!("bad escape {}", tok.text()), 2))
}

/// An escape outside a set (CPython's `_escape`).
pub fn escape(src: &mut Source, st: &mut State, tok: Token, flags: u32) -> PResult<Node> {
    let ascii = flags & FLAG_ASCII != 0;
    let c = tok.c;
    match c {
        'A' => return Ok(Node::At(At::Start)),
        'Z' => return Ok(Node::At(At::StringEnd)),
        'b' => return Ok(Node::At(At::Boundary(ascii))),
        'B' => return Ok(Node::At(At::NotBoundary(ascii))),
        _ => {}
    }
    if let Some(cat) = category(c) {
        return Ok(set_node(vec![Item::Cat(cat)], false, flags));
    }
    if let Some(ch) = control_escape(c) {
        return Ok(literal(ch, flags));
    }
    if let Some(ch) = code_escape(src, tok)? {
        return Ok(literal(ch, flags));
    }
    if c == '0' {
        let more = src.get_while(2, |d| ('0'..='7').contains(&d))?;
        let text = format!("\\0{}", more);
        return Ok(literal(octal_value(src, &text)?, flags));
    }
    if c.is_ascii_digit() {
        let mut text = format!("\\{}", c);
        if src.peek_plain(|d| d.is_ascii_digit()) {
            if let Some(d) = src.get()? {
                text.push(d.c);
            }
            let oct = |d: char| ('0'..='7').contains(&d);
            let b = text.as_bytes();
            if oct(b[1] as char) && oct(b[2] as char) && src.peek_plain(oct) {
                if let Some(d) = src.get()? {
                    text.push(d.c);
                }
                return Ok(literal(octal_value(src, &text)?, flags));
            }
        }
        let group: usize = text[1..].parse().unwrap_or(usize::MAX);
        if group < st.groups() {
            if !st.check_group(group) {
                return Err(src.error("cannot refer to an open group", text.len()));
            }
            st.check_lookbehind_group(group, src)?;
            return Ok(backref(group, flags));
        }
        return Err(src.error(format!("invalid group reference {}", group), text.len() - 1));
    }
    if c.is_ascii_alphabetic() {
        return bad_escape(src, tok);
    }
    Ok(literal(c, flags))
}

/// What an escape inside a set stands for.
enum SetAtom {
    Char(char),
    Cat(Category),
}

/// An escape inside a set (CPython's `_class_escape`).
fn class_escape(src: &mut Source, tok: Token) -> PResult<SetAtom> {
    let c = tok.c;
    if c == 'b' {
        return Ok(SetAtom::Char('\x08'));
    }
    if let Some(ch) = control_escape(c) {
        return Ok(SetAtom::Char(ch));
    }
    if let Some(cat) = category(c) {
        return Ok(SetAtom::Cat(cat));
    }
    if let Some(ch) = code_escape(src, tok)? {
        return Ok(SetAtom::Char(ch));
    }
    if ('0'..='7').contains(&c) {
        let more = src.get_while(2, |d| ('0'..='7').contains(&d))?;
        let text = format!("\\{}{}", c, more);
        return Ok(SetAtom::Char(octal_value(src, &text)?));
    }
    if c.is_ascii_alphanumeric() {
        return Err(src.error(format!("bad escape {}", tok.text()), 2));
    }
    Ok(SetAtom::Char(c))
}

/// A set after its `[` (CPython's set branch of `_parse`).
pub fn parse_set(src: &mut Source, flags: u32) -> PResult<Node> {
    let here = src.tell() - 1;
    let unterminated = |src: &Source| error_at("unterminated character set", here.min(src.tell()));
    let negated = src.eat('^')?;
    let mut items: Vec<Item> = Vec::new();
    loop {
        let Some(this) = src.get()? else {
            return Err(unterminated(src));
        };
        if this.is(']') && !items.is_empty() {
            break;
        }
        let atom = if this.escaped {
            class_escape(src, this)?
        } else {
            SetAtom::Char(this.c)
        };
        if src.eat('-')? {
            let Some(that) = src.get()? else {
                return Err(unterminated(src));
            };
            if that.is(']') {
                items.push(atom_item(atom));
                items.push(Item::Char('-'));
                break;
            }
            let atom2 = if that.escaped {
                class_escape(src, that)?
            } else {
                SetAtom::Char(that.c)
            };
            let bad = || {
                src.error(
                    format!("bad character range {}-{}", this.text(), that.text()),
                    this.len() + 1 + that.len(),
                )
            };
            match (atom, atom2) {
                (SetAtom::Char(lo), SetAtom::Char(hi)) if lo <= hi => {
                    items.push(Item::Range(lo, hi))
                }
                _ => return Err(bad()),
            }
        } else {
            items.push(atom_item(atom));
        }
    }
    if !negated && items.len() == 1 {
        if let Item::Char(c) = items[0] {
            return Ok(literal(c, flags));
        }
    }
    Ok(set_node(items, negated, flags))
}

fn atom_item(atom: SetAtom) -> Item {
    match atom {
        SetAtom::Char(c) => Item::Char(c),
        SetAtom::Cat(cat) => Item::Cat(cat),
    }
}

/// Python's `str.isidentifier` (close enough for group names).
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let start = |c: char| c == '_' || c.is_alphabetic();
    start(first) && chars.all(|c| start(c) || c.is_alphanumeric())
}

pub fn check_group_name(src: &Source, name: &str, offset: usize) -> PResult<()> {
    if !is_identifier(name) {
        return Err(src.error(
            format!("bad character in group name {}", py_repr(name)),
            name.chars().count() + offset,
        ));
    }
    Ok(())
}

/// `(?(group)yes|no)` after its `(?(`.
pub fn conditional(
    src: &mut Source,
    st: &mut State,
    verbose: bool,
    nested: usize,
    local: (u32, u32),
    start: usize,
) -> PResult<Node> {
    let name = src.get_until(')', "group name")?;
    let offset = name.chars().count() + 1;
    let group = if is_identifier(&name) {
        match st.names.get(&name) {
            Some(&g) => g,
            None => return Err(src.error(format!("unknown group name {}", py_repr(&name)), offset)),
        }
    } else {
        let bad = || {
            src.error(
                format!("bad character in group name {}", py_repr(&name)),
                offset,
            )
        };
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_digit()) {
            return Err(bad());
        }
        let g: usize = name.parse().unwrap_or(usize::MAX);
        if g == 0 {
            return Err(src.error("bad group number", offset));
        }
        if g >= MAX_GROUPS {
            return Err(src.error(format!("invalid group reference {}", g), offset));
        }
        note_group_ref(st, g, src.tell() - offset);
        g
    };
    st.check_lookbehind_group(group, src)?;
    let yes = parse_branch(src, st, verbose, nested, local)?;
    let no = if src.eat('|')? {
        let no = parse_branch(src, st, verbose, nested, local)?;
        if src.peek_is('|') {
            return Err(src.error("conditional backref with more than two branches", 0));
        }
        no
    } else {
        Node::Empty
    };
    if !src.eat(')')? {
        return Err(error_at("missing ), unterminated subpattern", start));
    }
    Ok(Node::Cond {
        group,
        yes: Box::new(yes),
        no: Box::new(no),
    })
}

fn flag_value(c: char) -> Option<u32> {
    Some(match c {
        'i' => FLAG_IGNORECASE,
        'L' => FLAG_LOCALE,
        'm' => super::parse::FLAG_MULTILINE,
        's' => super::parse::FLAG_DOTALL,
        'x' => super::parse::FLAG_VERBOSE,
        'a' => FLAG_ASCII,
        't' => FLAG_TEMPLATE,
        'u' => FLAG_UNICODE,
        _ => return None,
    })
}

pub fn is_flag(c: char) -> bool {
    flag_value(c).is_some()
}

const TYPE_FLAGS: u32 = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
const GLOBAL_FLAGS: u32 = FLAG_DEBUG | FLAG_TEMPLATE;

/// The next character of an inline-flags group, as a plain char.
fn next_char(src: &mut Source) -> PResult<Option<(char, usize)>> {
    Ok(src
        .get()?
        .map(|t| (if t.escaped { '\\' } else { t.c }, t.len())))
}

/// `(?aiLmsux)` (global: `None`) or `(?flags-flags:` (the added and
/// removed flags), after the first flag character `first`.
pub fn parse_flags(src: &mut Source, st: &mut State, first: char) -> PResult<Option<(u32, u32)>> {
    let mut add = 0;
    let mut del = 0;
    let mut ch = first;
    if ch != '-' {
        loop {
            let flag = flag_value(ch).unwrap_or(0);
            if ch == 'L' {
                return Err(src.error(
                    "bad inline flags: cannot use 'L' flag with a str pattern",
                    0,
                ));
            }
            add |= flag;
            if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                return Err(src.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    0,
                ));
            }
            let Some((c, len)) = next_char(src)? else {
                return Err(src.error("missing -, : or )", 0));
            };
            ch = c;
            if matches!(ch, ')' | '-' | ':') && len == 1 {
                break;
            }
            if !is_flag(ch) || len != 1 {
                let msg = if ch.is_alphabetic() {
                    "unknown flag"
                } else {
                    "missing -, : or )"
                };
                return Err(src.error(msg, len));
            }
        }
    }
    if ch == ')' {
        st.flags |= add;
        return Ok(None);
    }
    if add & GLOBAL_FLAGS != 0 {
        return Err(src.error("bad inline flags: cannot turn on global flag", 1));
    }
    if ch == '-' {
        let Some((c, len)) = next_char(src)? else {
            return Err(src.error("missing flag", 0));
        };
        if !is_flag(c) || len != 1 {
            let msg = if c.is_alphabetic() {
                "unknown flag"
            } else {
                "missing flag"
            };
            return Err(src.error(msg, len));
        }
        ch = c;
        loop {
            let flag = flag_value(ch).unwrap_or(0);
            if flag & TYPE_FLAGS != 0 {
                return Err(src.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                    0,
                ));
            }
            del |= flag;
            let Some((c, len)) = next_char(src)? else {
                return Err(src.error("missing :", 0));
            };
            ch = c;
            if ch == ':' && len == 1 {
                break;
            }
            if !is_flag(ch) || len != 1 {
                let msg = if ch.is_alphabetic() {
                    "unknown flag"
                } else {
                    "missing :"
                };
                return Err(src.error(msg, len));
            }
        }
    }
    if del & GLOBAL_FLAGS != 0 {
        return Err(src.error("bad inline flags: cannot turn off global flag", 1));
    }
    if add & del != 0 {
        return Err(src.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}
