//! Grammar actions for `match` patterns (PEP 634): building [`Pattern`]
//! nodes and the checks CPython's parser makes on them.
//!
//! Owns only what the grammar can decide locally: `_` as a target,
//! positional-after-keyword class arguments, complex literals needing a real
//! and an imaginary part, f-strings in patterns. Checks that need a whole
//! pattern (unreachable cases, repeated names, duplicate keys) are the
//! compiler's in CPython and live in `sema::match_check`.

use super::actions::{err, sp, user, PResult};
use super::ast::*;
use super::error::SyntaxError;

/// One argument of a class pattern, before ordering is checked.
pub enum ClassArg {
    Positional(Pattern),
    Keyword(Symbol, Span, Pattern),
}

fn pat(kind: PatternKind, l: usize, r: usize) -> Pattern {
    Pattern {
        kind,
        span: sp(l, r),
    }
}

fn capture(name: Symbol, span: Span) -> Option<Capture> {
    (name.as_str() != "_").then_some(Capture {
        name,
        loc: NameLoc::Unresolved,
        span,
    })
}

/// `[a, *b]`, `(a, b)`, `a, b` (the open form of a case).
pub fn sequence(mut head: Vec<Pattern>, last: Option<Pattern>, l: usize, r: usize) -> Pattern {
    head.extend(last);
    pat(PatternKind::Sequence(head), l, r)
}

/// `*name` / `*_`.
pub fn star(name: Symbol, l: usize, r: usize) -> Pattern {
    pat(PatternKind::Star(capture(name, sp(l, r))), l, r)
}

/// `p as name`.
pub fn as_pattern(p: Pattern, name: Symbol, nl: usize, l: usize, r: usize) -> PResult<Pattern> {
    if name.as_str() == "_" {
        return err("cannot use '_' as a target", sp(nl, r));
    }
    let kind = PatternKind::As {
        pattern: Some(Box::new(p)),
        name: capture(name, sp(nl, r)),
    };
    Ok(pat(kind, l, r))
}

/// `p | q | ...`
pub fn or(first: Pattern, rest: Vec<Pattern>, l: usize, r: usize) -> Pattern {
    let mut alts = vec![first];
    alts.extend(rest);
    pat(PatternKind::Or(alts), l, r)
}

/// A bare name is a capture (or the wildcard `_`); a dotted name a value.
pub fn name_or_value(e: Expr, l: usize, r: usize) -> Pattern {
    match e.kind {
        ExprKind::Name(name, _) => pat(
            PatternKind::As {
                pattern: None,
                name: capture(name, sp(l, r)),
            },
            l,
            r,
        ),
        _ => pat(PatternKind::Value(e), l, r),
    }
}

/// A literal pattern: `None`/`True`/`False` compare by identity, the rest
/// by equality.
pub fn literal(e: Expr, l: usize, r: usize) -> Pattern {
    match &e.kind {
        ExprKind::Const(c @ (Constant::None | Constant::True | Constant::False)) => {
            pat(PatternKind::Singleton(c.clone()), l, r)
        }
        _ => pat(PatternKind::Value(e), l, r),
    }
}

/// A string literal in a pattern (f-strings are not literals).
pub fn string(e: Result<Expr, SyntaxError>) -> PResult<Expr> {
    let e = e.map_err(user)?;
    if let ExprKind::JoinedStr(_) = e.kind {
        return err(
            "patterns may only match literals and attribute lookups",
            e.span,
        );
    }
    Ok(e)
}

fn is_imaginary(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Const(c) => matches!(c, Constant::Imag(_)),
        ExprKind::UnaryOp(UnaryOp::Neg, inner) => is_imaginary(inner),
        _ => false,
    }
}

/// `real + imag` / `real - imag` (CPython's `complex_number` rule).
pub fn complex(re: Expr, op: BinOp, im: Expr, _l: usize, _r: usize) -> PResult<Expr> {
    if is_imaginary(&re) {
        return err("real number required in complex literal", re.span);
    }
    if !is_imaginary(&im) {
        return err("imaginary number required in complex literal", im.span);
    }
    Ok(super::actions::binop(re, op, im))
}

/// A mapping-pattern key that is a name must be dotted (a value pattern).
pub fn value_key(k: Expr, p: Pattern) -> PResult<(Expr, Pattern)> {
    if let ExprKind::Name(..) = k.kind {
        return err("invalid syntax", k.span);
    }
    Ok((k, p))
}

/// `{k: p, ...}`
pub fn mapping(
    mut items: Vec<(Expr, Pattern)>,
    last: Option<(Expr, Pattern)>,
    rest: Option<Capture>,
    l: usize,
    r: usize,
) -> Pattern {
    items.extend(last);
    let (keys, patterns) = items.into_iter().unzip();
    pat(
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        },
        l,
        r,
    )
}

/// `{k: p, ..., **rest}` (`**_` is not allowed).
pub fn mapping_rest(
    items: Vec<(Expr, Pattern)>,
    name: Symbol,
    nl: usize,
    nr: usize,
    l: usize,
    r: usize,
) -> PResult<Pattern> {
    let Some(rest) = capture(name, sp(nl, nr)) else {
        return err("invalid syntax", sp(nl, nr));
    };
    Ok(mapping(items, None, Some(rest), l, r))
}

/// `Cls(p, ..., attr=q, ...)`: positional sub-patterns come first.
pub fn class(cls: Expr, args: Vec<ClassArg>, l: usize, r: usize) -> PResult<Pattern> {
    let mut patterns = Vec::new();
    let mut kwd_names = Vec::new();
    let mut kwd_patterns = Vec::new();
    for a in args {
        match a {
            ClassArg::Positional(p) => {
                if !kwd_names.is_empty() {
                    return err("positional patterns follow keyword patterns", p.span);
                }
                patterns.push(p);
            }
            ClassArg::Keyword(name, span, p) => {
                kwd_names.push((name, span));
                kwd_patterns.push(p);
            }
        }
    }
    let kind = PatternKind::Class {
        cls,
        patterns,
        kwd_names,
        kwd_patterns,
    };
    Ok(pat(kind, l, r))
}
