//! The parsed form of a regular expression. Flags in effect where each
//! piece was written (IGNORECASE, MULTILINE, DOTALL, ASCII) are already
//! folded into the leaves, so compiling needs no flag state.
//!
//! Owns the node types and the width computation used by look-behind.

use super::charset::CharSet;

/// Upper bound of an unbounded repeat (CPython's `MAXREPEAT` is larger;
/// nothing can repeat more often than a string has characters).
pub const UNBOUNDED: u32 = u32::MAX;

/// Zero-width assertions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// `^` without MULTILINE, `\A`.
    Start,
    /// `^` with MULTILINE.
    LineStart,
    /// `$` without MULTILINE: the end or before a final newline.
    End,
    /// `$` with MULTILINE.
    LineEnd,
    /// `\Z`.
    StringEnd,
    /// `\b` (`true`: ASCII flag).
    Boundary(bool),
    /// `\B`.
    NotBoundary(bool),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Debug)]
pub enum Node {
    Empty,
    /// A literal character (`fold`: compare case-insensitively; the
    /// character is stored folded).
    Char {
        c: char,
        fold: bool,
        ascii: bool,
    },
    /// `.` (`dotall`: also matches a newline).
    Any {
        dotall: bool,
    },
    Set(Box<CharSet>),
    Cat(Vec<Node>),
    Alt(Vec<Node>),
    /// A capturing group.
    Group(usize, Box<Node>),
    Repeat {
        min: u32,
        max: u32,
        kind: RepeatKind,
        node: Box<Node>,
    },
    At(At),
    Backref {
        group: usize,
        fold: bool,
        ascii: bool,
    },
    Look {
        behind: bool,
        negate: bool,
        node: Box<Node>,
    },
    Atomic(Box<Node>),
    /// `(?(group)yes|no)`.
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

impl Node {
    /// (minimum, maximum) number of characters the node can match, `None`
    /// for no limit; `group_widths[i]` is the width of group `i`.
    pub fn width(&self, group_widths: &[(usize, Option<usize>)]) -> (usize, Option<usize>) {
        match self {
            Node::Empty | Node::At(_) | Node::Look { .. } => (0, Some(0)),
            Node::Char { .. } | Node::Any { .. } | Node::Set(_) => (1, Some(1)),
            Node::Cat(items) => items.iter().fold((0, Some(0)), |(lo, hi), n| {
                let (a, b) = n.width(group_widths);
                (
                    lo.saturating_add(a),
                    hi.zip(b).and_then(|(x, y)| x.checked_add(y)),
                )
            }),
            Node::Alt(items) => {
                let mut lo = usize::MAX;
                let mut hi = Some(0);
                for n in items {
                    let (a, b) = n.width(group_widths);
                    lo = lo.min(a);
                    hi = hi.zip(b).map(|(x, y)| x.max(y));
                }
                (if items.is_empty() { 0 } else { lo }, hi)
            }
            Node::Group(_, n) | Node::Atomic(n) => n.width(group_widths),
            Node::Repeat { min, max, node, .. } => {
                let (a, b) = node.width(group_widths);
                let lo = a.saturating_mul(*min as usize);
                let hi = if *max == UNBOUNDED {
                    if b == Some(0) {
                        Some(0)
                    } else {
                        None
                    }
                } else {
                    b.and_then(|b| b.checked_mul(*max as usize))
                };
                (lo, hi)
            }
            Node::Backref { group, .. } => group_widths.get(*group).copied().unwrap_or((0, None)),
            Node::Cond { yes, no, .. } => {
                let (a, b) = yes.width(group_widths);
                let (c, d) = no.width(group_widths);
                (a.min(c), b.zip(d).map(|(x, y)| x.max(y)))
            }
        }
    }
}
