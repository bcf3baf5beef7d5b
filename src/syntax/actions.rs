//! Grammar actions: AST construction and validation called from `grammar/wisp.lalrpop`.
//!
//! Owns everything the grammar delegates instead of writing inline: target
//! validation (assignment / augmented / annotated / `del` / walrus, with
//! CPython's messages), call-argument ordering, parameter-list ordering,
//! statement builders (if/elif chains, try, class), imports and comprehensions.

use std::collections::HashSet;
use std::rc::Rc;

use lalrpop_util::ParseError;

use super::ast::*;
use super::error::SyntaxError;
use super::intern::intern;
use super::token::Tok;

pub use super::targets::*;

pub type PErr = ParseError<usize, Tok, SyntaxError>;
pub type PResult<T> = Result<T, PErr>;

/// What the single grammar entry point produced.
pub enum Top {
    Module(Vec<Stmt>),
    Expr(Expr),
}

pub fn user(e: SyntaxError) -> PErr {
    ParseError::User { error: e }
}

pub(crate) fn err<T>(msg: impl Into<String>, span: Span) -> PResult<T> {
    Err(user(SyntaxError::new(msg, span)))
}

pub fn sp(l: usize, r: usize) -> Span {
    Span::new(l, r)
}

pub fn ex(kind: ExprKind, l: usize, r: usize) -> Expr {
    Expr::new(kind, sp(l, r))
}

pub fn st(kind: StmtKind, l: usize, r: usize) -> Stmt {
    Stmt::new(kind, sp(l, r))
}

pub fn name(sym: Symbol, l: usize, r: usize) -> Expr {
    ex(ExprKind::Name(sym, NameLoc::Unresolved), l, r)
}

pub fn constant(c: Constant, l: usize, r: usize) -> Expr {
    ex(ExprKind::Const(c), l, r)
}

pub fn binop(a: Expr, op: BinOp, b: Expr) -> Expr {
    let span = a.span.to(b.span);
    Expr::new(ExprKind::BinOp(Box::new(a), op, Box::new(b)), span)
}

pub fn unary(op: UnaryOp, e: Expr, l: usize) -> Expr {
    let span = sp(l, e.span.end as usize);
    Expr::new(ExprKind::UnaryOp(op, Box::new(e)), span)
}

pub fn boolop(op: BoolOp, first: Expr, rest: Vec<Expr>) -> Expr {
    let mut span = first.span;
    if let Some(last) = rest.last() {
        span = span.to(last.span);
    }
    let mut values = vec![first];
    values.extend(rest);
    Expr::new(ExprKind::BoolOp(op, values), span)
}

pub fn compare(first: Expr, rest: Vec<(CmpOp, Expr)>) -> Expr {
    let mut span = first.span;
    if let Some((_, last)) = rest.last() {
        span = span.to(last.span);
    }
    Expr::new(ExprKind::Compare(Box::new(first), rest), span)
}

/// `a, b, c` (with `items` already collected) or a single expression.
pub fn tuple_or_single(mut items: Vec<Expr>, comma: bool, l: usize, r: usize) -> Expr {
    if items.len() == 1 && !comma {
        if let Some(e) = items.pop() {
            return e;
        }
    }
    ex(ExprKind::Tuple(items), l, r)
}

/// `head, ...` list where `head` items were followed by commas.
pub fn comma_list(mut head: Vec<Expr>, last: Option<Expr>, l: usize, r: usize) -> Expr {
    let comma = last.is_none();
    head.extend(last);
    tuple_or_single(head, comma, l, r)
}

/// One call argument as parsed, before ordering checks.
pub enum ArgItem {
    Arg(Arg),
    /// `f(x for x in y)`: an unparenthesized generator argument.
    BareGen(Expr),
}

pub fn keyword_arg(key: Expr, value: Expr) -> PResult<ArgItem> {
    match key.kind {
        ExprKind::Name(sym, _) => Ok(ArgItem::Arg(Arg::Keyword(sym, value))),
        _ => err(
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            key.span.to(value.span),
        ),
    }
}

fn arg_span(a: &Arg) -> Span {
    match a {
        Arg::Positional(e) | Arg::Starred(e) | Arg::Keyword(_, e) | Arg::DoubleStarred(e) => e.span,
    }
}

pub fn call_args(items: Vec<ArgItem>) -> PResult<Vec<Arg>> {
    let n = items.len();
    let mut out = Vec::with_capacity(n);
    let (mut seen_kw, mut seen_dstar) = (false, false);
    let mut names = HashSet::new();
    for item in items {
        let a = match item {
            ArgItem::BareGen(e) => {
                if n > 1 {
                    return err("Generator expression must be parenthesized", e.span);
                }
                Arg::Positional(e)
            }
            ArgItem::Arg(a) => a,
        };
        let span = arg_span(&a);
        match &a {
            Arg::Positional(_) if seen_dstar => {
                return err(
                    "positional argument follows keyword argument unpacking",
                    span,
                )
            }
            Arg::Positional(_) if seen_kw => {
                return err("positional argument follows keyword argument", span)
            }
            Arg::Starred(_) if seen_dstar => {
                return err(
                    "iterable argument unpacking follows keyword argument unpacking",
                    span,
                )
            }
            Arg::Keyword(k, _) => {
                if !names.insert(*k) {
                    return err(format!("keyword argument repeated: {k}"), span);
                }
                seen_kw = true;
            }
            Arg::DoubleStarred(_) => seen_dstar = true,
            _ => {}
        }
        out.push(a);
    }
    Ok(out)
}

/// One item of a parameter list, before ordering checks.
pub enum ParamItem {
    Plain(Param),
    Slash(Span),
    Star(Option<Param>, Span),
    DoubleStar(Param),
}

pub fn param(name: Symbol, annotation: Option<Expr>, l: usize, r: usize) -> Param {
    Param {
        name,
        default: None,
        annotation,
        span: sp(l, r),
    }
}

pub fn params(items: Vec<ParamItem>) -> PResult<Params> {
    let mut p = Params::default();
    let (mut seen_slash, mut seen_star, mut seen_default) = (false, false, false);
    let mut bare_star: Option<Span> = None;
    let mut names = HashSet::new();
    let mut check_name = |prm: &Param| -> PResult<()> {
        if !names.insert(prm.name) {
            return err(
                format!("duplicate argument '{}' in function definition", prm.name),
                prm.span,
            );
        }
        Ok(())
    };
    for item in items {
        if p.kwarg.is_some() {
            let span = match &item {
                ParamItem::Plain(x) | ParamItem::DoubleStar(x) => x.span,
                ParamItem::Slash(s) | ParamItem::Star(_, s) => *s,
            };
            return err("arguments cannot follow var-keyword argument", span);
        }
        match item {
            ParamItem::Plain(prm) => {
                check_name(&prm)?;
                if seen_star {
                    bare_star = None;
                    p.kwonly.push(prm);
                } else {
                    if prm.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        return err("non-default argument follows default argument", prm.span);
                    }
                    p.args.push(prm);
                }
            }
            ParamItem::Slash(s) => {
                if seen_slash {
                    return err("/ may appear only once", s);
                }
                if seen_star {
                    return err("/ must be ahead of *", s);
                }
                if p.args.is_empty() {
                    return err("at least one argument must precede /", s);
                }
                seen_slash = true;
                p.posonly = std::mem::take(&mut p.args);
            }
            ParamItem::Star(prm, s) => {
                if seen_star {
                    return err("* argument may appear only once", s);
                }
                seen_star = true;
                match prm {
                    Some(prm) => {
                        check_name(&prm)?;
                        p.vararg = Some(prm);
                    }
                    None => bare_star = Some(s),
                }
            }
            ParamItem::DoubleStar(prm) => {
                check_name(&prm)?;
                if let Some(s) = bare_star.take() {
                    return err("named arguments must follow bare *", s);
                }
                p.kwarg = Some(prm);
            }
        }
    }
    if let Some(s) = bare_star {
        return err("named arguments must follow bare *", s);
    }
    Ok(p)
}

pub fn funcdef(
    name: Symbol,
    params: Params,
    returns: Option<Expr>,
    body: Vec<Stmt>,
    l: usize,
    r: usize,
) -> FunctionDef {
    FunctionDef {
        name,
        params,
        body,
        decorators: Vec::new(),
        returns,
        is_lambda: false,
        name_loc: NameLoc::Unresolved,
        qualname: String::new(),
        scope: ScopeInfo::default(),
        span: sp(l, r),
    }
}

pub fn lambda(params: Params, body: Expr, l: usize, r: usize) -> Expr {
    let ret = Stmt::new(StmtKind::Return(Some(body.clone())), body.span);
    let mut f = funcdef(intern("<lambda>"), params, None, vec![ret], l, r);
    f.is_lambda = true;
    ex(ExprKind::Lambda(Rc::new(f)), l, r)
}

pub fn classdef(
    name: Symbol,
    args: Option<Vec<Arg>>,
    body: Vec<Stmt>,
    l: usize,
    r: usize,
) -> PResult<ClassDef> {
    let mut bases = Vec::new();
    let mut keywords = Vec::new();
    for a in args.unwrap_or_default() {
        match a {
            Arg::Positional(e) => bases.push(e),
            Arg::Starred(e) => {
                let span = e.span;
                bases.push(Expr::new(ExprKind::Starred(Box::new(e)), span));
            }
            Arg::Keyword(k, v) => keywords.push((k, v)),
            Arg::DoubleStarred(e) => {
                return err("wisp does not support ** unpacking in class bases", e.span)
            }
        }
    }
    Ok(ClassDef {
        name,
        bases,
        keywords,
        body,
        decorators: Vec::new(),
        name_loc: NameLoc::Unresolved,
        qualname: String::new(),
        scope: ScopeInfo::default(),
        span: sp(l, r),
    })
}

/// A function or class definition before it is wrapped in a statement.
pub enum Def {
    Func(Box<FunctionDef>),
    Class(Box<ClassDef>),
}

pub fn def_stmt(decorators: Vec<Expr>, def: Def, l: usize) -> Stmt {
    match def {
        Def::Func(f) => {
            let mut f = *f;
            f.decorators = decorators;
            f.span.start = l as u32;
            let span = f.span;
            Stmt::new(StmtKind::FunctionDef(Rc::new(f)), span)
        }
        Def::Class(c) => {
            let mut c = *c;
            c.decorators = decorators;
            c.span.start = l as u32;
            let span = c.span;
            Stmt::new(StmtKind::ClassDef(Rc::new(c)), span)
        }
    }
}

/// `if test: body` followed by `elif` clauses (start, test, body) and an `else`.
pub fn if_chain(
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Expr, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
    l: usize,
    r: usize,
) -> PResult<Stmt> {
    if elifs.len() > super::layout::MAX_EXPR_NESTING {
        return err("too many 'elif' clauses (nested too deeply)", sp(l, r));
    }
    let mut tail = orelse.unwrap_or_default();
    for (el, test, body) in elifs.into_iter().rev() {
        tail = vec![st(
            StmtKind::If {
                test,
                body,
                orelse: tail,
            },
            el,
            r,
        )];
    }
    Ok(st(
        StmtKind::If {
            test,
            body,
            orelse: tail,
        },
        l,
        r,
    ))
}

pub fn try_stmt(
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Option<Vec<Stmt>>,
    finalbody: Option<Vec<Stmt>>,
    l: usize,
    r: usize,
) -> PResult<Stmt> {
    let n = handlers.len();
    for (i, h) in handlers.iter().enumerate() {
        if h.typ.is_none() && i + 1 < n {
            return err("default 'except:' must be last", h.span);
        }
        if h.star != handlers[0].star {
            return err(
                "cannot have both 'except' and 'except*' on the same 'try'",
                h.span,
            );
        }
        if h.star {
            if let Some(span) = escaping_jump(&h.body) {
                return err(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    span,
                );
            }
        }
    }
    Ok(st(
        StmtKind::Try {
            body,
            handlers,
            orelse: orelse.unwrap_or_default(),
            finalbody: finalbody.unwrap_or_default(),
        },
        l,
        r,
    ))
}

/// A `break`/`continue`/`return` in `body` that would leave an `except*`
/// block (loops contain their own `break`/`continue`; functions and classes
/// everything).
fn escaping_jump(body: &[Stmt]) -> Option<Span> {
    fn walk(body: &[Stmt], in_loop: bool) -> Option<Span> {
        for s in body {
            let found = match &s.kind {
                StmtKind::Break | StmtKind::Continue if !in_loop => Some(s.span),
                StmtKind::Return(_) => Some(s.span),
                StmtKind::For { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                    walk(body, true).or_else(|| walk(orelse, in_loop))
                }
                StmtKind::If { body, orelse, .. } => {
                    walk(body, in_loop).or_else(|| walk(orelse, in_loop))
                }
                StmtKind::With { body, .. } => walk(body, in_loop),
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                } => walk(body, in_loop)
                    .or_else(|| handlers.iter().find_map(|h| walk(&h.body, in_loop)))
                    .or_else(|| walk(orelse, in_loop))
                    .or_else(|| walk(finalbody, in_loop)),
                _ => None,
            };
            if found.is_some() {
                return found;
            }
        }
        None
    }
    walk(body, false)
}

pub fn alias(name: String, asname: Option<Symbol>, dotted: bool, l: usize, r: usize) -> Alias {
    let target = match asname {
        Some(a) => a,
        None if dotted => intern(name.split('.').next().unwrap_or(&name)),
        None => intern(&name),
    };
    Alias {
        name,
        asname,
        target,
        loc: NameLoc::Unresolved,
        span: sp(l, r),
    }
}

pub fn import_from(
    level: u32,
    module: Option<String>,
    names: Option<Vec<Alias>>,
    l: usize,
    r: usize,
) -> Stmt {
    let star = names.is_none();
    st(
        StmtKind::ImportFrom {
            module,
            level,
            names: names.unwrap_or_default(),
            star,
        },
        l,
        r,
    )
}

pub fn comp(
    kind: CompKind,
    elt: Expr,
    value: Option<Expr>,
    generators: Vec<CompFor>,
    l: usize,
    r: usize,
) -> PResult<Expr> {
    if let ExprKind::Starred(_) = elt.kind {
        return err(
            "iterable unpacking cannot be used in comprehension",
            elt.span,
        );
    }
    Ok(ex(
        ExprKind::Comp(Rc::new(Comprehension {
            kind,
            elt,
            value,
            generators,
            scope: ScopeInfo::default(),
            qualname: String::new(),
        })),
        l,
        r,
    ))
}

pub fn comp_for(target: Expr, iter: Expr, ifs: Vec<Expr>) -> PResult<CompFor> {
    check_top_target(&target).map_err(user)?;
    Ok(CompFor { target, iter, ifs })
}

/// A subscript's index: a single element, or a tuple of them.
pub fn subscript(mut items: Vec<Expr>, comma: bool, l: usize, r: usize) -> Expr {
    let star = items.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)));
    if items.len() == 1 && !comma && !star {
        if let Some(e) = items.pop() {
            return e;
        }
    }
    ex(ExprKind::Tuple(items), l, r)
}
