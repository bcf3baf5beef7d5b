//! Soft keywords: deciding where the names `match` and `case` are keywords.
//!
//! Owns the retagging of `Tok::Name("match")` to [`Tok::Match`] and of
//! `Tok::Name("case")` to [`Tok::Case`] in the laid-out token stream, so the
//! LR grammar sees ordinary keywords while `match = 3`, `re.match(...)`,
//! `match(x)` and `case = 1` stay plain names. The rules:
//!
//! - `match` is a keyword when it is the first token of a logical line that
//!   ends with a `:` outside brackets (no other statement starting with a
//!   name can end that way, so the line can only be a match statement —
//!   CPython's "it is a match statement if it parses as one");
//! - `case` is a keyword when it is the first token of a logical line directly
//!   inside a match statement's block (only case blocks may stand there).
//!
//! Runs after layout, so brackets never contain `Newline` tokens.

use super::intern::Symbol;
use super::layout::Spanned;
use super::token::Tok;

fn is_name(t: &Tok, text: &str) -> bool {
    matches!(t, Tok::Name(n) if n.as_str() == text)
}

/// What a block header starting with the name `sym` is called in
/// "expected an indented block after ..." (the layout pass asks).
pub fn header_name(sym: Symbol) -> Option<&'static str> {
    match sym.as_str() {
        "match" => Some("'match' statement"),
        "case" => Some("'case' statement"),
        _ => None,
    }
}

/// Retag the soft keywords of `toks` in place.
pub fn mark_soft_keywords(toks: &mut [Spanned]) {
    let mut level = 0usize;
    // Indentation levels of the blocks that belong to match statements.
    let mut match_blocks: Vec<usize> = Vec::new();
    let mut at_line_start = true;
    let mut i = 0;
    while i < toks.len() {
        match toks[i].1 {
            Tok::Indent => {
                level += 1;
                i += 1;
                continue;
            }
            Tok::Dedent => {
                level = level.saturating_sub(1);
                while match_blocks.last().is_some_and(|&b| b > level) {
                    match_blocks.pop();
                }
                i += 1;
                continue;
            }
            Tok::Newline => {
                at_line_start = true;
                i += 1;
                continue;
            }
            _ => {}
        }
        if at_line_start {
            at_line_start = false;
            if is_name(&toks[i].1, "match") && ends_with_colon(toks, i) {
                toks[i].1 = Tok::Match;
                match_blocks.push(level + 1);
            } else if is_name(&toks[i].1, "case") && match_blocks.last() == Some(&level) {
                toks[i].1 = Tok::Case;
            }
        }
        i += 1;
    }
}

/// Does the logical line starting at `start` end with `:` (with something
/// between the first token and the colon)?
fn ends_with_colon(toks: &[Spanned], start: usize) -> bool {
    let end = toks[start..]
        .iter()
        .position(|t| matches!(t.1, Tok::Newline))
        .map_or(toks.len(), |p| start + p);
    end > start + 2 && matches!(toks[end - 1].1, Tok::Colon)
}

#[cfg(test)]
mod tests {
    use super::super::layout::{layout, Mode};
    use super::*;

    fn tags(src: &str) -> String {
        let lay = layout(src, 0, src.len(), Mode::Module).expect("layout");
        lay.tokens
            .iter()
            .filter_map(|t| match &t.1 {
                Tok::Match => Some("MATCH"),
                Tok::Case => Some("CASE"),
                Tok::Name(n) if n.as_str() == "match" || n.as_str() == "case" => Some("name"),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn soft_keywords() {
        assert_eq!(
            tags("match = 3\nmatch(x)\nprint(match)\n"),
            "name name name"
        );
        assert_eq!(
            tags("match x:\n    case 1:\n        case = 2\n"),
            "MATCH CASE name"
        );
        assert_eq!(tags("match (x):\n    case [1]: pass\n"), "MATCH CASE");
        assert_eq!(
            tags("match -x, y:\n  case _: match = 1\n"),
            "MATCH CASE name"
        );
        assert_eq!(
            tags("if a:\n  match x:\n    case 1:\n      pass\ncase = 1\n"),
            "MATCH CASE name"
        );
        assert_eq!(tags("x = {match: 1,\n case: 2}\n"), "name name");
    }
}
