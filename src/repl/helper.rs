//! The rustyline `Helper` for the REPL: completion (`complete.rs`),
//! colouring and bracket matching (`highlight.rs`), coloured prompts. No
//! hints; a line is always accepted as typed — whether a block is finished
//! is decided by the loop in `mod.rs` with `input_completeness`, one line
//! at a time, so every continuation line shows its `... ` prompt.

use std::borrow::Cow;
use std::cell::Cell;

use rustyline::completion::Completer;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};

use crate::Interpreter;

/// Prompt colour: CPython 3.13's bold magenta.
const PROMPT: &str = "\x1b[1;35m";

pub struct ReplHelper<'a> {
    pub interp: &'a Interpreter,
    /// Emit ANSI colours at all (a terminal, and `NO_COLOR` unset).
    pub color: bool,
    /// Show the bracket matching the cursor's (off for the final refresh,
    /// so accepted lines are not left with a highlighted bracket).
    show_bracket: Cell<bool>,
}

impl<'a> ReplHelper<'a> {
    pub fn new(interp: &'a Interpreter, color: bool) -> Self {
        ReplHelper {
            interp,
            color,
            show_bracket: Cell::new(false),
        }
    }
}

impl Completer for ReplHelper<'_> {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        Ok(super::complete::complete(self.interp, line, pos))
    }
}

impl Hinter for ReplHelper<'_> {
    type Hint = String;
}

impl Validator for ReplHelper<'_> {}

impl Highlighter for ReplHelper<'_> {
    fn highlight<'l>(&self, line: &'l str, pos: usize) -> Cow<'l, str> {
        if !self.color {
            return Cow::Borrowed(line);
        }
        let bracket = self.show_bracket.get().then_some(pos);
        Cow::Owned(super::highlight::colorize(line, bracket))
    }

    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(
        &'s self,
        prompt: &'p str,
        _default: bool,
    ) -> Cow<'b, str> {
        if !self.color {
            return Cow::Borrowed(prompt);
        }
        Cow::Owned(format!("{}{}\x1b[0m", PROMPT, prompt))
    }

    fn highlight_char(&self, _line: &str, _pos: usize, kind: CmdKind) -> bool {
        self.show_bracket.set(kind != CmdKind::ForcedRefresh);
        self.color
    }
}

impl Helper for ReplHelper<'_> {}
