//! The marker line under a traceback entry's source line, as CPython 3.11
//! draws it (`tb_displayline` in `Python/traceback.c`):
//!
//! ```text
//!     return a + b * c
//!            ~~^~~~~~~
//! ```
//!
//! The failing expression's segment is re-parsed on its own; for a binary
//! operation the operator is the *anchor* (`^`, the operands `~`), for a
//! subscript the `[...]` part is. Any other expression, a segment that does
//! not parse, or one spanning several lines is marked with `^` throughout.
//! The line is left out when plain `^` would cover all of it.
//!
//! Columns are display columns: an East Asian wide character counts two.
//!
//! CPython's node locations run from a node's first token to its last, so
//! `(a + b) * c` starts at the `(`. wisp's parser gives some nodes the
//! union of their operands' spans, which leaves out parentheses around the
//! first or last operand; [`balanced_span`] grows such a span to the
//! nearest bracket-balanced range, which is the location CPython records.

use super::width::char_width;
use crate::source::SourceFile;
use crate::syntax::ast::{Expr, ExprKind};
use crate::syntax::token::Tok;
use logos::Logos;

/// CPython's `IS_WHITESPACE`: what may separate tokens on one line.
fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\x0c')
}

/// `text[start..end]` grown over the brackets it closes without opening
/// (which must directly precede it) and the brackets it opens without
/// closing (which must directly follow it). When the tokens around do not
/// fit, the span is returned unchanged.
pub fn balanced_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    let Some(segment) = text.get(start..end) else {
        return (start, end);
    };
    let mut depth = 0usize;
    let mut unopened = 0usize;
    for (tok, _) in Tok::lexer(segment).spanned() {
        let Ok(tok) = tok else { return (start, end) };
        if tok.open_bracket().is_some() {
            depth += 1;
        } else if tok.close_bracket().is_some() {
            if depth == 0 {
                unopened += 1;
            } else {
                depth -= 1;
            }
        }
    }
    let new_start = match unopened {
        0 => Some(start),
        n => openers_before(text, start, n),
    };
    let new_end = match depth {
        0 => Some(end),
        n => closers_after(text, end, n),
    };
    (new_start.unwrap_or(start), new_end.unwrap_or(end))
}

/// Where the `n` opening brackets directly before `pos` start (the first
/// of them), looking back line by line; `None` if other tokens come first.
fn openers_before(text: &str, pos: usize, mut n: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // On the expression's own line only blanks can separate the brackets
    // from it; scanning characters also works inside an f-string field.
    let mut stop = pos.min(bytes.len());
    while stop > 0 {
        match bytes[stop - 1] {
            b' ' | b'\t' | b'\x0c' => stop -= 1,
            b'(' | b'[' | b'{' => {
                stop -= 1;
                n -= 1;
                if n == 0 {
                    return Some(stop);
                }
            }
            b'\n' => break,
            _ => return None,
        }
    }
    // Earlier lines may end in comments or backslash continuations: lex
    // each with its line break.
    for _ in 0..1000 {
        if stop == 0 {
            return None;
        }
        let line_start = bytes[..stop - 1]
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |i| i + 1);
        let part = text.get(line_start..stop)?;
        let mut toks = Vec::new();
        for (tok, range) in Tok::lexer(part).spanned() {
            toks.push((tok.ok()?, range.start + line_start));
        }
        for (tok, at) in toks.iter().rev() {
            if matches!(tok, Tok::Newline) {
                continue;
            }
            tok.open_bracket()?;
            n -= 1;
            if n == 0 {
                return Some(*at);
            }
        }
        stop = line_start;
    }
    None
}

/// Where the `n` closing brackets directly after `pos` end (the last of
/// them); `None` if other tokens come first.
fn closers_after(text: &str, pos: usize, mut n: usize) -> Option<usize> {
    let rest = text.get(pos..)?;
    for (tok, range) in Tok::lexer(rest).spanned() {
        let tok = tok.ok()?;
        if matches!(tok, Tok::Newline) {
            continue;
        }
        tok.close_bracket()?;
        n -= 1;
        if n == 0 {
            return Some(pos + range.end);
        }
    }
    None
}

/// The secondary range of a one-line segment, as byte offsets into it:
/// the operator of a binary operation, the `[...]` of a subscript
/// (CPython's `extract_anchors_from_expr`).
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let expr = crate::syntax::parse_expression(segment).ok()?;
    let bytes = segment.as_bytes();
    let child = |e: &Expr| balanced_span(segment, e.span.start as usize, e.span.end as usize);
    match &expr.kind {
        ExprKind::BinOp(left, _, right) => {
            let left_end = child(left).1;
            let right_start = child(right).0.min(bytes.len());
            // The first character after the left operand that is neither
            // whitespace nor a closing parenthesis, and the next one too
            // when it is not whitespace (`//`, `**`, `<<`).
            let mut i = left_end;
            while i < right_start {
                if is_ws(bytes[i]) {
                    i += 1;
                    continue;
                }
                let mut right = i + 1;
                if i + 1 < right_start && !is_ws(bytes[i + 1]) {
                    right += 1;
                }
                if i + 1 < right_start && bytes[i] == b')' {
                    i += 1;
                    continue;
                }
                return Some((i, right));
            }
            None
        }
        ExprKind::Subscript(value, index) => {
            let mut left = child(value).1;
            while left < bytes.len() && bytes[left] != b'[' {
                left += 1;
            }
            let mut right = child(index).1 + 1;
            while right < bytes.len() && bytes[right] != b']' {
                right += 1;
            }
            if right < bytes.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}

/// How many characters of `s` start before byte `offset` (a character cut
/// by it counts, as when CPython decodes a prefix with `replace`).
fn chars_before(s: &str, offset: usize) -> usize {
    s.char_indices().take_while(|(i, _)| *i < offset).count()
}

/// Display width of the first `n` characters of `s`.
fn width_of_chars(s: &str, n: usize) -> usize {
    s.chars().take(n).map(char_width).sum()
}

/// The marker line for the expression at `start..end` (byte offsets into
/// `src`, already balanced) under its first line `line`, four-space indent
/// included, or `None` when CPython prints no marker line.
///
/// This follows `tb_displayline` of CPython 3.11.7 closely, quirks
/// included: offsets are characters until the markers are drawn in display
/// columns, and for an expression running over several lines the end of
/// the first line is found by a scan that indexes the line's UTF-8 bytes
/// with a character count.
pub fn marker_line(src: &SourceFile, line: usize, start: usize, end: usize) -> Option<String> {
    let text = src.line_text(line);
    let bytes = text.as_bytes();
    let line_start = src.line_start(line);
    let leading = bytes.iter().take_while(|b| is_ws(**b)).count();
    let char_len = text.chars().count();
    let start_off = chars_before(text, start.checked_sub(line_start)?);
    let end_line = src.line_of(end.saturating_sub(1).max(start) as u32);
    let mut marks = None;
    let end_off = if end_line == line {
        let end_off = chars_before(text, end.checked_sub(line_start)?);
        if end_off > start_off {
            let segment: String = text
                .chars()
                .skip(start_off)
                .take(end_off - start_off)
                .collect();
            marks = anchors(&segment).map(|(l, r)| {
                (
                    start_off + chars_before(&segment, l),
                    start_off + chars_before(&segment, r),
                )
            });
        }
        end_off
    } else {
        // Up to the last character of the first line that is not blank.
        bytes[..char_len.min(bytes.len())]
            .iter()
            .rposition(|b| !is_ws(*b))
            .map_or(0, |i| i + 1)
    };
    if marks.is_none() && end_off as isize - start_off as isize == (char_len - leading) as isize {
        return None;
    }
    let dp_start = width_of_chars(text, start_off) as isize;
    let dp_end = width_of_chars(text, end_off) as isize;
    let (primary, dp_left, dp_right) = match marks {
        Some((l, r)) => (
            '~',
            width_of_chars(text, l) as isize,
            width_of_chars(text, r) as isize,
        ),
        None => ('^', -1, -1),
    };
    // CPython's `print_error_location_carets`: one character per display
    // column, from the four-space indent (the line's own leading blanks
    // are not shown) to the end of the expression.
    let mut out = String::new();
    let mut column = leading as isize - 4;
    while column < dp_end {
        column += 1;
        out.push(if column <= dp_start {
            ' '
        } else if marks.is_some() && dp_left < column && column <= dp_right {
            '^'
        } else {
            primary
        });
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(line: &str, expr: &str) -> Option<String> {
        let start = line.find(expr).unwrap();
        let src = SourceFile::new("t.py", format!("{line}\n"));
        let (s, e) = balanced_span(&src.text, start, start + expr.len());
        marker_line(&src, 1, s, e).map(|m| m.get(4..).unwrap_or_default().to_owned())
    }

    #[test]
    fn binary_operators() {
        assert_eq!(
            marks("    return n << 2", "n << 2").unwrap(),
            "       ~~^^~~"
        );
        assert_eq!(marks("x = a+b", "a+b").unwrap(), "    ~^~");
        assert_eq!(marks("x = a  //  b", "a  //  b").unwrap(), "    ~~~^^~~~");
        assert_eq!(marks("x = (a)+(b)", "(a)+(b)").unwrap(), "    ~~~^^~~");
        assert_eq!(marks("a + b", "a + b").unwrap(), "~~^~~");
    }

    #[test]
    fn parentheses_left_out_of_a_span_are_restored() {
        // wisp's span of `(a + b) * c` starts at `a`.
        assert_eq!(
            marks("x = (a + b) * c", "a + b) * c").unwrap(),
            "    ~~~~~~~~^~~"
        );
        assert_eq!(
            marks("x = c * (a + b)", "c * (a + b").unwrap(),
            "    ~~^~~~~~~~~"
        );
        assert_eq!(marks("x = ((a)) + b", "a)) + b").unwrap(), "    ~~~~~~^~~");
    }

    #[test]
    fn subscripts() {
        assert_eq!(
            marks("x = d['key'] + 1", "d['key']").unwrap(),
            "    ~^^^^^^^"
        );
        assert_eq!(marks("x = a[0][1]", "a[0][1]").unwrap(), "    ~~~~^^^");
        assert_eq!(marks("x = d [ 1 ]", "d [ 1 ]").unwrap(), "    ~~^^^^^");
        assert_eq!(
            marks("x = '日本'[5]", "'日本'[5]").unwrap(),
            "    ~~~~~~^^^"
        );
    }

    #[test]
    fn plain_carets_and_elision() {
        assert_eq!(marks("x = f(a)", "f(a)").unwrap(), "    ^^^^");
        assert_eq!(marks("x = a < b", "a < b").unwrap(), "    ^^^^^");
        assert_eq!(marks("f(a)", "f(a)"), None);
        assert_eq!(marks("f(a)  ", "f(a)").unwrap(), "^^^^");
        // A segment that does not parse as an expression.
        assert_eq!(marks("x = a + ", "a + ").unwrap(), "    ^^^^");
    }

    #[test]
    fn several_lines() {
        // Up to the last non-blank character of the first line, no anchors.
        let src = SourceFile::new("t.py", "x = (a +   \n     b)\n");
        let start = src.text.find('a').unwrap();
        let end = src.text.find(')').unwrap();
        assert_eq!(marker_line(&src, 1, start, end).unwrap(), "         ^^^");
        // The opening bracket on an earlier line, after a continuation.
        let src = SourceFile::new("t.py", "y = ( \\\n  a) + b\n");
        let start = src.text.find('a').unwrap();
        let (s, e) = balanced_span(&src.text, start, src.text.len() - 1);
        assert_eq!(&src.text[s..e], "( \\\n  a) + b");
    }

    #[test]
    fn odd_spans_do_not_panic() {
        for text in [
            "x = 'é' + )\n",
            "x = ((日本\n  [1] +\t# c\n ) @ (\n",
            "f'{(a) + 1}' + 'é\n",
            ")]}\r\n([{",
        ] {
            let src = SourceFile::new("t.py", text);
            for s in 0..text.len() + 2 {
                for e in 0..text.len() + 2 {
                    let (s2, e2) = balanced_span(&src.text, s, e);
                    let _ = marker_line(&src, src.line_of(s2 as u32), s2, e2);
                }
            }
        }
    }
}
