//! Layout: turns the raw token stream into the grammar's token stream.
//!
//! Owns line structure: logical lines (`Newline`), indentation (`Indent`,
//! `Dedent`, `TabError`s), implicit line joining inside brackets, bracket
//! matching and nesting depth, lexical error wording (CPython's messages), the
//! "expected an indented block" check, and the `with (` disambiguation. Spans
//! in the output are absolute byte offsets into the full source text.

use logos::Logos;

use super::ast::Span;
use super::error::{SyntaxError, SyntaxErrorKind};
use super::token::{invalid_char_message, LexError, Tok};

/// A token with its absolute `[start, end)` byte span.
pub type Spanned = (usize, Tok, usize);

/// CPython's tokenizer limit on bracket nesting.
pub const MAX_PAREN_DEPTH: usize = 200;

/// Upper bound on expression nesting (estimated from operator tokens per
/// element, so later recursive passes never see a deeper tree).
pub const MAX_EXPR_NESTING: usize = 1000;

/// CPython's tokenizer limit on indentation levels.
pub const MAX_INDENT_LEVELS: usize = 100;

/// What the token stream is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A whole file: NEWLINE / INDENT / DEDENT.
    Module,
    /// `eval()` input: NEWLINEs between logical lines, no indentation.
    Expression,
    /// The inside of an f-string replacement field: one joined line.
    FString,
}

/// The grammar's token stream plus facts the REPL wants.
#[derive(Debug)]
pub struct Layout {
    pub tokens: Vec<Spanned>,
    /// Input ended inside an indented block.
    pub open_block: bool,
}

/// A layout error; `incomplete` when more input could fix it.
#[derive(Debug)]
pub struct LayoutError {
    pub error: SyntaxError,
    pub incomplete: bool,
}

fn fail(msg: impl Into<String>, start: usize, end: usize) -> LayoutError {
    LayoutError {
        error: SyntaxError::new(msg, Span::new(start, end)),
        incomplete: false,
    }
}

fn fail_kind(kind: SyntaxErrorKind, msg: impl Into<String>, at: usize) -> LayoutError {
    LayoutError {
        error: SyntaxError::with_kind(kind, msg, Span::new(at, at)),
        incomplete: false,
    }
}

/// 1-based line number of byte offset `pos` in `src`.
pub fn line_of(src: &str, pos: usize) -> usize {
    let pos = pos.min(src.len());
    let bytes = &src.as_bytes()[..pos];
    let mut line = 1;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => line += 1,
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => line += 1,
            _ => {}
        }
        i += 1;
    }
    line
}

/// What a block header line is called in "expected an indented block after ...".
fn header_name(first: &Tok) -> Option<&'static str> {
    Some(match first {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::For => "'for' statement",
        Tok::While => "'while' statement",
        Tok::Try => "'try' statement",
        Tok::Except => "'except' statement",
        Tok::Finally => "'finally' statement",
        Tok::With => "'with' statement",
        Tok::Def => "function definition",
        Tok::Class => "class definition",
        Tok::Name(n) => return super::softkw::header_name(*n),
        _ => return None,
    })
}

/// Convert a lexer error at absolute `[s, e)` into CPython's wording.
fn lex_error(src: &str, base: usize, end: usize, err: LexError, s: usize, e: usize) -> LayoutError {
    match err {
        LexError::Msg(m, a, b) => fail(m, a + base, b + base),
        LexError::Unterminated { triple, stop } => {
            let stop = stop + base;
            let before = src.get(s..stop).unwrap_or("");
            let at_eof = stop >= end;
            let line = if stop > s && (before.ends_with('\n') || before.ends_with('\r')) {
                line_of(src, stop - 1)
            } else {
                line_of(src, stop)
            };
            let msg = if triple {
                format!("unterminated triple-quoted string literal (detected at line {line})")
            } else {
                format!("unterminated string literal (detected at line {line})")
            };
            let continued = before.ends_with('\\')
                || before.ends_with("\\\n")
                || before.ends_with("\\\r\n")
                || before.ends_with("\\\r");
            LayoutError {
                error: SyntaxError::new(msg, Span::new(s, s)),
                incomplete: at_eof && (triple || continued),
            }
        }
        LexError::Unrecognized => {
            let text = src.get(s..e.max(s)).unwrap_or("");
            let c = text.chars().next().unwrap_or(' ');
            if c == '\\' {
                let rest = src.get(s + 1..end).unwrap_or("");
                if rest.trim_start_matches([' ', '\t', '\x0c']).is_empty() {
                    return LayoutError {
                        error: SyntaxError::new(
                            "unexpected EOF while parsing",
                            Span::new(s + 1, s + 1),
                        ),
                        incomplete: rest.is_empty(),
                    };
                }
                return fail(
                    "unexpected character after line continuation character",
                    s + 1,
                    s + 1,
                );
            }
            if c.is_ascii_graphic() {
                fail("invalid syntax", s, s + 1)
            } else {
                fail(invalid_char_message(c), s, s + c.len_utf8())
            }
        }
    }
}

/// Lay out `src[start..end]` (spans stay absolute into `src`).
pub fn layout(src: &str, start: usize, end: usize, mode: Mode) -> Result<Layout, LayoutError> {
    let text = src.get(start..end).unwrap_or("");
    let mut out: Vec<Spanned> = Vec::new();
    let mut indents: Vec<(usize, usize)> = Vec::new();
    let mut brackets: Vec<(char, usize)> = Vec::new();
    let mut at_line_start = true;
    let mut line_start = start;
    let mut first_tok: Option<Tok> = None;
    let mut first_pos = start;
    let mut last_colon = false;
    // A pending block header: (description, position of its first token;
    // turned into a line number only for an error message).
    let mut header: Option<(&'static str, usize)> = None;
    let mut expect_indent = false;
    let mut prev_header_kw = false;
    let mut prev_end = start;
    // Nesting estimate: count at each bracket level's start, and current.
    let mut nest_base: Vec<usize> = Vec::new();
    let mut nest = 0usize;

    for (res, range) in Tok::lexer(text).spanned() {
        let (s, e) = (range.start + start, range.end + start);
        let tok = match res {
            Ok(t) => t,
            Err(err) => return Err(lex_error(src, start, end, err, s, e)),
        };
        if let Tok::Newline = tok {
            if !brackets.is_empty() || mode == Mode::FString {
                continue;
            }
            if at_line_start {
                line_start = e;
                continue;
            }
            out.push((s, Tok::Newline, e));
            nest = 0;
            prev_header_kw = first_tok.as_ref().and_then(header_name).is_some();
            expect_indent = last_colon;
            header = if last_colon {
                first_tok
                    .as_ref()
                    .and_then(header_name)
                    .map(|d| (d, first_pos))
            } else {
                None
            };
            at_line_start = true;
            line_start = e;
            continue;
        }
        if at_line_start {
            at_line_start = false;
            first_tok = Some(tok.clone());
            first_pos = s;
            if mode == Mode::Module {
                // After a block keyword line missing its ':', let the parser
                // report "expected ':'" instead of "unexpected indent".
                let lenient = !expect_indent && prev_header_kw;
                indent(
                    src,
                    line_start,
                    s,
                    prev_end,
                    &mut indents,
                    &mut out,
                    expect_indent || lenient,
                    header,
                )?;
            }
            expect_indent = false;
            header = None;
        }
        match tok {
            Tok::Name(_) | Tok::Number(_) | Tok::Str(_) => {}
            Tok::Comma => nest = nest_base.last().copied().unwrap_or(0),
            Tok::Semi if brackets.is_empty() => nest = 0,
            _ if tok.close_bracket().is_some() => nest = nest_base.pop().unwrap_or(0),
            _ => {
                nest += 1;
                if nest > MAX_EXPR_NESTING {
                    return Err(fail(
                        format!("expression nested too deeply (wisp limit is {MAX_EXPR_NESTING})"),
                        s,
                        e,
                    ));
                }
                if tok.open_bracket().is_some() {
                    nest_base.push(nest);
                }
            }
        }
        if let Some(open) = tok.open_bracket() {
            if brackets.len() >= MAX_PAREN_DEPTH {
                return Err(fail("too many nested parentheses", s, e));
            }
            brackets.push((open, s));
        } else if let Some(close) = tok.close_bracket() {
            match brackets.pop() {
                None => return Err(fail(format!("unmatched '{close}'"), s, e)),
                Some((open, pos)) => {
                    let want = match open {
                        '(' => ')',
                        '[' => ']',
                        _ => '}',
                    };
                    if want != close {
                        let (l1, l2) = (line_of(src, pos), line_of(src, s));
                        let msg = if l1 == l2 {
                            format!(
                                "closing parenthesis '{close}' does not match opening parenthesis '{open}'"
                            )
                        } else {
                            format!(
                                "closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {l1}"
                            )
                        };
                        return Err(fail(msg, s, e));
                    }
                }
            }
        } else if matches!(tok, Tok::Async | Tok::Await) {
            return Err(fail("wisp does not support async yet", s, e));
        }
        last_colon = matches!(tok, Tok::Colon) && brackets.is_empty();
        out.push((s, tok, e));
        prev_end = e;
    }

    if let Some(&(open, pos)) = brackets.last() {
        return Err(LayoutError {
            error: SyntaxError::new(
                format!("'{open}' was never closed"),
                Span::new(pos, pos + 1),
            ),
            incomplete: true,
        });
    }
    if mode == Mode::FString {
        return Ok(Layout {
            tokens: out,
            open_block: false,
        });
    }
    if !at_line_start {
        out.push((end, Tok::Newline, end));
        expect_indent = last_colon;
        header = if last_colon {
            first_tok
                .as_ref()
                .and_then(header_name)
                .map(|d| (d, first_pos))
        } else {
            None
        };
    }
    if mode == Mode::Module && expect_indent {
        if let Some((desc, pos)) = header {
            let line = line_of(src, pos);
            return Err(LayoutError {
                error: SyntaxError::with_kind(
                    SyntaxErrorKind::Indentation,
                    format!("expected an indented block after {desc} on line {line}"),
                    Span::new(end, end),
                ),
                incomplete: true,
            });
        }
    }
    let open_block = !indents.is_empty();
    for _ in indents.drain(..) {
        out.push((prev_end, Tok::Dedent, prev_end));
    }
    mark_with_parens(&mut out);
    super::softkw::mark_soft_keywords(&mut out);
    Ok(Layout {
        tokens: out,
        open_block,
    })
}

/// Handle the indentation of a logical line whose first token starts at `s`.
#[allow(clippy::too_many_arguments)]
fn indent(
    src: &str,
    line_start: usize,
    s: usize,
    prev_end: usize,
    indents: &mut Vec<(usize, usize)>,
    out: &mut Vec<Spanned>,
    expect_indent: bool,
    header: Option<(&'static str, usize)>,
) -> Result<(), LayoutError> {
    let (mut col, mut alt) = (0usize, 0usize);
    for c in src.get(line_start..s).unwrap_or("").chars() {
        match c {
            ' ' => {
                col += 1;
                alt += 1;
            }
            '\t' => {
                col = (col / 8 + 1) * 8;
                alt += 1;
            }
            '\x0c' => {
                col = 0;
                alt = 0;
            }
            _ => break,
        }
    }
    let (tcol, talt) = indents.last().copied().unwrap_or((0, 0));
    let tab_error = || {
        fail_kind(
            SyntaxErrorKind::Tab,
            "inconsistent use of tabs and spaces in indentation",
            s,
        )
    };
    let expected = |header: Option<(&'static str, usize)>| {
        header.map(|(desc, pos)| {
            let line = line_of(src, pos);
            fail_kind(
                SyntaxErrorKind::Indentation,
                format!("expected an indented block after {desc} on line {line}"),
                s,
            )
        })
    };
    if col > tcol {
        if alt <= talt {
            return Err(tab_error());
        }
        if !expect_indent {
            return Err(fail_kind(
                SyntaxErrorKind::Indentation,
                "unexpected indent",
                s,
            ));
        }
        if indents.len() >= MAX_INDENT_LEVELS {
            return Err(fail_kind(
                SyntaxErrorKind::Indentation,
                "too many levels of indentation",
                s,
            ));
        }
        indents.push((col, alt));
        out.push((s, Tok::Indent, s));
        return Ok(());
    }
    if expect_indent {
        if let Some(err) = expected(header) {
            return Err(err);
        }
    }
    if col == tcol {
        if alt != talt {
            return Err(tab_error());
        }
        return Ok(());
    }
    while let Some(&(c, _)) = indents.last() {
        if col >= c {
            break;
        }
        indents.pop();
        out.push((prev_end, Tok::Dedent, prev_end));
    }
    let (tcol, talt) = indents.last().copied().unwrap_or((0, 0));
    if col != tcol {
        return Err(fail_kind(
            SyntaxErrorKind::Indentation,
            "unindent does not match any outer indentation level",
            s,
        ));
    }
    if alt != talt {
        return Err(tab_error());
    }
    Ok(())
}

/// `with (` whose matching `)` is directly followed by `:` opens a
/// parenthesized list of with-items: retag that `(` as [`Tok::WithLPar`].
fn mark_with_parens(toks: &mut [Spanned]) {
    for i in 0..toks.len().saturating_sub(1) {
        if !matches!(toks[i].1, Tok::With) || !matches!(toks[i + 1].1, Tok::LPar) {
            continue;
        }
        let mut depth = 0usize;
        let mut j = i + 1;
        while j < toks.len() {
            if toks[j].1.open_bracket().is_some() {
                depth += 1;
            } else if toks[j].1.close_bracket().is_some() {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    break;
                }
            }
            j += 1;
        }
        if matches!(toks.get(j + 1), Some((_, Tok::Colon, _))) {
            toks[i + 1].1 = Tok::WithLPar;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> String {
        match layout(src, 0, src.len(), Mode::Module) {
            Ok(l) => l
                .tokens
                .iter()
                .map(|(_, t, _)| match t {
                    Tok::Newline => "NL".to_string(),
                    Tok::Indent => "IN".to_string(),
                    Tok::Dedent => "DE".to_string(),
                    Tok::Name(s) => s.as_str().to_string(),
                    Tok::Colon => ":".to_string(),
                    Tok::WithLPar => "W(".to_string(),
                    other => format!("{other:?}"),
                })
                .collect::<Vec<_>>()
                .join(" "),
            Err(e) => format!(
                "ERR {:?} {} @{}",
                e.error.kind, e.error.msg, e.error.span.start
            ),
        }
    }

    #[test]
    fn indent_dedent() {
        assert_eq!(
            kinds("if a:\n  b\n\n  # c\n  if c:\n     d\ne"),
            "If a : NL IN b NL If c : NL IN d NL DE DE e NL"
        );
        assert_eq!(
            kinds("x = (1,\n  2)\ny"),
            "x Eq LPar Number(Int(1)) Comma Number(Int(2)) RPar NL y NL"
        );
        assert_eq!(
            kinds("def f():\n\tpass\n"),
            "Def f LPar RPar : NL IN Pass NL DE"
        );
        assert_eq!(kinds("a \\\n  b\n"), "a b NL");
        assert_eq!(
            kinds("with (a as b):\n  c"),
            "With W( a As b RPar : NL IN c NL DE"
        );
        assert_eq!(
            kinds("with (a) as b:\n  c"),
            "With LPar a RPar As b : NL IN c NL DE"
        );
    }

    #[test]
    fn errors() {
        assert_eq!(kinds("x\n  y\n"), "ERR Indentation unexpected indent @4");
        assert_eq!(
            kinds("if x:\n    a\n  b\n"),
            "ERR Indentation unindent does not match any outer indentation level @14"
        );
        assert_eq!(
            kinds("if x:\n\ta\n        b\n"),
            "ERR Tab inconsistent use of tabs and spaces in indentation @17"
        );
        assert_eq!(
            kinds("a\nif x:\npass\n"),
            "ERR Indentation expected an indented block after 'if' statement on line 2 @8"
        );
        assert_eq!(
            kinds("class A:\n"),
            "ERR Indentation expected an indented block after class definition on line 1 @9"
        );
        assert_eq!(
            kinds("foo(1,\n [2,\n"),
            "ERR Syntax '[' was never closed @8"
        );
        assert_eq!(kinds("x)"), "ERR Syntax unmatched ')' @1");
        assert_eq!(
            kinds("(1]"),
            "ERR Syntax closing parenthesis ']' does not match opening parenthesis '(' @2"
        );
        assert_eq!(
            kinds("x = 'abc\n"),
            "ERR Syntax unterminated string literal (detected at line 1) @4"
        );
        assert_eq!(
            kinds("x = '''abc\n\n\n"),
            "ERR Syntax unterminated triple-quoted string literal (detected at line 3) @4"
        );
        let deep = "(".repeat(201);
        assert_eq!(kinds(&deep), "ERR Syntax too many nested parentheses @200");
        assert_eq!(
            kinds("x = €"),
            "ERR Syntax invalid character '€' (U+20AC) @4"
        );
        assert_eq!(kinds("x = 1abc"), "ERR Syntax invalid decimal literal @4");
        assert_eq!(
            kinds("x = \\ y"),
            "ERR Syntax unexpected character after line continuation character @5"
        );
        assert_eq!(
            kinds("async def f(): pass"),
            "ERR Syntax wisp does not support async yet @0"
        );
    }
}
