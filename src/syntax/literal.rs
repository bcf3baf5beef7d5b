//! Literal decoding: string and bytes escapes, adjacent-literal concatenation
//! and f-string splitting.
//!
//! Owns turning the string tokens of one atom (`"a" f"{b}" 'c'`) into a
//! `Const(Str)`, `Const(Bytes)` or `JoinedStr`. F-string replacement fields
//! are parsed by calling back into the parser on the field's source range,
//! so their spans are absolute offsets into the original source.
//! (Number literals are decoded by the lexer in `token`.)

use std::rc::Rc;

use super::ast::{Constant, Expr, ExprKind, FStringPart, Span};
use super::error::SyntaxError;
use super::parser::parse_fstring_field;
use super::token::StrTok;

/// Maximum nesting of replacement fields inside format specs.
const MAX_FSTRING_NESTING: usize = 2;

enum Piece {
    Str(String),
    Bytes(Vec<u8>),
    F(Vec<FStringPart>),
}

/// Build the expression for one string atom made of adjacent literals.
pub fn string_atom(
    src: &str,
    toks: Vec<(usize, StrTok, usize)>,
    l: usize,
    r: usize,
) -> Result<Expr, SyntaxError> {
    let span = Span::new(l, r);
    let nbytes = toks.iter().filter(|t| t.1.bytes).count();
    if nbytes != 0 && nbytes != toks.len() {
        return Err(SyntaxError::new(
            "cannot mix bytes and nonbytes literals",
            span,
        ));
    }
    let mut pieces = Vec::with_capacity(toks.len());
    for (s, t, e) in toks {
        pieces.push(decode_token(src, s, t, e)?);
    }
    if nbytes != 0 {
        let mut out = Vec::new();
        for p in pieces {
            if let Piece::Bytes(b) = p {
                out.extend(b);
            }
        }
        return Ok(Expr::new(
            ExprKind::Const(Constant::Bytes(out.into())),
            span,
        ));
    }
    if !pieces.iter().any(|p| matches!(p, Piece::F(_))) {
        let mut out = String::new();
        for p in pieces {
            if let Piece::Str(s) = p {
                out.push_str(&s);
            }
        }
        return Ok(Expr::new(ExprKind::Const(Constant::Str(out.into())), span));
    }
    let mut parts: Vec<FStringPart> = Vec::new();
    let mut lit = String::new();
    for p in pieces {
        match p {
            Piece::Str(s) => lit.push_str(&s),
            Piece::Bytes(_) => {}
            Piece::F(fparts) => {
                for part in fparts {
                    match part {
                        FStringPart::Literal(s) => lit.push_str(&s),
                        other => {
                            if !lit.is_empty() {
                                parts.push(FStringPart::Literal(std::mem::take(&mut lit).into()));
                            }
                            parts.push(other);
                        }
                    }
                }
            }
        }
    }
    if !lit.is_empty() {
        parts.push(FStringPart::Literal(lit.into()));
    }
    Ok(Expr::new(ExprKind::JoinedStr(parts), span))
}

fn decode_token(src: &str, s: usize, t: StrTok, e: usize) -> Result<Piece, SyntaxError> {
    let span = Span::new(s, e);
    let bs = s + t.prefix_len as usize + t.quote_len as usize;
    let be = e.saturating_sub(t.quote_len as usize).max(bs);
    let body = src.get(bs..be).unwrap_or("");
    if t.bytes {
        if !body.is_ascii() {
            return Err(SyntaxError::new(
                "bytes can only contain ASCII literal characters",
                span,
            ));
        }
        if t.raw {
            return Ok(Piece::Bytes(body.as_bytes().to_vec()));
        }
        return decode_bytes(body, span).map(Piece::Bytes);
    }
    if t.fmt {
        return fstring_parts(src, bs, be, t.raw, 0).map(Piece::F);
    }
    if t.raw {
        return Ok(Piece::Str(body.to_string()));
    }
    decode_str(body, span).map(Piece::Str)
}

fn unicode_error(what: &str, from: usize, to: usize, span: Span) -> SyntaxError {
    SyntaxError::new(
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {from}-{to}: {what}"
        ),
        span,
    )
}

/// Read up to `max` hex digits (exactly `n` required) after an escape.
fn hex_digits(chars: &[char], at: usize, n: usize) -> Option<u32> {
    let mut v = 0u32;
    for k in 0..n {
        let d = chars.get(at + k)?.to_digit(16)?;
        v = v * 16 + d;
    }
    Some(v)
}

/// Decode the escapes of a (non-raw) str literal body.
pub fn decode_str(body: &str, span: Span) -> Result<String, SyntaxError> {
    if !body.contains('\\') {
        return Ok(body.to_string());
    }
    let chars: Vec<char> = body.chars().collect();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let Some(&n) = chars.get(i + 1) else {
            out.push('\\');
            break;
        };
        i += 2;
        match n {
            '\n' => {}
            '\r' => {
                if chars.get(i) == Some(&'\n') {
                    i += 1;
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = n as u32 - '0' as u32;
                for _ in 0..2 {
                    match chars.get(i).and_then(|c| c.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            i += 1;
                        }
                        None => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            'x' | 'u' | 'U' => {
                let (len, what) = match n {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let start = i - 2;
                let Some(v) = hex_digits(&chars, i, len) else {
                    let mut end = i;
                    while end < chars.len() && end < i + len && chars[end].is_ascii_hexdigit() {
                        end += 1;
                    }
                    return Err(unicode_error(what, start, end.saturating_sub(1), span));
                };
                i += len;
                if v > 0x10FFFF {
                    return Err(unicode_error(
                        "illegal Unicode character",
                        start,
                        i - 1,
                        span,
                    ));
                }
                // Lone surrogates cannot live in a Rust string.
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            'N' => {
                return Err(SyntaxError::new(
                    "(unicode error) \\N{...} escapes are not supported by wisp",
                    span,
                ))
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Decode the escapes of a (non-raw, ASCII) bytes literal body.
pub fn decode_bytes(body: &str, span: Span) -> Result<Vec<u8>, SyntaxError> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let Some(&n) = b.get(i + 1) else {
            out.push(b'\\');
            break;
        };
        i += 2;
        match n {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' | b'\'' | b'"' => out.push(n),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (n - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i).filter(|d| (b'0'..=b'7').contains(d)) {
                        Some(d) => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        None => break,
                    }
                }
                out.push((v & 0xFF) as u8);
            }
            b'x' => {
                let hi = b.get(i).and_then(|d| (*d as char).to_digit(16));
                let lo = b.get(i + 1).and_then(|d| (*d as char).to_digit(16));
                match (hi, lo) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(SyntaxError::new(
                            format!("(value error) invalid \\x escape at position {}", i - 2),
                            span,
                        ))
                    }
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

fn fs_err(msg: &str, at: usize) -> SyntaxError {
    SyntaxError::new(format!("f-string: {msg}"), Span::new(at, at + 1))
}

/// Split the f-string body `src[start..end]` into parts.
fn fstring_parts(
    src: &str,
    start: usize,
    end: usize,
    raw: bool,
    nesting: usize,
) -> Result<Vec<FStringPart>, SyntaxError> {
    let (parts, stop) = parts_until(src, start, end, raw, nesting, false)?;
    if stop < end {
        return Err(fs_err("single '}' is not allowed", stop));
    }
    Ok(parts)
}

/// Parse literal text and fields from `pos` until `end` or (in a format
/// spec) an unmatched `}`; returns the parts and where it stopped.
fn parts_until(
    src: &str,
    mut pos: usize,
    end: usize,
    raw: bool,
    nesting: usize,
    in_spec: bool,
) -> Result<(Vec<FStringPart>, usize), SyntaxError> {
    let b = src.as_bytes();
    let mut parts = Vec::new();
    let mut lit = String::new();
    let mut seg_start = pos;
    let flush = |lit: &mut String, from: usize, to: usize| -> Result<(), SyntaxError> {
        let text = src.get(from..to).unwrap_or("");
        if raw {
            lit.push_str(text);
        } else {
            lit.push_str(&decode_str(text, Span::new(from, to))?);
        }
        Ok(())
    };
    while pos < end {
        match b[pos] {
            b'\\' if !raw => {
                if b.get(pos + 1) == Some(&b'N') && b.get(pos + 2) == Some(&b'{') {
                    return Err(SyntaxError::new(
                        "(unicode error) \\N{...} escapes are not supported by wisp",
                        Span::new(pos, pos + 2),
                    ));
                }
                pos += 2;
            }
            b'{' => {
                flush(&mut lit, seg_start, pos)?;
                if !in_spec && b.get(pos + 1) == Some(&b'{') && pos + 1 < end {
                    lit.push('{');
                    pos += 2;
                } else {
                    if !lit.is_empty() {
                        parts.push(FStringPart::Literal(std::mem::take(&mut lit).into()));
                    }
                    let (part, next) = field(src, pos + 1, end, raw, nesting)?;
                    parts.push(part);
                    pos = next;
                }
                seg_start = pos;
            }
            b'}' => {
                flush(&mut lit, seg_start, pos)?;
                if in_spec {
                    seg_start = pos;
                    break;
                }
                if b.get(pos + 1) == Some(&b'}') && pos + 1 < end {
                    lit.push('}');
                    pos += 2;
                    seg_start = pos;
                } else {
                    seg_start = pos;
                    break;
                }
            }
            _ => pos += 1,
        }
    }
    let stop = pos.min(end);
    flush(&mut lit, seg_start.min(stop), stop)?;
    if !lit.is_empty() {
        parts.push(FStringPart::Literal(lit.into()));
    }
    Ok((parts, stop))
}

/// Parse one replacement field starting just after its `{`. Returns the
/// formatted part and the position after the closing `}`.
fn field(
    src: &str,
    start: usize,
    end: usize,
    raw: bool,
    nesting: usize,
) -> Result<(FStringPart, usize), SyntaxError> {
    if nesting >= MAX_FSTRING_NESTING {
        return Err(fs_err("expressions nested too deeply", start));
    }
    let b = src.as_bytes();
    let mut depth = 0usize;
    let mut i = start;
    let mut debug = false;
    let expr_end;
    loop {
        if i >= end {
            return Err(fs_err("expecting '}'", end));
        }
        let c = b[i];
        match c {
            b'\'' | b'"' => {
                let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c);
                let q = if triple { 3 } else { 1 };
                i += q;
                loop {
                    if i >= end {
                        return Err(fs_err("expecting '}'", end));
                    }
                    if b[i] == c
                        && (!triple || (b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c)))
                    {
                        i += q;
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            b'\\' => {
                return Err(fs_err("expression part cannot include a backslash", i));
            }
            b'#' => {
                return Err(fs_err("expression part cannot include '#'", i));
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' => {
                if depth == 0 {
                    return Err(fs_err(&format!("unmatched '{}'", c as char), i));
                }
                depth -= 1;
            }
            b'}' => {
                if depth == 0 {
                    expr_end = i;
                    break;
                }
                depth -= 1;
            }
            b'!' | b'<' | b'>' | b'=' if b.get(i + 1) == Some(&b'=') => {
                i += 2;
                continue;
            }
            b'!' | b':' if depth == 0 => {
                expr_end = i;
                break;
            }
            b'=' if depth == 0 => {
                expr_end = i;
                debug = true;
                break;
            }
            _ => {}
        }
        i += 1;
    }
    let text = src.get(start..expr_end).unwrap_or("");
    if text.trim().is_empty() {
        return Err(fs_err("empty expression not allowed", expr_end));
    }
    let value = parse_fstring_field(src, start, expr_end).map_err(|mut e| {
        if !e.msg.starts_with("f-string") {
            e.msg = format!("f-string: {}", e.msg);
        }
        e
    })?;
    let mut i = expr_end;
    let mut debug_text = None;
    if debug {
        i += 1;
        while i < end && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
            i += 1;
        }
        debug_text = Some(Rc::from(src.get(start..i).unwrap_or("")));
    }
    let mut conversion = None;
    if i < end && b[i] == b'!' {
        match b.get(i + 1) {
            Some(&c @ (b's' | b'r' | b'a')) if i + 1 < end => conversion = Some(c as char),
            _ => {
                return Err(fs_err(
                    "invalid conversion character: expected 's', 'r', or 'a'",
                    i + 1,
                ))
            }
        }
        i += 2;
    }
    let mut spec = None;
    if i < end && b[i] == b':' {
        let (parts, stop) = parts_until(src, i + 1, end, raw, nesting + 1, true)?;
        spec = Some(parts);
        i = stop;
    }
    if i >= end || b[i] != b'}' {
        return Err(fs_err("expecting '}'", i.min(end)));
    }
    if debug_text.is_some() && conversion.is_none() && spec.is_none() {
        conversion = Some('r');
    }
    let part = FStringPart::Formatted {
        value: Box::new(value),
        conversion,
        spec,
        debug_text,
    };
    Ok((part, i + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        let sp = Span::default();
        assert_eq!(
            decode_str(r"a\n\t\\\'\x41\u00e9\U0001F600\101\q", sp).as_deref(),
            Ok("a\n\t\\'Aé😀A\\q")
        );
        assert_eq!(decode_str("a\\\nb", sp).as_deref(), Ok("ab"));
        assert_eq!(decode_bytes(r"\x00\777a", sp), Ok(vec![0, 255, b'a']));
        let e = decode_str(r"\x4", sp).unwrap_err();
        assert_eq!(
            e.msg,
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
        );
        assert!(decode_str(r"\N{DASH}", sp).is_err());
    }
}
