//! Assignment-target and value-position validation for the grammar actions.
//!
//! Owns CPython's wording for invalid targets: `cannot assign to ...`
//! (with the "Maybe you meant '=='" hint where CPython gives it), augmented
//! and annotated assignment targets, `del` targets, walrus targets, and
//! misplaced starred expressions. Re-exported through `actions`.

use super::actions::{err, ex, st, user, PResult};
use super::ast::*;
use super::error::SyntaxError;

/// How an expression is named in "cannot assign to ..." messages; `None`
/// for valid assignment targets.
fn expr_name(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Name(..)
        | ExprKind::GlobalName(..)
        | ExprKind::Attribute(..)
        | ExprKind::Subscript(..)
        | ExprKind::Tuple(_)
        | ExprKind::List(_)
        | ExprKind::Starred(_) => return None,
        ExprKind::Const(Constant::None) => "None",
        ExprKind::Const(Constant::True) => "True",
        ExprKind::Const(Constant::False) => "False",
        ExprKind::Const(Constant::Ellipsis) => "ellipsis",
        ExprKind::Const(_) => "literal",
        ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::Call { .. } => "function call",
        ExprKind::BinOp(..)
        | ExprKind::LocalIntOp(_)
        | ExprKind::UnaryOp(..)
        | ExprKind::BoolOp(..) => "expression",
        ExprKind::Compare(..) | ExprKind::LocalIntCompare(_) => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Lambda(_) => "lambda",
        ExprKind::Comp(c) => match c.kind {
            CompKind::List => "list comprehension",
            CompKind::Set => "set comprehension",
            CompKind::Dict => "dict comprehension",
            CompKind::Generator => "generator expression",
        },
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::NamedExpr(..) => "named expression",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::Slice(..) => "slice",
    })
}

/// Is this an expression CPython's "Maybe you meant '=='" hint applies to?
fn hint_applies(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Compare(..)
            | ExprKind::LocalIntCompare(_)
            | ExprKind::BoolOp(..)
            | ExprKind::UnaryOp(UnaryOp::Not, _)
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda(_)
            | ExprKind::Const(Constant::None | Constant::True | Constant::False)
    )
}

/// Validate an assignment target (`for`, `with ... as`, comprehension, `=`).
pub fn check_target(e: &Expr) -> Result<(), SyntaxError> {
    match &e.kind {
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let mut starred = 0;
            for item in items {
                if let ExprKind::Starred(_) = item.kind {
                    starred += 1;
                    if starred > 1 {
                        return Err(SyntaxError::new(
                            "multiple starred expressions in assignment",
                            e.span,
                        ));
                    }
                }
                check_target(item)?;
            }
            Ok(())
        }
        ExprKind::Starred(inner) => check_target(inner),
        _ => match expr_name(e) {
            None => Ok(()),
            Some(n) => Err(SyntaxError::new(format!("cannot assign to {n}"), e.span)),
        },
    }
}

pub(crate) fn check_top_target(e: &Expr) -> Result<(), SyntaxError> {
    if let ExprKind::Starred(_) = e.kind {
        return Err(SyntaxError::new(
            "starred assignment target must be in a list or tuple",
            e.span,
        ));
    }
    check_target(e)
}

/// A value position: a bare starred expression is not allowed.
pub fn check_value(e: &Expr) -> Result<(), SyntaxError> {
    if let ExprKind::Starred(_) = e.kind {
        return Err(SyntaxError::new(
            "can't use starred expression here",
            e.span,
        ));
    }
    Ok(())
}

pub fn target(e: Expr) -> PResult<Expr> {
    check_top_target(&e).map_err(user)?;
    Ok(e)
}

pub fn value(e: Expr) -> PResult<Expr> {
    check_value(&e).map_err(user)?;
    Ok(e)
}

pub fn expr_stmt(e: Expr, l: usize, r: usize) -> PResult<Stmt> {
    check_value(&e).map_err(user)?;
    Ok(st(StmtKind::Expr(e), l, r))
}

pub fn assign(first: Expr, mut rest: Vec<Expr>, l: usize, r: usize) -> PResult<Stmt> {
    let Some(value) = rest.pop() else {
        return expr_stmt(first, l, r);
    };
    let mut targets = vec![first];
    targets.extend(rest);
    let single = targets.len() == 1;
    for t in &targets {
        if let Err(mut e) = check_top_target(t) {
            if single && e.span == t.span && hint_applies(t) && expr_name(t).is_some() {
                e.msg
                    .push_str(" here. Maybe you meant '==' instead of '='?");
            }
            return Err(user(e));
        }
    }
    check_value(&value).map_err(user)?;
    Ok(st(StmtKind::Assign { targets, value }, l, r))
}

pub fn aug_assign(target: Expr, op: BinOp, value: Expr, l: usize, r: usize) -> PResult<Stmt> {
    match target.kind {
        ExprKind::Name(..) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => {}
        _ => {
            let n = match &target.kind {
                ExprKind::Tuple(_) => "tuple",
                ExprKind::List(_) => "list",
                ExprKind::Starred(_) => "starred",
                _ => expr_name(&target).unwrap_or("expression"),
            };
            let n = match n {
                "None" | "True" | "False" | "ellipsis" => "literal",
                other => other,
            };
            return err(
                format!("'{n}' is an illegal expression for augmented assignment"),
                target.span,
            );
        }
    }
    check_value(&value).map_err(user)?;
    Ok(st(StmtKind::AugAssign { target, op, value }, l, r))
}

pub fn ann_assign(
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    l: usize,
    r: usize,
) -> PResult<Stmt> {
    match target.kind {
        ExprKind::Name(..) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => {}
        ExprKind::Tuple(_) => {
            return err(
                "only single target (not tuple) can be annotated",
                target.span,
            )
        }
        ExprKind::List(_) => {
            return err(
                "only single target (not list) can be annotated",
                target.span,
            )
        }
        _ => return err("illegal target for annotation", target.span),
    }
    if let Some(v) = &value {
        check_value(v).map_err(user)?;
    }
    Ok(st(
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        },
        l,
        r,
    ))
}

fn check_del(e: &Expr) -> Result<(), SyntaxError> {
    match &e.kind {
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().try_for_each(check_del),
        ExprKind::Starred(_) => Err(SyntaxError::new("cannot delete starred", e.span)),
        _ => match expr_name(e) {
            None => Ok(()),
            Some(n) => Err(SyntaxError::new(format!("cannot delete {n}"), e.span)),
        },
    }
}

pub fn delete(targets: Vec<Expr>, l: usize, r: usize) -> PResult<Stmt> {
    targets.iter().try_for_each(check_del).map_err(user)?;
    Ok(st(StmtKind::Delete(targets), l, r))
}

pub fn named_expr(target: Expr, value: Expr, l: usize, r: usize) -> PResult<Expr> {
    if let ExprKind::Name(..) = target.kind {
        check_value(&value).map_err(user)?;
        return Ok(ex(
            ExprKind::NamedExpr(Box::new(target), Box::new(value)),
            l,
            r,
        ));
    }
    let n = match &target.kind {
        ExprKind::Attribute(..) => "attribute",
        ExprKind::Subscript(..) => "subscript",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Starred(_) => "starred",
        _ => expr_name(&target).unwrap_or("expression"),
    };
    err(
        format!("cannot use assignment expressions with {n}"),
        target.span,
    )
}
