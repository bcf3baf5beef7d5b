//! The front end's public API: source text in, AST or [`SyntaxError`] out.
//!
//! Owns driving the pipeline (layout → generated lalrpop parser), turning
//! lalrpop's errors into CPython-worded [`SyntaxError`]s, the f-string field
//! sub-parser used by `literal`, and the REPL's [`input_completeness`] check.

use lalrpop_util::{lalrpop_mod, ParseError};

use super::actions::Top;
use super::ast::{self, Span};
use super::error::{SyntaxError, SyntaxErrorKind};
use super::layout::{layout, Mode, Spanned};
use super::token::Tok;

lalrpop_mod!(
    #[allow(
        clippy::all,
        clippy::pedantic,
        unused_parens,
        unused_imports,
        dead_code
    )]
    grammar,
    "/wisp.rs"
);

/// Parse a whole file. Names are left unresolved; `Module.scope` is default.
pub fn parse_module(source: &str) -> Result<ast::Module, SyntaxError> {
    let lay = layout(source, bom_len(source), source.len(), Mode::Module).map_err(|e| e.error)?;
    match run(source, Tok::StartModule, lay.tokens, source.len())? {
        Top::Module(body) => Ok(ast::Module {
            body,
            scope: ast::ScopeInfo::default(),
        }),
        Top::Expr(e) => Err(SyntaxError::new("invalid syntax", e.span)),
    }
}

/// Length of a leading UTF-8 byte-order mark, which is skipped.
fn bom_len(source: &str) -> usize {
    if source.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    }
}

/// Parse one expression (for `eval()`); surrounding whitespace and blank
/// lines are allowed.
pub fn parse_expression(source: &str) -> Result<ast::Expr, SyntaxError> {
    let lay = layout(source, 0, source.len(), Mode::Expression).map_err(|e| e.error)?;
    if lay.tokens.is_empty() {
        let end = source.len();
        return Err(SyntaxError::new("invalid syntax", Span::new(end, end)));
    }
    match run(source, Tok::StartExpr, lay.tokens, source.len())? {
        Top::Expr(e) => Ok(e),
        Top::Module(_) => Err(SyntaxError::new("invalid syntax", Span::default())),
    }
}

/// Parse the expression of an f-string replacement field, `src[start..end]`;
/// spans are absolute offsets into `src`.
pub(crate) fn parse_fstring_field(
    src: &str,
    start: usize,
    end: usize,
) -> Result<ast::Expr, SyntaxError> {
    let lay = layout(src, start, end, Mode::FString).map_err(|e| e.error)?;
    match run(src, Tok::StartFExpr, lay.tokens, end)? {
        Top::Expr(e) => Ok(e),
        Top::Module(_) => Err(SyntaxError::new("invalid syntax", Span::new(start, end))),
    }
}

/// Whether REPL input is ready to run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Completeness {
    /// Run it.
    Complete,
    /// Ask for another line.
    Incomplete,
    /// A syntax error more input cannot fix.
    Invalid,
}

/// Classify REPL input: `Incomplete` inside brackets, a triple-quoted
/// string, after a trailing backslash, after a block header, or inside an
/// indented block not yet ended by a blank line.
pub fn input_completeness(source: &str) -> Completeness {
    let lay = match layout(source, bom_len(source), source.len(), Mode::Module) {
        Ok(l) => l,
        Err(e) if e.incomplete => return Completeness::Incomplete,
        Err(_) => return Completeness::Invalid,
    };
    let open_block = lay.open_block;
    match run_inner(source, Tok::StartModule, lay.tokens, source.len()) {
        Ok(_) => {
            if open_block && !ends_with_blank_line(source) {
                Completeness::Incomplete
            } else {
                Completeness::Complete
            }
        }
        Err(f) if f.at_eof => Completeness::Incomplete,
        Err(_) => Completeness::Invalid,
    }
}

/// Does the text end with an empty (or whitespace-only) line?
fn ends_with_blank_line(source: &str) -> bool {
    let trimmed = source.trim_end_matches([' ', '\t', '\x0c']);
    let Some(rest) = trimmed.strip_suffix('\n') else {
        return false;
    };
    let rest = rest.strip_suffix('\r').unwrap_or(rest);
    let last_line = rest.rsplit('\n').next().unwrap_or("");
    last_line.trim().is_empty() || rest.ends_with('\n')
}

/// How a token relates to expression boundaries (for the comma hint).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Open,
    Close,
    Atom,
    Starts,
    Other,
}

fn class(t: &Tok) -> Class {
    match t {
        Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => Class::Open,
        Tok::RPar | Tok::RSqb | Tok::RBrace => Class::Close,
        Tok::Name(_)
        | Tok::Number(_)
        | Tok::Str(_)
        | Tok::None
        | Tok::True
        | Tok::False
        | Tok::Ellipsis => Class::Atom,
        Tok::Lambda | Tok::Not | Tok::Tilde => Class::Starts,
        _ => Class::Other,
    }
}

/// Why parsing failed: the error, and whether the input simply ran out.
struct Failure {
    error: SyntaxError,
    at_eof: bool,
}

fn run(src: &str, start: Tok, tokens: Vec<Spanned>, eof: usize) -> Result<Top, SyntaxError> {
    run_inner(src, start, tokens, eof).map_err(|f| f.error)
}

fn run_inner(src: &str, start: Tok, tokens: Vec<Spanned>, eof: usize) -> Result<Top, Failure> {
    let first = tokens.first().map(|t| t.0).unwrap_or(eof);
    let fstring = matches!(start, Tok::StartFExpr);
    let classes: Vec<(usize, usize, Class)> = tokens
        .iter()
        .filter(|t| !matches!(t.1, Tok::Indent | Tok::Dedent))
        .map(|(l, t, r)| (*l, *r, class(t)))
        .collect();
    let stream = std::iter::once((first, start, first))
        .chain(tokens)
        .map(Ok::<Spanned, SyntaxError>);
    grammar::TopParser::new().parse(src, stream).map_err(|e| {
        let at_eof = matches!(e, ParseError::UnrecognizedEof { .. });
        Failure {
            error: convert_error(e, eof, &classes, fstring),
            at_eof,
        }
    })
}

/// CPython's "Perhaps you forgot a comma?" applies when, inside brackets,
/// an expression is directly followed by the start of another.
fn forgot_comma(classes: &[(usize, usize, Class)], at: usize, fstring: bool) -> Option<Span> {
    let j = classes.iter().position(|c| c.0 == at && c.1 > c.0)?;
    let mut depth: i64 = if fstring { 1 } else { 0 };
    for c in &classes[..j] {
        match c.2 {
            Class::Open => depth += 1,
            Class::Close => depth -= 1,
            _ => {}
        }
    }
    let prev = classes.get(j.checked_sub(1)?)?;
    let cur = classes.get(j)?;
    let ends = matches!(prev.2, Class::Atom | Class::Close);
    let starts = matches!(cur.2, Class::Atom | Class::Open | Class::Starts);
    (depth > 0 && ends && starts).then(|| Span::new(prev.0, cur.1))
}

fn convert_error(
    e: ParseError<usize, Tok, SyntaxError>,
    eof: usize,
    classes: &[(usize, usize, Class)],
    fstring: bool,
) -> SyntaxError {
    match e {
        ParseError::User { error } => error,
        ParseError::UnrecognizedEof { .. } => {
            SyntaxError::new("invalid syntax", Span::new(eof, eof))
        }
        ParseError::UnrecognizedToken {
            token: (l, tok, r),
            expected,
        } => {
            if let Tok::Indent = tok {
                return SyntaxError::with_kind(
                    SyntaxErrorKind::Indentation,
                    "unexpected indent",
                    Span::new(l, r),
                );
            }
            let wants_colon = expected.iter().any(|x| x == "\":\"");
            if wants_colon && (expected.len() == 1 || matches!(tok, Tok::Newline)) {
                return SyntaxError::new("expected ':'", Span::new(l, l));
            }
            if let Some(span) = forgot_comma(classes, l, fstring) {
                return SyntaxError::new("invalid syntax. Perhaps you forgot a comma?", span);
            }
            SyntaxError::new("invalid syntax", Span::new(l, r))
        }
        ParseError::ExtraToken { token: (l, _, r) } => {
            SyntaxError::new("invalid syntax", Span::new(l, r))
        }
        ParseError::InvalidToken { location } => {
            SyntaxError::new("invalid syntax", Span::new(location, location))
        }
    }
}
