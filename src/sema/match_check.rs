//! Compile-time checks of `match` statements, worded as CPython's compiler
//! (`compiler_pattern*` in `compile.c`, 3.11) words them.
//!
//! Owns: irrefutable patterns that make later cases unreachable, names bound
//! twice in one pattern, OR alternatives binding different names, several
//! starred names in one sequence, repeated class-pattern keywords and
//! duplicate literal keys in mapping patterns. Reported through the walker's
//! `deferred` hook, so symbol-table errors come first, as in CPython. Reads
//! the AST only.

use num_bigint::BigInt;

use crate::runtime::complex::{self, C64};
use crate::runtime::float_repr::float_repr;
use crate::runtime::repr::{bytes_repr, str_repr};
use crate::syntax::ast::*;
use crate::syntax::SyntaxError;

type Check = Result<(), SyntaxError>;

/// Check every case of one match statement, in order.
pub(super) fn check_cases(cases: &[MatchCase]) -> Check {
    let n = cases.len();
    for (i, case) in cases.iter().enumerate() {
        // Only the last case, or a guarded one, may be irrefutable.
        let allow = case.guard.is_some() || i + 1 == n;
        let mut names = Vec::new();
        pattern(&case.pattern, allow, &mut names)?;
    }
    Ok(())
}

fn store(c: &Option<Capture>, at: Span, names: &mut Vec<Symbol>) -> Check {
    let Some(c) = c else { return Ok(()) };
    if names.contains(&c.name) {
        return Err(SyntaxError::new(
            format!(
                "multiple assignments to name '{}' in pattern",
                c.name.as_str()
            ),
            at,
        ));
    }
    names.push(c.name);
    Ok(())
}

fn pattern(p: &Pattern, allow_irrefutable: bool, names: &mut Vec<Symbol>) -> Check {
    match &p.kind {
        PatternKind::Value(_) | PatternKind::Singleton(_) => Ok(()),
        PatternKind::As {
            pattern: None,
            name,
        } => {
            if !allow_irrefutable {
                let msg = match name {
                    Some(c) => format!(
                        "name capture '{}' makes remaining patterns unreachable",
                        c.name.as_str()
                    ),
                    None => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(SyntaxError::new(msg, p.span));
            }
            store(name, p.span, names)
        }
        PatternKind::As {
            pattern: Some(inner),
            name,
        } => {
            pattern(inner, allow_irrefutable, names)?;
            store(name, p.span, names)
        }
        PatternKind::Star(c) => store(c, p.span, names),
        PatternKind::Sequence(items) => {
            let stars = items
                .iter()
                .filter(|p| matches!(p.kind, PatternKind::Star(_)))
                .count();
            if stars > 1 {
                return Err(SyntaxError::new(
                    "multiple starred names in sequence pattern",
                    p.span,
                ));
            }
            items.iter().try_for_each(|p| pattern(p, true, names))
        }
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => {
            duplicate_keys(keys, p.span)?;
            patterns.iter().try_for_each(|p| pattern(p, true, names))?;
            store(rest, p.span, names)
        }
        PatternKind::Class {
            kwd_names,
            patterns,
            kwd_patterns,
            ..
        } => {
            for (i, (name, span)) in kwd_names.iter().enumerate() {
                if kwd_names[..i].iter().any(|(n, _)| n == name) {
                    return Err(SyntaxError::new(
                        format!(
                            "attribute name repeated in class pattern: {}",
                            name.as_str()
                        ),
                        *span,
                    ));
                }
            }
            patterns
                .iter()
                .chain(kwd_patterns)
                .try_for_each(|p| pattern(p, true, names))
        }
        PatternKind::Or(alts) => or_pattern(alts, allow_irrefutable, names),
    }
}

/// Every alternative must bind the same set of names.
fn or_pattern(alts: &[Pattern], allow_irrefutable: bool, names: &mut Vec<Symbol>) -> Check {
    let mut control: Option<Vec<Symbol>> = None;
    for (i, alt) in alts.iter().enumerate() {
        let mut bound = Vec::new();
        pattern(alt, allow_irrefutable && i + 1 == alts.len(), &mut bound)?;
        match &control {
            None => control = Some(bound),
            Some(c) => {
                let same = c.len() == bound.len() && c.iter().all(|n| bound.contains(n));
                if !same {
                    return Err(SyntaxError::new(
                        "alternative patterns bind different names",
                        alt.span,
                    ));
                }
            }
        }
    }
    for name in control.unwrap_or_default() {
        let c = Some(Capture {
            name,
            loc: NameLoc::Unresolved,
            span: Span::default(),
        });
        store(
            &c,
            alts.last().map_or_else(Span::default, |a| a.span),
            names,
        )?;
    }
    Ok(())
}

/// The value of a literal key, for equality between keys (`True == 1 == 1.0`).
#[derive(PartialEq)]
enum KeyValue {
    Int(BigInt),
    Num(f64, f64),
    Str(std::rc::Rc<str>),
    Bytes(std::rc::Rc<[u8]>),
    None,
}

/// Fold a literal key expression; `None` for value (dotted-name) keys.
fn fold(e: &Expr) -> Option<(KeyValue, String)> {
    Some(match &e.kind {
        ExprKind::Const(c) => match c {
            Constant::None => (KeyValue::None, "None".into()),
            Constant::True => (KeyValue::Int(1.into()), "True".into()),
            Constant::False => (KeyValue::Int(0.into()), "False".into()),
            Constant::Int(i) => (KeyValue::Int((*i).into()), i.to_string()),
            Constant::BigInt(b) => (KeyValue::Int((**b).clone()), b.to_string()),
            Constant::Float(f) => (KeyValue::Num(*f, 0.0), float_repr(*f)),
            Constant::Imag(f) => (KeyValue::Num(0.0, *f), complex::repr(C64::new(0.0, *f))),
            Constant::Str(s) => (KeyValue::Str(s.clone()), str_repr(s)),
            Constant::Bytes(b) => (KeyValue::Bytes(b.clone()), bytes_repr(b)),
            Constant::Ellipsis => return None,
        },
        ExprKind::UnaryOp(UnaryOp::Neg, inner) => match fold(inner)?.0 {
            KeyValue::Int(i) => {
                let v = -i;
                let text = v.to_string();
                (KeyValue::Int(v), text)
            }
            KeyValue::Num(re, im) => {
                let (re, im) = (-re, -im);
                let text = if im == 0.0 {
                    float_repr(re)
                } else {
                    complex::repr(C64::new(re, im))
                };
                (KeyValue::Num(re, im), text)
            }
            _ => return None,
        },
        ExprKind::BinOp(a, op, b) => {
            let (re, _) = as_complex(fold(a)?.0)?;
            let (_, im) = as_complex(fold(b)?.0)?;
            let im = if *op == BinOp::Sub { -im } else { im };
            let z = C64::new(re, im);
            (KeyValue::Num(re, im), complex::repr(z))
        }
        _ => return None,
    })
    .map(|(k, text)| (normalize(k), text))
}

fn as_complex(k: KeyValue) -> Option<(f64, f64)> {
    match k {
        KeyValue::Num(re, im) => Some((re, im)),
        KeyValue::Int(i) => Some((i.to_string().parse().ok()?, 0.0)),
        _ => None,
    }
}

/// Integral real numbers compare equal to ints: use one form for both.
fn normalize(k: KeyValue) -> KeyValue {
    match k {
        KeyValue::Num(re, im) if im == 0.0 && re.fract() == 0.0 && re.abs() < 1e18 => {
            KeyValue::Int(BigInt::from(re as i64))
        }
        other => other,
    }
}

/// CPython: "mapping pattern checks duplicate key (%R)".
fn duplicate_keys(keys: &[Expr], span: Span) -> Check {
    let mut seen: Vec<KeyValue> = Vec::new();
    for k in keys {
        let Some((value, text)) = fold(k) else {
            continue;
        };
        if seen.contains(&value) {
            return Err(SyntaxError::new(
                format!("mapping pattern checks duplicate key ({text})"),
                span,
            ));
        }
        seen.push(value);
    }
    Ok(())
}
