//! Test helpers: build ASTs by hand (the parser is written separately) and
//! read resolver results back out of them. Test-only.

use std::rc::Rc;

use crate::syntax::ast::*;
use crate::syntax::intern::intern;

/// A span that identifies a node in error tests.
pub fn at(n: usize) -> Span {
    Span::new(n, n + 1)
}

pub fn sym(s: &str) -> Symbol {
    intern(s)
}

pub fn e(kind: ExprKind) -> Expr {
    Expr::new(kind, Span::default())
}

pub fn st(kind: StmtKind) -> Stmt {
    Stmt::new(kind, Span::default())
}

pub fn name(s: &str) -> Expr {
    e(ExprKind::Name(sym(s), NameLoc::Unresolved))
}

pub fn num(i: i64) -> Expr {
    e(ExprKind::Const(Constant::Int(i)))
}

pub fn add(l: Expr, r: Expr) -> Expr {
    e(ExprKind::BinOp(Box::new(l), BinOp::Add, Box::new(r)))
}

pub fn call(f: Expr, args: Vec<Expr>) -> Expr {
    e(ExprKind::Call {
        func: Box::new(f),
        args: args.into_iter().map(Arg::Positional).collect(),
    })
}

pub fn attr(x: Expr, a: &str) -> Expr {
    e(ExprKind::Attribute(Box::new(x), sym(a), Default::default()))
}

pub fn tuple(xs: Vec<Expr>) -> Expr {
    e(ExprKind::Tuple(xs))
}

pub fn walrus(t: &str, v: Expr) -> Expr {
    e(ExprKind::NamedExpr(Box::new(name(t)), Box::new(v)))
}

pub fn yield_(x: Option<Expr>) -> Expr {
    e(ExprKind::Yield(x.map(Box::new)))
}

pub fn expr_stmt(x: Expr) -> Stmt {
    st(StmtKind::Expr(x))
}

pub fn assign(t: &str, v: Expr) -> Stmt {
    st(StmtKind::Assign {
        targets: vec![name(t)],
        value: v,
    })
}

pub fn aug(t: &str, v: Expr) -> Stmt {
    st(StmtKind::AugAssign {
        target: name(t),
        op: BinOp::Add,
        value: v,
    })
}

pub fn ret(x: Expr) -> Stmt {
    st(StmtKind::Return(Some(x)))
}

pub fn global(names: &[&str]) -> Stmt {
    st(StmtKind::Global(names.iter().map(|n| sym(n)).collect()))
}

pub fn nonlocal(names: &[&str]) -> Stmt {
    st(StmtKind::Nonlocal(names.iter().map(|n| sym(n)).collect()))
}

pub fn for_(t: &str, iter: Expr, body: Vec<Stmt>) -> Stmt {
    st(StmtKind::For {
        target: name(t),
        iter,
        body,
        orelse: vec![],
    })
}

pub fn while_(body: Vec<Stmt>) -> Stmt {
    st(StmtKind::While {
        test: num(1),
        body,
        orelse: vec![],
    })
}

pub fn with_span(mut s: Stmt, span: Span) -> Stmt {
    s.span = span;
    s
}

pub fn param(n: &str) -> Param {
    Param {
        name: sym(n),
        default: None,
        annotation: None,
        span: Span::default(),
    }
}

pub fn params(names: &[&str]) -> Params {
    Params {
        args: names.iter().map(|n| param(n)).collect(),
        ..Params::default()
    }
}

pub fn funcdef(n: &str, params: Params, body: Vec<Stmt>, is_lambda: bool) -> FunctionDef {
    FunctionDef {
        name: sym(n),
        params,
        body,
        decorators: vec![],
        returns: None,
        is_lambda,
        name_loc: NameLoc::Unresolved,
        qualname: String::new(),
        scope: ScopeInfo::default(),
        span: Span::default(),
    }
}

pub fn def_p(n: &str, p: Params, body: Vec<Stmt>) -> Stmt {
    st(StmtKind::FunctionDef(Rc::new(funcdef(n, p, body, false))))
}

pub fn def(n: &str, args: &[&str], body: Vec<Stmt>) -> Stmt {
    def_p(n, params(args), body)
}

pub fn lambda(args: &[&str], body: Expr) -> Expr {
    let f = funcdef("<lambda>", params(args), vec![ret(body)], true);
    e(ExprKind::Lambda(Rc::new(f)))
}

pub fn class(n: &str, body: Vec<Stmt>) -> Stmt {
    st(StmtKind::ClassDef(Rc::new(ClassDef {
        name: sym(n),
        bases: vec![],
        keywords: vec![],
        body,
        decorators: vec![],
        name_loc: NameLoc::Unresolved,
        qualname: String::new(),
        scope: ScopeInfo::default(),
        span: Span::default(),
    })))
}

/// `[elt for t in iter if cond ...] ` with any number of `for` clauses.
pub fn comp(kind: CompKind, elt: Expr, gens: Vec<(&str, Expr, Vec<Expr>)>) -> Expr {
    let generators = gens
        .into_iter()
        .map(|(t, iter, ifs)| CompFor {
            target: name(t),
            iter,
            ifs,
        })
        .collect();
    e(ExprKind::Comp(Rc::new(Comprehension {
        kind,
        elt,
        value: None,
        generators,
        scope: ScopeInfo::default(),
        qualname: String::new(),
    })))
}

pub fn module(body: Vec<Stmt>) -> Module {
    Module {
        body,
        scope: ScopeInfo::default(),
    }
}

// ---- reading results back ----

pub fn as_fn(s: &Stmt) -> &FunctionDef {
    match &s.kind {
        StmtKind::FunctionDef(f) => f,
        other => panic!("not a def: {other:?}"),
    }
}

pub fn as_class(s: &Stmt) -> &ClassDef {
    match &s.kind {
        StmtKind::ClassDef(c) => c,
        other => panic!("not a class: {other:?}"),
    }
}

/// The first def/class statement named `n` in `body`.
pub fn find<'a>(body: &'a [Stmt], n: &str) -> &'a Stmt {
    body.iter()
        .find(|s| match &s.kind {
            StmtKind::FunctionDef(f) => f.name == sym(n),
            StmtKind::ClassDef(c) => c.name == sym(n),
            _ => false,
        })
        .unwrap_or_else(|| panic!("no def {n}"))
}

/// Every location recorded for `n` in these statements, not looking inside
/// nested scopes (but including a comprehension's first iterable and a
/// nested def's name).
pub fn locs(body: &[Stmt], n: &str) -> Vec<NameLoc> {
    let mut out = Vec::new();
    for s in body {
        stmt_locs(s, sym(n), &mut out);
    }
    out
}

/// The single location of `n` in `body` (all occurrences must agree).
pub fn loc(body: &[Stmt], n: &str) -> NameLoc {
    let all = locs(body, n);
    assert!(!all.is_empty(), "{n} not found");
    assert!(all.iter().all(|l| *l == all[0]), "{n}: {all:?}");
    all[0]
}

fn stmt_locs(s: &Stmt, n: Symbol, out: &mut Vec<NameLoc>) {
    match &s.kind {
        StmtKind::Expr(x) | StmtKind::Return(Some(x)) => expr_locs(x, n, out),
        StmtKind::Assign { targets, value } => {
            targets.iter().for_each(|t| expr_locs(t, n, out));
            expr_locs(value, n, out);
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr_locs(target, n, out);
            expr_locs(value, n, out);
        }
        StmtKind::For {
            target, iter, body, ..
        } => {
            expr_locs(target, n, out);
            expr_locs(iter, n, out);
            body.iter().for_each(|s| stmt_locs(s, n, out));
        }
        StmtKind::While { body, .. } => body.iter().for_each(|s| stmt_locs(s, n, out)),
        StmtKind::Try { body, handlers, .. } => {
            body.iter().for_each(|s| stmt_locs(s, n, out));
            for h in handlers {
                if let Some(t) = &h.typ {
                    expr_locs(t, n, out);
                }
                if let Some((s, l)) = &h.name {
                    if *s == n {
                        out.push(*l);
                    }
                }
                h.body.iter().for_each(|s| stmt_locs(s, n, out));
            }
        }
        StmtKind::Import(aliases) => {
            for a in aliases {
                if a.target == n {
                    out.push(a.loc);
                }
            }
        }
        StmtKind::FunctionDef(f) if f.name == n => out.push(f.name_loc),
        StmtKind::ClassDef(c) if c.name == n => out.push(c.name_loc),
        _ => {}
    }
}

fn expr_locs(x: &Expr, n: Symbol, out: &mut Vec<NameLoc>) {
    match &x.kind {
        ExprKind::Name(s, l) if *s == n => out.push(*l),
        ExprKind::GlobalName(s, _) if *s == n => out.push(NameLoc::Global),
        ExprKind::LocalIntOp(x) if x.name == n => out.push(NameLoc::Local(x.slot)),
        ExprKind::LocalIntCompare(x) if x.name == n => out.push(NameLoc::Local(x.slot)),
        ExprKind::BinOp(a, _, b) => {
            expr_locs(a, n, out);
            expr_locs(b, n, out);
        }
        ExprKind::Call { func, args } => {
            expr_locs(func, n, out);
            for a in args {
                if let Arg::Positional(a) = a {
                    expr_locs(a, n, out);
                }
            }
        }
        ExprKind::Attribute(a, ..) => expr_locs(a, n, out),
        ExprKind::Tuple(xs) => xs.iter().for_each(|x| expr_locs(x, n, out)),
        ExprKind::NamedExpr(t, v) => {
            expr_locs(t, n, out);
            expr_locs(v, n, out);
        }
        ExprKind::Comp(c) => expr_locs(&c.generators[0].iter, n, out),
        _ => {}
    }
}

/// The comprehension in an expression statement / return / assignment.
pub fn as_comp(s: &Stmt) -> &Comprehension {
    let x = match &s.kind {
        StmtKind::Expr(x) | StmtKind::Return(Some(x)) => x,
        StmtKind::Assign { value, .. } => value,
        other => panic!("no expression: {other:?}"),
    };
    match &x.kind {
        ExprKind::Comp(c) => c,
        other => panic!("not a comprehension: {other:?}"),
    }
}

/// The lambda in an expression statement / return / assignment.
pub fn as_lambda(s: &Stmt) -> &FunctionDef {
    let x = match &s.kind {
        StmtKind::Expr(x) | StmtKind::Return(Some(x)) => x,
        StmtKind::Assign { value, .. } => value,
        other => panic!("no expression: {other:?}"),
    };
    match &x.kind {
        ExprKind::Lambda(f) => f,
        other => panic!("not a lambda: {other:?}"),
    }
}

pub fn syms(names: &[&str]) -> Vec<Symbol> {
    names.iter().map(|n| sym(n)).collect()
}
