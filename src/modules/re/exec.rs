//! The backtracking matcher: runs a compiled [`Program`] over a subject
//! string with Python's `re` semantics (leftmost match, ordered
//! alternatives, greedy/lazy repeats, `pos`/`endpos`, sre's rule that an
//! empty match right after an empty match must advance).
//!
//! Backtracking uses an explicit stack (never the Rust stack), so long
//! subjects cannot overflow it; only look-arounds and atomic groups
//! recurse, as deep as they are nested in the pattern. Positions are
//! code-point indices.

use super::ast::{At, UNBOUNDED};
use super::charset::{fold, is_word};
use super::compile::{Inst, One, Program};

/// "No position" in a capture slot.
pub const NONE: usize = usize::MAX;

/// The subject: indexable by code point.
pub trait Text {
    fn len(&self) -> usize;
    fn at(&self, i: usize) -> char;
    /// Append the characters `a..b` to `out`.
    fn push_to(&self, out: &mut String, a: usize, b: usize);
}

/// An ASCII str: one byte per code point.
pub struct Ascii<'a>(pub &'a str);

/// Any other str, decoded.
pub struct Chars<'a>(pub &'a [char]);

impl Text for Ascii<'_> {
    #[inline]
    fn len(&self) -> usize {
        self.0.len()
    }
    #[inline]
    fn at(&self, i: usize) -> char {
        self.0.as_bytes()[i] as char
    }
    fn push_to(&self, out: &mut String, a: usize, b: usize) {
        out.push_str(self.0.get(a..b).unwrap_or(""));
    }
}

impl Text for Chars<'_> {
    #[inline]
    fn len(&self) -> usize {
        self.0.len()
    }
    #[inline]
    fn at(&self, i: usize) -> char {
        self.0[i]
    }
    fn push_to(&self, out: &mut String, a: usize, b: usize) {
        out.extend(self.0.get(a..b).unwrap_or(&[]));
    }
}

/// The result of a successful match (borrowed from the matcher).
pub struct Captures<'m> {
    /// Start and end of each group (`NONE` when it did not take part).
    pub slots: &'m [usize],
    /// The last group closed (0: none), for `Match.lastindex`.
    pub lastindex: usize,
}

enum Frame {
    /// Resume at `pc` with `pos`.
    Alt {
        pc: usize,
        pos: usize,
    },
    Slot {
        slot: usize,
        old: usize,
    },
    Last {
        old: usize,
    },
    Reg {
        reg: usize,
        count: u32,
        start: usize,
    },
    /// A greedy single-character run that may give back characters down
    /// to `min_pos`; it currently ends at `pos`; `pc` is its continuation.
    Greedy {
        pc: usize,
        min_pos: usize,
        pos: usize,
    },
    /// A lazy run at `pc` (the repeat itself) that may take one more
    /// character at `pos`, having taken `count`.
    Lazy {
        pc: usize,
        pos: usize,
        count: u32,
    },
}

/// How a match attempt is anchored.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `match`: at `pos` only.
    Match,
    /// `fullmatch`: at `pos`, ending at `endpos`.
    Full,
    /// `search`: leftmost position from `pos`.
    Search,
}

pub struct Matcher<'p, 't, T: Text> {
    prog: &'p Program,
    text: &'t T,
    /// `endpos`: the subject ends here for every purpose.
    end: usize,
    slots: Vec<usize>,
    regs: Vec<(u32, usize)>,
    lastindex: usize,
    stack: Vec<Frame>,
    full: bool,
    /// Reject an empty match at `attempt` (after an empty match there).
    must_advance: bool,
    attempt: usize,
}

impl<'p, 't, T: Text> Matcher<'p, 't, T> {
    pub fn new(prog: &'p Program, text: &'t T, end: usize) -> Self {
        Matcher {
            prog,
            text,
            end: end.min(text.len()),
            slots: vec![NONE; prog.slots],
            regs: vec![(0, NONE); prog.regs],
            lastindex: 0,
            stack: Vec::new(),
            full: false,
            must_advance: false,
            attempt: 0,
        }
    }

    /// The first match from `pos` in `mode`.
    pub fn find(&mut self, pos: usize, mode: Mode, must_advance: bool) -> Option<Captures<'_>> {
        if pos > self.end {
            return None;
        }
        self.full = mode == Mode::Full;
        let last = if mode == Mode::Search { self.end } else { pos };
        for start in pos..=last {
            if self.prog.anchored && start != 0 {
                return None;
            }
            if mode == Mode::Search {
                if let Some(first) = &self.prog.first {
                    if !self.test(first, start) {
                        continue;
                    }
                }
            }
            self.must_advance = must_advance && start == pos;
            self.attempt = start;
            self.slots.iter_mut().for_each(|s| *s = NONE);
            self.lastindex = 0;
            self.stack.clear();
            if self.run(0, start).is_some() {
                return Some(Captures {
                    slots: &self.slots,
                    lastindex: self.lastindex,
                });
            }
        }
        None
    }

    #[inline]
    fn test(&self, one: &One, pos: usize) -> bool {
        if pos >= self.end {
            return false;
        }
        let c = self.text.at(pos);
        match one {
            One::Char(x) => c == *x,
            One::CharFold { c: x, ascii } => c == *x || fold(c, *ascii) == *x,
            One::AnyButNewline => c != '\n',
            One::Any => true,
            One::Set(set) => set.contains(c),
        }
    }

    fn at(&self, at: At, pos: usize) -> bool {
        let end = self.end;
        let nl = |i: usize| self.text.at(i) == '\n';
        match at {
            At::Start => pos == 0,
            At::LineStart => pos == 0 || (pos <= end && nl(pos - 1)),
            At::End => pos == end || (pos + 1 == end && nl(pos)),
            At::LineEnd => pos == end || (pos < end && nl(pos)),
            At::StringEnd => pos == end,
            At::Boundary(ascii) | At::NotBoundary(ascii) => {
                if end == 0 {
                    return false;
                }
                let before = pos > 0 && pos <= end && is_word(self.text.at(pos - 1), ascii);
                let after = pos < end && is_word(self.text.at(pos), ascii);
                (before != after) == matches!(at, At::Boundary(_))
            }
        }
    }

    fn set_slot(&mut self, slot: usize, pos: usize) {
        self.stack.push(Frame::Slot {
            slot,
            old: self.slots[slot],
        });
        self.slots[slot] = pos;
        if slot > 1 && slot % 2 == 1 {
            self.stack.push(Frame::Last {
                old: self.lastindex,
            });
            self.lastindex = slot / 2;
        }
    }

    fn set_reg(&mut self, reg: usize, value: (u32, usize)) {
        let (count, start) = self.regs[reg];
        self.stack.push(Frame::Reg { reg, count, start });
        self.regs[reg] = value;
    }

    fn backref(&self, group: usize, pos: usize, fold_case: bool, ascii: bool) -> Option<usize> {
        let (s, e) = (self.slots[2 * group], self.slots[2 * group + 1]);
        if s == NONE || e == NONE || e < s {
            return None;
        }
        let len = e - s;
        if pos + len > self.end {
            return None;
        }
        for i in 0..len {
            let (a, b) = (self.text.at(s + i), self.text.at(pos + i));
            if a != b && !(fold_case && fold(a, ascii) == fold(b, ascii)) {
                return None;
            }
        }
        Some(pos + len)
    }

    /// Run a sub-program at `pos`; on success its undo entries stay on the
    /// stack (its alternatives are dropped) unless `discard`.
    fn sub_run(&mut self, start: usize, pos: usize, discard: bool) -> Option<usize> {
        let base = self.stack.len();
        let end = self.run(start, pos)?;
        let frames = self.stack.split_off(base);
        if discard {
            for f in frames.into_iter().rev() {
                self.undo(f);
            }
        } else {
            self.stack.extend(frames.into_iter().filter(|f| {
                matches!(
                    f,
                    Frame::Slot { .. } | Frame::Last { .. } | Frame::Reg { .. }
                )
            }));
        }
        Some(end)
    }

    fn undo(&mut self, f: Frame) {
        match f {
            Frame::Slot { slot, old } => self.slots[slot] = old,
            Frame::Last { old } => self.lastindex = old,
            Frame::Reg { reg, count, start } => self.regs[reg] = (count, start),
            _ => {}
        }
    }

    /// Pop the stack down to `base` until an alternative is found.
    fn backtrack(&mut self, base: usize) -> Option<(usize, usize)> {
        while self.stack.len() > base {
            let Some(frame) = self.stack.pop() else { break };
            match frame {
                Frame::Alt { pc, pos } => return Some((pc, pos)),
                Frame::Greedy { pc, min_pos, pos } => {
                    let mut p = pos - 1;
                    // Skip positions where the next literal cannot match.
                    if let Some(Inst::One(One::Char(c))) = self.prog.insts.get(pc) {
                        while p > min_pos && (p >= self.end || self.text.at(p) != *c) {
                            p -= 1;
                        }
                    }
                    if p > min_pos {
                        self.stack.push(Frame::Greedy {
                            pc,
                            min_pos,
                            pos: p,
                        });
                    }
                    return Some((pc, p));
                }
                Frame::Lazy { pc, pos, count } => {
                    let Some(Inst::RepeatOne { single, max, .. }) = self.prog.insts.get(pc) else {
                        continue;
                    };
                    if count < *max && self.test(single, pos) {
                        if count + 1 < *max {
                            self.stack.push(Frame::Lazy {
                                pc,
                                pos: pos + 1,
                                count: count + 1,
                            });
                        }
                        return Some((pc + 1, pos + 1));
                    }
                }
                other => self.undo(other),
            }
        }
        None
    }

    /// Run from `pc` at `pos` until `Match`/`SubMatch` (the end position)
    /// or until every alternative above the current stack height failed.
    fn run(&mut self, mut pc: usize, mut pos: usize) -> Option<usize> {
        let base = self.stack.len();
        let prog = self.prog;
        loop {
            let ok = match &prog.insts[pc] {
                Inst::One(one) => {
                    let ok = self.test(one, pos);
                    pos += 1;
                    pc += 1;
                    ok
                }
                Inst::RepeatOne {
                    single,
                    min,
                    max,
                    greedy,
                } => self.repeat_one(single, *min, *max, *greedy, &mut pc, &mut pos),
                Inst::At(at) => {
                    pc += 1;
                    self.at(*at, pos)
                }
                Inst::Save(slot) => {
                    self.set_slot(*slot, pos);
                    pc += 1;
                    true
                }
                Inst::Split(a, b) => {
                    self.stack.push(Frame::Alt { pc: *b, pos });
                    pc = *a;
                    true
                }
                Inst::Jmp(t) => {
                    pc = *t;
                    true
                }
                Inst::Backref { group, fold, ascii } => {
                    pc += 1;
                    match self.backref(*group, pos, *fold, *ascii) {
                        Some(p) => {
                            pos = p;
                            true
                        }
                        None => false,
                    }
                }
                Inst::Look {
                    start,
                    behind,
                    negate,
                } => {
                    pc += 1;
                    let at = match behind {
                        Some(w) => pos.checked_sub(*w),
                        None => Some(pos),
                    };
                    let found = at
                        .and_then(|at| self.sub_run(*start, at, *negate))
                        .is_some();
                    found != *negate
                }
                Inst::Atomic { start } => {
                    pc += 1;
                    match self.sub_run(*start, pos, false) {
                        Some(p) => {
                            pos = p;
                            true
                        }
                        None => false,
                    }
                }
                Inst::IfGroup { group, no } => {
                    let matched = self.slots[2 * group + 1] != NONE;
                    pc = if matched { pc + 1 } else { *no };
                    true
                }
                Inst::RepInit { reg } => {
                    self.set_reg(*reg, (0, NONE));
                    pc += 1;
                    true
                }
                Inst::RepLoop {
                    reg,
                    min,
                    max,
                    greedy,
                    exit,
                } => {
                    let count = self.regs[*reg].0;
                    if count < *min {
                        pc += 1;
                    } else if count >= *max && *max != UNBOUNDED {
                        pc = *exit;
                    } else if *greedy {
                        self.stack.push(Frame::Alt { pc: *exit, pos });
                        pc += 1;
                    } else {
                        self.stack.push(Frame::Alt { pc: pc + 1, pos });
                        pc = *exit;
                    }
                    true
                }
                Inst::RepBody { reg } => {
                    let count = self.regs[*reg].0;
                    self.set_reg(*reg, (count, pos));
                    pc += 1;
                    true
                }
                Inst::RepEnd { reg, head } => {
                    let (count, start) = self.regs[*reg];
                    self.set_reg(*reg, (count.saturating_add(1), start));
                    pc = if pos == start { pc + 1 } else { *head };
                    true
                }
                Inst::Match => {
                    let bad = (self.full && pos != self.end)
                        || (self.must_advance && pos == self.attempt);
                    if !bad {
                        return Some(pos);
                    }
                    false
                }
                Inst::SubMatch => return Some(pos),
            };
            if !ok {
                let (p, q) = self.backtrack(base)?;
                pc = p;
                pos = q;
            }
        }
    }

    fn repeat_one(
        &mut self,
        single: &One,
        min: u32,
        max: u32,
        greedy: bool,
        pc: &mut usize,
        pos: &mut usize,
    ) -> bool {
        let start = *pos;
        let room = self.end.saturating_sub(start);
        let limit = (max as usize).min(room);
        if (min as usize) > room {
            return false;
        }
        if greedy {
            let mut n = 0;
            while n < limit && self.test(single, start + n) {
                n += 1;
            }
            if n < min as usize {
                return false;
            }
            if n > min as usize {
                self.stack.push(Frame::Greedy {
                    pc: *pc + 1,
                    min_pos: start + min as usize,
                    pos: start + n,
                });
            }
            *pos = start + n;
        } else {
            for i in 0..min as usize {
                if !self.test(single, start + i) {
                    return false;
                }
            }
            *pos = start + min as usize;
            if min < max {
                self.stack.push(Frame::Lazy {
                    pc: *pc,
                    pos: *pos,
                    count: min,
                });
            }
        }
        *pc += 1;
        true
    }
}
