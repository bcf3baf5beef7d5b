//! Parsing Python regular-expression syntax into [`Node`]s, with CPython's
//! error messages and positions (code-point offsets into the pattern), as
//! `re._parser` reports them.
//!
//! Owns the parser state (groups, names, widths) and the structure of the
//! grammar; the tokenizer is `source.rs`; escapes, sets and inline flags
//! are in `escape.rs`.

use std::collections::HashMap;

use super::ast::{At, Node, RepeatKind, UNBOUNDED};
use super::escape;
pub use super::source::{Source, Token};

pub const FLAG_TEMPLATE: u32 = 1;
pub const FLAG_IGNORECASE: u32 = 2;
pub const FLAG_LOCALE: u32 = 4;
pub const FLAG_MULTILINE: u32 = 8;
pub const FLAG_DOTALL: u32 = 16;
pub const FLAG_UNICODE: u32 = 32;
pub const FLAG_VERBOSE: u32 = 64;
pub const FLAG_DEBUG: u32 = 128;
pub const FLAG_ASCII: u32 = 256;

/// Deepest group nesting accepted; CPython's recursive parser raises
/// `RecursionError` at about this depth.
const MAX_DEPTH: usize = 490;

/// Which Python exception a parse failure becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// `re.error`.
    Re,
    Overflow,
    Recursion,
    Value,
    Index,
}

/// A failed parse: CPython's message and, for `re.error`, the position.
#[derive(Debug, Clone)]
pub struct ParseError {
    pub kind: ErrorKind,
    pub msg: String,
    pub pos: Option<usize>,
}

pub type PResult<T> = Result<T, ParseError>;

pub fn error_at(msg: impl Into<String>, pos: usize) -> ParseError {
    ParseError {
        kind: ErrorKind::Re,
        msg: msg.into(),
        pos: Some(pos),
    }
}

/// A successfully parsed pattern.
pub struct Parsed {
    pub node: Node,
    /// The final flags (with inline global flags and UNICODE added).
    pub flags: u32,
    /// Number of capturing groups.
    pub groups: usize,
    /// Group names with their numbers, in definition order.
    pub names: Vec<(String, usize)>,
}

/// Parser state shared by the whole pattern (CPython's `State`).
pub struct State {
    pub flags: u32,
    /// Width of each closed group (index 0 is the whole match).
    pub widths: Vec<Option<(usize, Option<usize>)>>,
    pub names: HashMap<String, usize>,
    pub name_order: Vec<(String, usize)>,
    /// Groups numbered at or above this are inside the current
    /// look-behind.
    pub lookbehind_groups: Option<usize>,
    group_ref_pos: Vec<(usize, usize)>,
    /// A look-behind that is not fixed-width (reported after the parse,
    /// as CPython's compiler does).
    pub width_error: bool,
    depth: usize,
}

impl State {
    /// Number of groups opened so far, plus one.
    pub fn groups(&self) -> usize {
        self.widths.len()
    }

    /// Is group `gid` defined and closed?
    pub fn check_group(&self, gid: usize) -> bool {
        gid < self.groups() && self.widths[gid].is_some()
    }

    pub fn check_lookbehind_group(&self, gid: usize, src: &Source) -> PResult<()> {
        if let Some(first) = self.lookbehind_groups {
            if !self.check_group(gid) {
                return Err(src.error("cannot refer to an open group", 0));
            }
            if gid >= first {
                return Err(src.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }

    fn open_group(&mut self, name: Option<&str>) -> Result<usize, String> {
        let gid = self.groups();
        if let Some(name) = name {
            if let Some(&old) = self.names.get(name) {
                return Err(format!(
                    "redefinition of group name {} as group {}; was group {}",
                    escape::py_repr(name),
                    gid,
                    old
                ));
            }
            self.names.insert(name.to_owned(), gid);
            self.name_order.push((name.to_owned(), gid));
        }
        self.widths.push(None);
        Ok(gid)
    }

    /// Flags in effect under local `(?flags:...)` additions and removals.
    pub fn effective(&self, local: (u32, u32)) -> u32 {
        (self.flags | local.0) & !local.1
    }
}

/// Parse `pattern` compiled with `flags`.
pub fn parse(pattern: &str, flags: u32) -> PResult<Parsed> {
    let mut src = Source::new(pattern)?;
    let mut st = State {
        flags,
        widths: vec![Some((0, None))],
        names: HashMap::new(),
        name_order: Vec::new(),
        lookbehind_groups: None,
        group_ref_pos: Vec::new(),
        width_error: false,
        depth: 0,
    };
    let node = parse_alt(&mut src, &mut st, flags & FLAG_VERBOSE != 0, 0, (0, 0))?;
    let flags = fix_flags(st.flags)?;
    if src.next.is_some() {
        return Err(src.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &st.group_ref_pos {
        if g >= st.groups() {
            return Err(error_at(format!("invalid group reference {}", g), pos));
        }
    }
    if st.width_error {
        return Err(ParseError {
            kind: ErrorKind::Re,
            msg: "look-behind requires fixed-width pattern".into(),
            pos: None,
        });
    }
    Ok(Parsed {
        node,
        flags,
        groups: st.groups() - 1,
        names: st.name_order,
    })
}

/// CPython's `fix_flags` for a str pattern.
fn fix_flags(flags: u32) -> PResult<u32> {
    let value_error = |msg: &str| ParseError {
        kind: ErrorKind::Value,
        msg: msg.into(),
        pos: None,
    };
    if flags & FLAG_LOCALE != 0 {
        return Err(value_error("cannot use LOCALE flag with a str pattern"));
    }
    if flags & FLAG_ASCII == 0 {
        Ok(flags | FLAG_UNICODE)
    } else if flags & FLAG_UNICODE != 0 {
        Err(value_error("ASCII and UNICODE flags are incompatible"))
    } else {
        Ok(flags)
    }
}

/// `a|b|c` (CPython's `_parse_sub`).
fn parse_alt(
    src: &mut Source,
    st: &mut State,
    mut verbose: bool,
    nested: usize,
    local: (u32, u32),
) -> PResult<Node> {
    let mut items = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse_seq(src, st, verbose, nested + 1, first, local)?);
        if !src.eat('|')? {
            break;
        }
        if nested == 0 {
            verbose = st.flags & FLAG_VERBOSE != 0;
        }
    }
    Ok(if items.len() == 1 {
        items.pop().unwrap_or(Node::Empty)
    } else {
        Node::Alt(items)
    })
}

/// What the last item of a sequence was, for quantifier errors.
#[derive(PartialEq, Eq, Clone, Copy)]
enum Last {
    Nothing,
    Assertion,
    Repeat,
    Other,
}

/// A sequence of items up to `|`, `)` or the end (CPython's `_parse`).
fn parse_seq(
    src: &mut Source,
    st: &mut State,
    mut verbose: bool,
    nested: usize,
    first: bool,
    local: (u32, u32),
) -> PResult<Node> {
    let mut items: Vec<Node> = Vec::new();
    let mut last = Last::Nothing;
    while let Some(tok) = src.next {
        if tok.is('|') || tok.is(')') {
            break;
        }
        src.advance()?;
        if verbose && !tok.escaped {
            if matches!(tok.c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                continue;
            }
            if tok.c == '#' {
                while let Some(t) = src.get()? {
                    if t.is('\n') {
                        break;
                    }
                }
                continue;
            }
        }
        let flags = st.effective(local);
        if tok.escaped {
            let node = escape::escape(src, st, tok, flags)?;
            last = if matches!(node, Node::At(_)) {
                Last::Assertion
            } else {
                Last::Other
            };
            items.push(node);
            continue;
        }
        match tok.c {
            '[' => {
                items.push(escape::parse_set(src, flags)?);
                last = Last::Other;
            }
            '*' | '+' | '?' | '{' => {
                let here = src.tell();
                let (min, max) = match tok.c {
                    '?' => (0, 1),
                    '*' => (0, UNBOUNDED),
                    '+' => (1, UNBOUNDED),
                    _ => match parse_braces(src, here)? {
                        Some(r) => r,
                        None => {
                            items.push(literal('{', flags));
                            last = Last::Other;
                            continue;
                        }
                    },
                };
                let at = here - tok.len();
                let pos_err = |msg: &str| error_at(msg, at);
                match last {
                    Last::Nothing | Last::Assertion => return Err(pos_err("nothing to repeat")),
                    Last::Repeat => return Err(pos_err("multiple repeat")),
                    Last::Other => {}
                }
                let kind = if src.eat('?')? {
                    RepeatKind::Lazy
                } else if src.eat('+')? {
                    RepeatKind::Possessive
                } else {
                    RepeatKind::Greedy
                };
                let node = items.pop().unwrap_or(Node::Empty);
                items.push(Node::Repeat {
                    min,
                    max,
                    kind,
                    node: Box::new(node),
                });
                last = Last::Repeat;
            }
            '.' => {
                items.push(Node::Any {
                    dotall: flags & FLAG_DOTALL != 0,
                });
                last = Last::Other;
            }
            '(' => {
                let start = src.tell() - 1;
                st.depth += 1;
                if st.depth > MAX_DEPTH {
                    return Err(ParseError {
                        kind: ErrorKind::Recursion,
                        msg: "maximum recursion depth exceeded".into(),
                        pos: None,
                    });
                }
                let got = parse_paren(src, st, &mut verbose, nested, local, start)?;
                st.depth -= 1;
                match got {
                    Paren::Item(node) => {
                        items.push(node);
                        last = Last::Other;
                    }
                    Paren::Nothing => {}
                    Paren::GlobalFlags => {
                        if !first || !items.is_empty() {
                            return Err(error_at(
                                "global flags not at the start of the expression",
                                start,
                            ));
                        }
                        verbose = st.flags & FLAG_VERBOSE != 0;
                    }
                }
            }
            '^' => {
                items.push(Node::At(if flags & FLAG_MULTILINE != 0 {
                    At::LineStart
                } else {
                    At::Start
                }));
                last = Last::Assertion;
            }
            '$' => {
                items.push(Node::At(if flags & FLAG_MULTILINE != 0 {
                    At::LineEnd
                } else {
                    At::End
                }));
                last = Last::Assertion;
            }
            c => {
                items.push(literal(c, flags));
                last = Last::Other;
            }
        }
    }
    Ok(match items.len() {
        0 => Node::Empty,
        1 => items.pop().unwrap_or(Node::Empty),
        _ => Node::Cat(items),
    })
}

/// A literal character under `flags`.
pub fn literal(c: char, flags: u32) -> Node {
    let ascii = flags & FLAG_ASCII != 0;
    let fold = flags & FLAG_IGNORECASE != 0;
    Node::Char {
        c: if fold {
            super::charset::fold(c, ascii)
        } else {
            c
        },
        fold,
        ascii,
    }
}

/// `{m,n}` after the `{`: `None` when it is not a valid quantifier (then
/// the `{` is a literal and parsing resumes right after it).
fn parse_braces(src: &mut Source, here: usize) -> PResult<Option<(u32, u32)>> {
    if src.peek_is('}') {
        return Ok(None);
    }
    let digit = |c: char| c.is_ascii_digit();
    let lo = src.get_while(usize::MAX, digit)?;
    let hi = if src.eat(',')? {
        src.get_while(usize::MAX, digit)?
    } else {
        lo.clone()
    };
    if !src.eat('}')? {
        src.seek(here)?;
        return Ok(None);
    }
    let number = |s: &str| -> PResult<u32> {
        match s.parse::<u64>() {
            Ok(n) if n < UNBOUNDED as u64 => Ok(n as u32),
            _ => Err(ParseError {
                kind: ErrorKind::Overflow,
                msg: "the repetition number is too large".into(),
                pos: None,
            }),
        }
    };
    let min = if lo.is_empty() { 0 } else { number(&lo)? };
    let max = if hi.is_empty() {
        UNBOUNDED
    } else {
        number(&hi)?
    };
    if max < min {
        return Err(error_at("min repeat greater than max repeat", here));
    }
    Ok(Some((min, max)))
}

enum Paren {
    Item(Node),
    /// A comment.
    Nothing,
    /// `(?flags)` for the whole pattern.
    GlobalFlags,
}

/// Everything that starts with `(`.
fn parse_paren(
    src: &mut Source,
    st: &mut State,
    verbose: &mut bool,
    nested: usize,
    local: (u32, u32),
    start: usize,
) -> PResult<Paren> {
    let unterminated =
        |src: &Source| error_at("missing ), unterminated subpattern", start.min(src.tell()));
    let mut name = None;
    let mut capture = true;
    let mut atomic = false;
    let mut sub_local = local;
    if src.eat('?')? {
        let Some(ch) = src.get()? else {
            return Err(src.error("unexpected end of pattern", 0));
        };
        match (ch.escaped, ch.c) {
            (false, 'P') => {
                if src.eat('<')? {
                    let n = src.get_until('>', "group name")?;
                    escape::check_group_name(src, &n, 1)?;
                    name = Some(n);
                } else if src.eat('=')? {
                    let n = src.get_until(')', "group name")?;
                    escape::check_group_name(src, &n, 1)?;
                    let offset = n.chars().count() + 1;
                    let Some(&gid) = st.names.get(&n) else {
                        return Err(src.error(
                            format!("unknown group name {}", escape::py_repr(&n)),
                            offset,
                        ));
                    };
                    if !st.check_group(gid) {
                        return Err(src.error("cannot refer to an open group", offset));
                    }
                    st.check_lookbehind_group(gid, src)?;
                    return Ok(Paren::Item(escape::backref(gid, st.effective(local))));
                } else {
                    let Some(c) = src.get()? else {
                        return Err(src.error("unexpected end of pattern", 0));
                    };
                    return Err(src.error(format!("unknown extension ?P{}", c.text()), c.len() + 2));
                }
            }
            (false, ':') => capture = false,
            (false, '#') => loop {
                if src.next.is_none() {
                    return Err(error_at("missing ), unterminated comment", start));
                }
                if src.get()?.is_some_and(|t| t.is(')')) {
                    return Ok(Paren::Nothing);
                }
            },
            (false, '=' | '!' | '<') => {
                let mut kind = ch;
                let behind = ch.is('<');
                let saved = st.lookbehind_groups;
                if behind {
                    let Some(c) = src.get()? else {
                        return Err(src.error("unexpected end of pattern", 0));
                    };
                    if !(c.is('=') || c.is('!')) {
                        return Err(
                            src.error(format!("unknown extension ?<{}", c.text()), c.len() + 2)
                        );
                    }
                    kind = c;
                    if saved.is_none() {
                        st.lookbehind_groups = Some(st.groups());
                    }
                }
                let node = parse_alt(src, st, *verbose, nested + 1, local)?;
                if behind {
                    st.lookbehind_groups = saved;
                    let widths: Vec<_> = st.widths.iter().map(|w| w.unwrap_or((0, None))).collect();
                    let (lo, hi) = node.width(&widths);
                    if hi != Some(lo) {
                        st.width_error = true;
                    }
                }
                if !src.eat(')')? {
                    return Err(unterminated(src));
                }
                return Ok(Paren::Item(Node::Look {
                    behind,
                    negate: kind.is('!'),
                    node: Box::new(node),
                }));
            }
            (false, '(') => {
                return escape::conditional(src, st, *verbose, nested, local, start)
                    .map(Paren::Item)
            }
            (false, '>') => {
                capture = false;
                atomic = true;
            }
            (false, c) if escape::is_flag(c) || c == '-' => {
                match escape::parse_flags(src, st, c)? {
                    None => return Ok(Paren::GlobalFlags),
                    Some((add, del)) => {
                        sub_local = ((local.0 | add) & !del, (local.1 | del) & !add);
                        capture = false;
                    }
                }
            }
            _ => return Err(src.error(format!("unknown extension ?{}", ch.text()), ch.len() + 1)),
        }
    }
    let group = if capture {
        match st.open_group(name.as_deref()) {
            Ok(g) => Some(g),
            Err(msg) => {
                let n = name.as_deref().map_or(0, |n| n.chars().count());
                return Err(src.error(msg, n + 1));
            }
        }
    } else {
        None
    };
    let sub_verbose =
        (*verbose || sub_local.0 & FLAG_VERBOSE != 0) && sub_local.1 & FLAG_VERBOSE == 0;
    let node = parse_alt(src, st, sub_verbose, nested + 1, sub_local)?;
    if !src.eat(')')? {
        return Err(unterminated(src));
    }
    Ok(Paren::Item(match group {
        Some(g) => {
            let widths: Vec<_> = st.widths.iter().map(|w| w.unwrap_or((0, None))).collect();
            let w = node.width(&widths);
            if let Some(slot) = st.widths.get_mut(g) {
                *slot = Some(w);
            }
            Node::Group(g, Box::new(node))
        }
        None if atomic => Node::Atomic(Box::new(node)),
        None => node,
    }))
}

/// Record where a conditional refers to group `g` (checked at the end).
pub fn note_group_ref(st: &mut State, g: usize, pos: usize) {
    if !st.group_ref_pos.iter().any(|&(x, _)| x == g) {
        st.group_ref_pos.push((g, pos));
    }
}

/// Parse a sequence inside a conditional (shared with `escape.rs`).
pub fn parse_branch(
    src: &mut Source,
    st: &mut State,
    verbose: bool,
    nested: usize,
    local: (u32, u32),
) -> PResult<Node> {
    parse_seq(src, st, verbose, nested + 1, false, local)
}
