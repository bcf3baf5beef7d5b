//! Compiling a parsed pattern into a program for the backtracking matcher
//! (`exec.rs`). Look-arounds and atomic groups become sub-programs that
//! the matcher runs on their own (they never backtrack into the caller).
//!
//! Owns the instruction set and code layout.

use super::ast::{At, Node, RepeatKind};
use super::charset::CharSet;

/// An instruction that consumes exactly one character.
#[derive(Debug, Clone)]
pub enum One {
    Char(char),
    /// Compare the character's fold with this (already folded) one.
    CharFold {
        c: char,
        ascii: bool,
    },
    /// `.` without DOTALL.
    AnyButNewline,
    Any,
    Set(Box<CharSet>),
}

#[derive(Debug, Clone)]
pub enum Inst {
    One(One),
    /// `single` repeated `min..=max` times without captures inside: one
    /// backtracking entry for the whole run.
    RepeatOne {
        single: One,
        min: u32,
        max: u32,
        greedy: bool,
    },
    At(At),
    /// Record the position in capture slot `n` (`2g` start, `2g+1` end).
    Save(usize),
    /// Try `.0` first, then `.1`.
    Split(usize, usize),
    Jmp(usize),
    Backref {
        group: usize,
        fold: bool,
        ascii: bool,
    },
    /// Run the sub-program at `start` here (`behind`: that many characters
    /// back), succeeding when it matches (fails, if `negate`).
    Look {
        start: usize,
        behind: Option<usize>,
        negate: bool,
    },
    /// Run the sub-program at `start` and continue after its match without
    /// keeping its alternatives.
    Atomic {
        start: usize,
    },
    /// Continue if group `group` has matched, else jump to `no`.
    IfGroup {
        group: usize,
        no: usize,
    },
    /// Start a counted loop: reset counter `reg`.
    RepInit {
        reg: usize,
    },
    /// Loop head: decide between another iteration (`pc + 1`) and `exit`.
    RepLoop {
        reg: usize,
        min: u32,
        max: u32,
        greedy: bool,
        exit: usize,
    },
    /// Iteration start: remember where it began.
    RepBody {
        reg: usize,
    },
    /// Iteration end: count it and go back to `head` (or leave when the
    /// iteration matched nothing, as sre does).
    RepEnd {
        reg: usize,
        head: usize,
    },
    /// The whole pattern matched.
    Match,
    /// A sub-program matched.
    SubMatch,
}

#[derive(Debug)]
pub struct Program {
    pub insts: Vec<Inst>,
    /// Number of capture slots (two per group, group 0 included).
    pub slots: usize,
    /// Number of loop counters.
    pub regs: usize,
    /// The pattern can only match at position 0 (starts with `\A`/`^`).
    pub anchored: bool,
    /// A test every match's first character passes, when known.
    pub first: Option<One>,
}

struct Compiler {
    insts: Vec<Inst>,
    regs: usize,
    /// Sub-programs waiting to be laid out: (patch index, node).
    pending: Vec<(usize, Node)>,
    group_widths: Vec<(usize, Option<usize>)>,
}

/// Compile `node` (a pattern with `groups` groups).
pub fn compile(node: Node, groups: usize) -> Program {
    let anchored = starts_anchored(&node);
    let first = first_char(&node);
    let mut c = Compiler {
        insts: Vec::new(),
        regs: 0,
        pending: Vec::new(),
        group_widths: vec![(0, None); groups + 1],
    };
    collect_widths(&node, &mut c.group_widths);
    c.insts.push(Inst::Save(0));
    c.emit(&node);
    c.insts.push(Inst::Save(1));
    c.insts.push(Inst::Match);
    while let Some((at, sub)) = c.pending.pop() {
        let start = c.insts.len();
        c.emit(&sub);
        c.insts.push(Inst::SubMatch);
        match &mut c.insts[at] {
            Inst::Look { start: s, .. } | Inst::Atomic { start: s } => *s = start,
            _ => {}
        }
    }
    Program {
        insts: c.insts,
        slots: 2 * (groups + 1),
        regs: c.regs,
        anchored,
        first,
    }
}

fn collect_widths(node: &Node, out: &mut Vec<(usize, Option<usize>)>) {
    match node {
        Node::Group(g, inner) => {
            collect_widths(inner, out);
            let w = inner.width(out);
            if let Some(slot) = out.get_mut(*g) {
                *slot = w;
            }
        }
        Node::Cat(items) | Node::Alt(items) => items.iter().for_each(|n| collect_widths(n, out)),
        Node::Repeat { node, .. } | Node::Look { node, .. } | Node::Atomic(node) => {
            collect_widths(node, out)
        }
        Node::Cond { yes, no, .. } => {
            collect_widths(yes, out);
            collect_widths(no, out);
        }
        _ => {}
    }
}

fn starts_anchored(node: &Node) -> bool {
    match node {
        Node::At(At::Start) => true,
        Node::Cat(items) => items.first().is_some_and(starts_anchored),
        Node::Group(_, n) | Node::Atomic(n) => starts_anchored(n),
        Node::Alt(items) => !items.is_empty() && items.iter().all(starts_anchored),
        _ => false,
    }
}

fn first_char(node: &Node) -> Option<One> {
    match node {
        Node::Char { .. } | Node::Set(_) => single(node),
        Node::Cat(items) => items.first().and_then(first_char),
        Node::Group(_, n) | Node::Atomic(n) => first_char(n),
        Node::Repeat { min, node, .. } if *min > 0 => first_char(node),
        _ => None,
    }
}

fn single(node: &Node) -> Option<One> {
    Some(match node {
        Node::Char { c, fold, ascii } => {
            if *fold {
                One::CharFold {
                    c: *c,
                    ascii: *ascii,
                }
            } else {
                One::Char(*c)
            }
        }
        Node::Any { dotall: true } => One::Any,
        Node::Any { dotall: false } => One::AnyButNewline,
        Node::Set(set) => One::Set(set.clone()),
        _ => return None,
    })
}

impl Compiler {
    fn pc(&self) -> usize {
        self.insts.len()
    }

    fn emit(&mut self, node: &Node) {
        match node {
            Node::Empty => {}
            Node::Char { .. } | Node::Any { .. } | Node::Set(_) => {
                if let Some(one) = single(node) {
                    self.insts.push(Inst::One(one));
                }
            }
            Node::Cat(items) => items.iter().for_each(|n| self.emit(n)),
            Node::Alt(items) => self.emit_alt(items),
            Node::Group(g, inner) => {
                self.insts.push(Inst::Save(2 * g));
                self.emit(inner);
                self.insts.push(Inst::Save(2 * g + 1));
            }
            Node::Repeat {
                min,
                max,
                kind,
                node,
            } => {
                if *kind == RepeatKind::Possessive {
                    let inner = Node::Repeat {
                        min: *min,
                        max: *max,
                        kind: RepeatKind::Greedy,
                        node: node.clone(),
                    };
                    self.emit_sub(Inst::Atomic { start: 0 }, inner);
                } else {
                    self.emit_repeat(*min, *max, *kind == RepeatKind::Greedy, node);
                }
            }
            Node::At(at) => self.insts.push(Inst::At(*at)),
            Node::Backref { group, fold, ascii } => self.insts.push(Inst::Backref {
                group: *group,
                fold: *fold,
                ascii: *ascii,
            }),
            Node::Look {
                behind,
                negate,
                node,
            } => {
                let behind = behind.then(|| node.width(&self.group_widths).0);
                self.emit_sub(
                    Inst::Look {
                        start: 0,
                        behind,
                        negate: *negate,
                    },
                    (**node).clone(),
                );
            }
            Node::Atomic(inner) => self.emit_sub(Inst::Atomic { start: 0 }, (**inner).clone()),
            Node::Cond { group, yes, no } => {
                let test = self.pc();
                self.insts.push(Inst::IfGroup {
                    group: *group,
                    no: 0,
                });
                self.emit(yes);
                let jump = self.pc();
                self.insts.push(Inst::Jmp(0));
                let no_pc = self.pc();
                self.emit(no);
                let end = self.pc();
                self.insts[test] = Inst::IfGroup {
                    group: *group,
                    no: no_pc,
                };
                self.insts[jump] = Inst::Jmp(end);
            }
        }
    }

    fn emit_sub(&mut self, inst: Inst, node: Node) {
        let at = self.pc();
        self.insts.push(inst);
        self.pending.push((at, node));
    }

    fn emit_alt(&mut self, items: &[Node]) {
        let mut jumps = Vec::new();
        for (i, item) in items.iter().enumerate() {
            if i + 1 < items.len() {
                let split = self.pc();
                self.insts.push(Inst::Split(0, 0));
                self.emit(item);
                jumps.push(self.pc());
                self.insts.push(Inst::Jmp(0));
                let next = self.pc();
                self.insts[split] = Inst::Split(split + 1, next);
            } else {
                self.emit(item);
            }
        }
        let end = self.pc();
        for j in jumps {
            self.insts[j] = Inst::Jmp(end);
        }
    }

    fn emit_repeat(&mut self, min: u32, max: u32, greedy: bool, node: &Node) {
        if max == 0 {
            return;
        }
        if let Some(one) = single(node) {
            self.insts.push(Inst::RepeatOne {
                single: one,
                min,
                max,
                greedy,
            });
            return;
        }
        if min == 1 && max == 1 {
            self.emit(node);
            return;
        }
        if min == 0 && max == 1 {
            let split = self.pc();
            self.insts.push(Inst::Split(0, 0));
            self.emit(node);
            let end = self.pc();
            self.insts[split] = if greedy {
                Inst::Split(split + 1, end)
            } else {
                Inst::Split(end, split + 1)
            };
            return;
        }
        let reg = self.regs;
        self.regs += 1;
        self.insts.push(Inst::RepInit { reg });
        let head = self.pc();
        self.insts.push(Inst::RepLoop {
            reg,
            min,
            max,
            greedy,
            exit: 0,
        });
        self.insts.push(Inst::RepBody { reg });
        self.emit(node);
        self.insts.push(Inst::RepEnd { reg, head });
        let exit = self.pc();
        self.insts[head] = Inst::RepLoop {
            reg,
            min,
            max,
            greedy,
            exit,
        };
    }
}
