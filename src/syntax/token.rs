//! Tokens: the `logos` lexer and the token type the grammar consumes.
//!
//! Owns the raw lexical level: identifiers (interned), keywords, operators,
//! number literals (decoded to [`Constant`] here), the *extent* of string
//! literals (decoded later by `literal`), physical newlines, comments,
//! whitespace and backslash continuations (skipped). Indentation tokens
//! (`Indent`, `Dedent`) and the parser's start markers are produced by the
//! layout pass, never by logos. Spans are byte offsets into the lexed text.

use logos::Logos;
use num_bigint::BigInt;
use std::rc::Rc;

use super::ast::Constant;
use super::intern::{intern, Symbol};

/// A lexical error, turned into a [`super::SyntaxError`] by the layout pass.
/// Positions are byte offsets relative to the lexed text.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum LexError {
    /// A byte sequence no token starts with; the layout pass words it.
    #[default]
    Unrecognized,
    /// A message pointing at `[start, end)`.
    Msg(String, usize, usize),
    /// A string literal with no closing quote; `stop` is where scanning gave up.
    Unterminated { triple: bool, stop: usize },
}

/// The extent of one string literal token, relative to the token's start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StrTok {
    /// Length of the prefix (`rb`, `f`, ...), 0 to 2 bytes.
    pub prefix_len: u8,
    /// 1 for `'`/`"`, 3 for triple quotes.
    pub quote_len: u8,
    pub raw: bool,
    pub bytes: bool,
    pub fmt: bool,
}

/// Every token. Variants without a logos attribute are made by the layout pass.
#[derive(Logos, Clone, Debug)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
#[logos(skip r"\\(\r\n|\r|\n)")]
pub enum Tok {
    // ----- layout-made tokens -----
    Indent,
    Dedent,
    /// Start markers select which grammar entry the token stream is for.
    StartModule,
    StartExpr,
    StartFExpr,
    /// The `(` right after `with` whose matching `)` is followed by `:`
    /// (parenthesized with-items).
    WithLPar,
    /// The soft keywords `match` and `case` where they start a match
    /// statement or one of its case blocks (retagged names, see `softkw`).
    Match,
    Case,

    #[regex(r"\r\n|\n|\r")]
    Newline,

    #[regex(r"[A-Za-z_\u{80}-\u{10FFFF}][A-Za-z0-9_\u{80}-\u{10FFFF}]*", lex_name)]
    Name(Symbol),

    #[regex(r"[0-9](_?[0-9])*", |l| lex_number(l, NumKind::Dec))]
    #[regex(r"0[xX](_?[0-9a-fA-F])+", |l| lex_number(l, NumKind::Hex))]
    #[regex(r"0[oO](_?[0-7])+", |l| lex_number(l, NumKind::Oct))]
    #[regex(r"0[bB](_?[01])+", |l| lex_number(l, NumKind::Bin))]
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?", |l| lex_number(l, NumKind::Float))]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?", |l| lex_number(l, NumKind::Float))]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*", |l| lex_number(l, NumKind::Float))]
    #[regex(r"[0-9](_?[0-9])*[jJ]", |l| lex_number(l, NumKind::Imag))]
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?[jJ]", |l| lex_number(l, NumKind::Imag))]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?[jJ]", |l| lex_number(l, NumKind::Imag))]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*[jJ]", |l| lex_number(l, NumKind::Imag))]
    Number(Constant),

    #[regex(r#"([rRuUbBfF]|[rR][bB]|[bB][rR]|[fF][rR]|[rR][fF])?["']"#, lex_string)]
    Str(StrTok),

    // ----- keywords -----
    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    // ----- operators and delimiters -----
    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("->")]
    Arrow,
    #[token(":=")]
    ColonEq,
    #[token("=")]
    Eq,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("@")]
    At,
    #[token("<<")]
    LShift,
    #[token(">>")]
    RShift,
    #[token("&")]
    Amper,
    #[token("|")]
    VBar,
    #[token("^")]
    Caret,
    #[token("~")]
    Tilde,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEq,
    #[token(">=")]
    GreaterEq,
    #[token("==")]
    EqEq,
    #[token("!=")]
    NotEq,
    #[token("+=")]
    PlusEq,
    #[token("-=")]
    MinusEq,
    #[token("*=")]
    StarEq,
    #[token("**=")]
    DoubleStarEq,
    #[token("/=")]
    SlashEq,
    #[token("//=")]
    DoubleSlashEq,
    #[token("%=")]
    PercentEq,
    #[token("@=")]
    AtEq,
    #[token("<<=")]
    LShiftEq,
    #[token(">>=")]
    RShiftEq,
    #[token("&=")]
    AmperEq,
    #[token("|=")]
    VBarEq,
    #[token("^=")]
    CaretEq,
}

impl Tok {
    /// Opening bracket character, if this token opens a bracket.
    pub fn open_bracket(&self) -> Option<char> {
        match self {
            Tok::LPar | Tok::WithLPar => Some('('),
            Tok::LSqb => Some('['),
            Tok::LBrace => Some('{'),
            _ => None,
        }
    }
    /// Closing bracket character, if this token closes a bracket.
    pub fn close_bracket(&self) -> Option<char> {
        match self {
            Tok::RPar => Some(')'),
            Tok::RSqb => Some(']'),
            Tok::RBrace => Some('}'),
            _ => None,
        }
    }
}

/// Is `c` allowed to start an identifier (approximation of XID_Start)?
pub fn is_id_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

/// Is `c` allowed inside an identifier (approximation of XID_Continue)?
pub fn is_id_continue(c: char) -> bool {
    if c == '_' || c.is_alphanumeric() {
        return true;
    }
    let u = c as u32;
    // Combining marks and connector punctuation commonly found in identifiers.
    matches!(u, 0x300..=0x36F | 0x483..=0x487 | 0x591..=0x5BD | 0x610..=0x61A
        | 0x64B..=0x65F | 0x900..=0x903 | 0x93A..=0x94F | 0x1AB0..=0x1AFF
        | 0x1DC0..=0x1DFF | 0x200C..=0x200D | 0x203F..=0x2040 | 0x20D0..=0x20FF
        | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0xFE33..=0xFE34 | 0xFF3F)
}

/// CPython's message for a character that cannot start any token.
pub fn invalid_char_message(c: char) -> String {
    if c.is_control() || c.is_whitespace() || (c as u32) == 0xFEFF {
        format!("invalid non-printable character U+{:04X}", c as u32)
    } else {
        format!("invalid character '{}' (U+{:04X})", c, c as u32)
    }
}

fn lex_name(lex: &mut logos::Lexer<Tok>) -> Result<Symbol, LexError> {
    let text = lex.slice();
    let start = lex.span().start;
    for (i, c) in text.char_indices() {
        let ok = if i == 0 {
            is_id_start(c)
        } else {
            is_id_continue(c)
        };
        if !ok {
            let at = start + i;
            return Err(LexError::Msg(
                invalid_char_message(c),
                at,
                at + c.len_utf8(),
            ));
        }
    }
    Ok(intern(text))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NumKind {
    Dec,
    Hex,
    Oct,
    Bin,
    Float,
    Imag,
}

/// Keywords that CPython 3.11 accepts glued to the end of a number (`1if x else y`).
const GLUE_KEYWORDS: [&str; 8] = ["and", "else", "for", "if", "in", "is", "not", "or"];

fn lex_number(lex: &mut logos::Lexer<Tok>, kind: NumKind) -> Result<Constant, LexError> {
    let text = lex.slice();
    let span = lex.span();
    let rest = lex.remainder();
    let kind_name = match kind {
        NumKind::Hex => "hexadecimal",
        NumKind::Oct => "octal",
        NumKind::Bin => "binary",
        NumKind::Imag => "imaginary",
        _ => "decimal",
    };
    if let Some(next) = rest.chars().next() {
        if next == '_' || is_id_continue(next) {
            let glued = GLUE_KEYWORDS.iter().any(|k| {
                rest.starts_with(k)
                    && !rest[k.len()..]
                        .chars()
                        .next()
                        .is_some_and(|c| c == '_' || is_id_continue(c))
            });
            if !glued || kind == NumKind::Imag {
                let msg = if kind == NumKind::Dec && text == "0" && "xXoObB".contains(next) {
                    match next {
                        'x' | 'X' => "invalid hexadecimal literal".to_string(),
                        'o' | 'O' => "invalid octal literal".to_string(),
                        _ => "invalid binary literal".to_string(),
                    }
                } else if kind == NumKind::Oct && next.is_ascii_digit() {
                    format!("invalid digit '{next}' in octal literal")
                } else if kind == NumKind::Bin && next.is_ascii_digit() {
                    format!("invalid digit '{next}' in binary literal")
                } else {
                    format!("invalid {kind_name} literal")
                };
                return Err(LexError::Msg(msg, span.start, span.end));
            }
        }
    }
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let bad = || LexError::Msg(format!("invalid {kind_name} literal"), span.start, span.end);
    match kind {
        NumKind::Dec => {
            if clean.len() > 1 && clean.starts_with('0') && clean.bytes().any(|b| b != b'0') {
                return Err(LexError::Msg(
                    "leading zeros in decimal integer literals are not permitted; \
                     use an 0o prefix for octal integers"
                        .to_string(),
                    span.start,
                    span.end,
                ));
            }
            int_constant(&clean, 10).ok_or_else(bad)
        }
        NumKind::Hex => int_constant(&clean[2..], 16).ok_or_else(bad),
        NumKind::Oct => int_constant(&clean[2..], 8).ok_or_else(bad),
        NumKind::Bin => int_constant(&clean[2..], 2).ok_or_else(bad),
        NumKind::Float => clean.parse::<f64>().map(Constant::Float).map_err(|_| bad()),
        NumKind::Imag => clean[..clean.len() - 1]
            .parse::<f64>()
            .map(Constant::Imag)
            .map_err(|_| bad()),
    }
}

fn int_constant(digits: &str, radix: u32) -> Option<Constant> {
    if let Ok(v) = i64::from_str_radix(digits, radix) {
        return Some(Constant::Int(v));
    }
    BigInt::parse_bytes(digits.as_bytes(), radix).map(|b| Constant::BigInt(Rc::new(b)))
}

fn lex_string(lex: &mut logos::Lexer<Tok>) -> Result<StrTok, LexError> {
    let head = lex.slice();
    let start = lex.span().start;
    let quote = head.as_bytes().last().copied().unwrap_or(b'"');
    let prefix = &head[..head.len() - 1];
    let lower = prefix.to_ascii_lowercase();
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let mut i = if triple { 2 } else { 0 };
    loop {
        let Some(&b) = rest.get(i) else {
            let stop = start + head.len() + rest.len();
            lex.bump(rest.len());
            return Err(LexError::Unterminated { triple, stop });
        };
        if b == b'\\' {
            // Skip the escaped character (a CRLF counts as one).
            if rest.get(i + 1) == Some(&b'\r') && rest.get(i + 2) == Some(&b'\n') {
                i += 3;
            } else {
                i += 2;
            }
            if i > rest.len() {
                i = rest.len();
            }
            continue;
        }
        if (b == b'\n' || b == b'\r') && !triple {
            let stop = start + head.len() + i;
            lex.bump(i);
            return Err(LexError::Unterminated { triple, stop });
        }
        if b == quote {
            if !triple {
                lex.bump(i + 1);
                break;
            }
            if rest.get(i + 1) == Some(&quote) && rest.get(i + 2) == Some(&quote) {
                lex.bump(i + 3);
                break;
            }
        }
        i += 1;
    }
    Ok(StrTok {
        prefix_len: prefix.len() as u8,
        quote_len: if triple { 3 } else { 1 },
        raw: lower.contains('r'),
        bytes: lower.contains('b'),
        fmt: lower.contains('f'),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Result<Tok, LexError>> {
        Tok::lexer(src).collect()
    }

    #[test]
    fn names_keywords_ops() {
        let t = toks("if iffy: x **= 2 // 3 -> ... := é");
        assert!(matches!(t[0], Ok(Tok::If)));
        assert!(matches!(t[1], Ok(Tok::Name(s)) if s == intern("iffy")));
        assert!(matches!(t[2], Ok(Tok::Colon)));
        assert!(matches!(t[4], Ok(Tok::DoubleStarEq)));
        assert!(matches!(t[6], Ok(Tok::DoubleSlash)));
        assert!(matches!(t[8], Ok(Tok::Arrow)));
        assert!(matches!(t[9], Ok(Tok::Ellipsis)));
        assert!(matches!(t[10], Ok(Tok::ColonEq)));
        assert!(matches!(t[11], Ok(Tok::Name(s)) if s == intern("é")));
    }

    #[test]
    fn numbers() {
        let one = |s: &str| toks(s).into_iter().next();
        assert!(matches!(
            one("1_000"),
            Some(Ok(Tok::Number(Constant::Int(1000))))
        ));
        assert!(matches!(
            one("0xff"),
            Some(Ok(Tok::Number(Constant::Int(255))))
        ));
        assert!(matches!(
            one("0o17"),
            Some(Ok(Tok::Number(Constant::Int(15))))
        ));
        assert!(matches!(
            one("0b101"),
            Some(Ok(Tok::Number(Constant::Int(5))))
        ));
        assert!(matches!(one("1."), Some(Ok(Tok::Number(Constant::Float(f)))) if f == 1.0));
        assert!(matches!(one(".5"), Some(Ok(Tok::Number(Constant::Float(f)))) if f == 0.5));
        assert!(matches!(one("1e-3"), Some(Ok(Tok::Number(Constant::Float(f)))) if f == 1e-3));
        assert!(matches!(one("3j"), Some(Ok(Tok::Number(Constant::Imag(f)))) if f == 3.0));
        assert!(matches!(
            one("123456789012345678901234567890"),
            Some(Ok(Tok::Number(Constant::BigInt(_))))
        ));
        assert!(
            matches!(one("1abc"), Some(Err(LexError::Msg(m, 0, 1))) if m == "invalid decimal literal")
        );
        assert!(
            matches!(one("012"), Some(Err(LexError::Msg(m, _, _))) if m.starts_with("leading zeros"))
        );
        assert!(
            matches!(one("0b12"), Some(Err(LexError::Msg(m, _, _))) if m == "invalid digit '2' in binary literal")
        );
        assert!(matches!(toks("1if x else 2").get(1), Some(Ok(Tok::If))));
    }

    #[test]
    fn strings() {
        let t: Vec<_> = Tok::lexer("rb'a\\'b' \"\"\"x\ny\"\"\" f'{x}'")
            .spanned()
            .collect();
        assert_eq!(t.len(), 3);
        assert_eq!(t[0].1, 0..8);
        assert!(matches!(
            t[0].0,
            Ok(Tok::Str(StrTok {
                raw: true,
                bytes: true,
                ..
            }))
        ));
        assert!(matches!(t[1].0, Ok(Tok::Str(StrTok { quote_len: 3, .. }))));
        assert!(matches!(t[2].0, Ok(Tok::Str(StrTok { fmt: true, .. }))));
        assert!(matches!(
            toks("'abc\n").first(),
            Some(Err(LexError::Unterminated {
                triple: false,
                stop: 4
            }))
        ));
        assert!(matches!(
            toks("'''abc").first(),
            Some(Err(LexError::Unterminated { triple: true, .. }))
        ));
    }
}
