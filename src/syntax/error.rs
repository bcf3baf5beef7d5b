//! The error every front-end pass (lexer, layout, parser, resolver) reports.
//!
//! Owns only the data: which Python exception class it becomes, CPython's
//! message text, and the span it points at. Rendering (miette) lives in `error/`.

use super::ast::Span;

/// Which Python exception a syntax problem becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// `SyntaxError`
    Syntax,
    /// `IndentationError` (a subclass of SyntaxError)
    Indentation,
    /// `TabError` (a subclass of IndentationError)
    Tab,
}

impl SyntaxErrorKind {
    /// The Python class name.
    pub fn class_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::Syntax => "SyntaxError",
            SyntaxErrorKind::Indentation => "IndentationError",
            SyntaxErrorKind::Tab => "TabError",
        }
    }
}

/// A syntax problem at `span`, with CPython's wording in `msg`
/// (e.g. `invalid syntax`, `'(' was never closed`, `unexpected indent`).
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub span: Span,
}

impl SyntaxError {
    pub fn new(msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::Syntax,
            msg: msg.into(),
            span,
        }
    }
    pub fn with_kind(kind: SyntaxErrorKind, msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind,
            msg: msg.into(),
            span,
        }
    }
}
