//! The one traversal of the AST shared by the resolver's passes.
//!
//! Owns the *order* in which names, scopes and scope-sensitive constructs are
//! visited, and which scope each sub-tree is evaluated in (defaults,
//! decorators, annotations, bases and a comprehension's first iterable belong
//! to the enclosing scope). Both the symbol-table pass (`symtable`) and the
//! annotation pass (`scope`) drive this walker, so they see the scopes in the
//! same (pre-)order by construction. It owns no scoping rules itself, except
//! the purely syntactic "is this `break` inside a loop" check.
//!
//! Expression recursion is plain recursion: keep the frame of [`Walker::expr`]
//! small (bulky cases are delegated to separate non-inlined functions).

use std::rc::Rc;

use crate::syntax::ast::{
    Arg, Capture, ClassDef, CmpOp, CompKind, Comprehension, Constant, Expr, ExprKind, FStringPart,
    FunctionDef, LocalInt, NameLoc, Params, Pattern, PatternKind, ScopeInfo, Span, Stmt, StmtKind,
    Symbol,
};
use crate::syntax::SyntaxError;

pub(super) type Res = Result<(), Box<SyntaxError>>;

/// How a name occurrence uses the name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Ctx {
    Load,
    Store,
    Del,
}

/// `global` or `nonlocal`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Decl {
    Global,
    Nonlocal,
}

/// The hooks a resolver pass implements. Every hook is called in the scope
/// (between the matching `enter_*`/`exit_*`) the construct belongs to.
pub(super) trait Visitor {
    /// A plain name occurrence (`ExprKind::Name`, a `def`/`class` name, an
    /// `except ... as` name, an import binding).
    fn name(&mut self, sym: Symbol, ctx: Ctx, loc: &mut NameLoc, span: Span) -> Res;
    /// The target of `target := value`; `expr_span` covers the whole walrus.
    fn walrus_target(&mut self, sym: Symbol, loc: &mut NameLoc, span: Span, expr_span: Span)
        -> Res;
    /// The simple name target of an annotated assignment.
    fn annotated_target(
        &mut self,
        sym: Symbol,
        has_value: bool,
        loc: &mut NameLoc,
        stmt_span: Span,
    ) -> Res;
    fn declare(&mut self, decl: Decl, names: &[Symbol], span: Span) -> Res;
    fn import_star(&mut self, span: Span) -> Res;
    fn yield_expr(&mut self, span: Span) -> Res;
    fn return_stmt(&mut self, span: Span) -> Res;
    /// A compiler-stage error (reported only if the symbol tables are fine).
    fn deferred(&mut self, err: SyntaxError);
    fn enter_function(&mut self, f: &FunctionDef) -> Res;
    fn exit_function(&mut self, scope: &mut ScopeInfo, qualname: &mut String) -> Res;
    fn enter_class(&mut self, c: &ClassDef) -> Res;
    fn exit_class(&mut self, scope: &mut ScopeInfo, qualname: &mut String) -> Res;
    fn enter_comp(&mut self, kind: CompKind, span: Span) -> Res;
    fn exit_comp(&mut self, scope: &mut ScopeInfo, qualname: &mut String) -> Res;
    /// Entering (`true`) / leaving a comprehension iterable expression.
    fn comp_iter(&mut self, on: bool);
    /// Entering (`true`) / leaving a comprehension iteration target.
    fn comp_target(&mut self, on: bool);
}

/// Walks statements and expressions, calling the visitor's hooks.
pub(super) struct Walker<'a, V> {
    pub v: &'a mut V,
    in_loop: bool,
}

/// A boxed error: keeps `Result`s one word wide, so the recursive walker's
/// frames stay small.
pub(super) fn serr(msg: impl Into<String>, span: Span) -> Box<SyntaxError> {
    Box::new(SyntaxError::new(msg, span))
}

pub(super) fn internal(what: &str, span: Span) -> Box<SyntaxError> {
    serr(format!("internal: {what}"), span)
}

fn unique<T>(rc: &mut Rc<T>, span: Span) -> Result<&mut T, Box<SyntaxError>> {
    Rc::get_mut(rc).ok_or_else(|| internal("shared AST node", span))
}

impl<'a, V: Visitor> Walker<'a, V> {
    pub fn new(v: &'a mut V) -> Self {
        Walker { v, in_loop: false }
    }

    pub fn stmts(&mut self, body: &mut [Stmt]) -> Res {
        body.iter_mut().try_for_each(|s| self.stmt(s))
    }

    fn loop_body(&mut self, body: &mut [Stmt]) -> Res {
        let saved = std::mem::replace(&mut self.in_loop, true);
        let r = self.stmts(body);
        self.in_loop = saved;
        r
    }

    /// A body that starts a new code object: loops outside it don't count.
    fn scope_body(&mut self, body: &mut [Stmt]) -> Res {
        let saved = std::mem::replace(&mut self.in_loop, false);
        let r = self.stmts(body);
        self.in_loop = saved;
        r
    }

    fn stmt(&mut self, s: &mut Stmt) -> Res {
        let span = s.span;
        match &mut s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                for t in targets.iter_mut() {
                    self.target(t, Ctx::Store)?;
                }
                self.expr(value)
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(target, Ctx::Store)?;
                self.expr(value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let ExprKind::Name(sym, loc) = &mut target.kind {
                    self.v.annotated_target(*sym, value.is_some(), loc, span)?;
                } else {
                    self.target(target, Ctx::Store)?;
                }
                self.expr(annotation)?;
                self.opt(value)
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.loop_body(body)?;
                self.stmts(orelse)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.target(target, Ctx::Store)?;
                self.expr(iter)?;
                self.loop_body(body)?;
                self.stmts(orelse)
            }
            StmtKind::Break => {
                if !self.in_loop {
                    self.v
                        .deferred(SyntaxError::new("'break' outside loop", span));
                }
                Ok(())
            }
            StmtKind::Continue => {
                if !self.in_loop {
                    self.v
                        .deferred(SyntaxError::new("'continue' not properly in loop", span));
                }
                Ok(())
            }
            StmtKind::Pass => Ok(()),
            StmtKind::Return(value) => {
                self.v.return_stmt(span)?;
                self.opt(value)
            }
            StmtKind::FunctionDef(f) => self.function_def(f, span),
            StmtKind::ClassDef(c) => self.class_def(c, span),
            StmtKind::Delete(targets) => targets
                .iter_mut()
                .try_for_each(|t| self.target(t, Ctx::Del)),
            StmtKind::Global(names) => self.v.declare(Decl::Global, names, span),
            StmtKind::Nonlocal(names) => self.v.declare(Decl::Nonlocal, names, span),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                for h in handlers.iter_mut() {
                    if let Some(typ) = &mut h.typ {
                        self.expr(typ)?;
                    }
                    if let Some((sym, loc)) = &mut h.name {
                        self.v.name(*sym, Ctx::Store, loc, h.span)?;
                    }
                    self.stmts(&mut h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)
            }
            StmtKind::Raise { exc, cause } => {
                self.opt(exc)?;
                self.opt(cause)
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                self.opt(msg)
            }
            StmtKind::Import(names) => names
                .iter_mut()
                .try_for_each(|a| self.v.name(a.target, Ctx::Store, &mut a.loc, a.span)),
            StmtKind::ImportFrom { names, star, .. } => {
                if *star {
                    self.v.import_star(span)?;
                }
                names
                    .iter_mut()
                    .try_for_each(|a| self.v.name(a.target, Ctx::Store, &mut a.loc, a.span))
            }
            StmtKind::With { items, body } => {
                for item in items.iter_mut() {
                    self.expr(&mut item.context)?;
                    if let Some(t) = &mut item.target {
                        self.target(t, Ctx::Store)?;
                    }
                }
                self.stmts(body)
            }
            StmtKind::Match { subject, cases } => {
                if let Err(e) = super::match_check::check_cases(cases) {
                    self.v.deferred(e);
                }
                self.expr(subject)?;
                for case in cases.iter_mut() {
                    self.pattern(&mut case.pattern)?;
                    self.opt(&mut case.guard)?;
                    self.stmts(&mut case.body)?;
                }
                Ok(())
            }
        }
    }

    /// A case pattern: captures are stores, values and classes are loads.
    fn pattern(&mut self, p: &mut Pattern) -> Res {
        let capture = |w: &mut Self, c: &mut Option<Capture>| match c {
            Some(c) => w.v.name(c.name, Ctx::Store, &mut c.loc, c.span),
            None => Ok(()),
        };
        match &mut p.kind {
            PatternKind::Value(e) => self.expr(e),
            PatternKind::Singleton(_) => Ok(()),
            PatternKind::Sequence(ps) | PatternKind::Or(ps) => {
                ps.iter_mut().try_for_each(|p| self.pattern(p))
            }
            PatternKind::Star(c) => capture(self, c),
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys)?;
                patterns.iter_mut().try_for_each(|p| self.pattern(p))?;
                capture(self, rest)
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                patterns.iter_mut().try_for_each(|p| self.pattern(p))?;
                kwd_patterns.iter_mut().try_for_each(|p| self.pattern(p))
            }
            PatternKind::As { pattern, name } => {
                if let Some(p) = pattern {
                    self.pattern(p)?;
                }
                capture(self, name)
            }
        }
    }

    fn opt(&mut self, e: &mut Option<Expr>) -> Res {
        match e {
            Some(e) => self.expr(e),
            None => Ok(()),
        }
    }

    /// Defaults (positional, then keyword-only), evaluated in the enclosing scope.
    fn defaults(&mut self, params: &mut Params) -> Res {
        for p in params.posonly.iter_mut().chain(params.args.iter_mut()) {
            self.opt(&mut p.default)?;
        }
        for p in params.kwonly.iter_mut() {
            self.opt(&mut p.default)?;
        }
        Ok(())
    }

    /// Parameter annotations, evaluated in the enclosing scope.
    fn annotations(&mut self, params: &mut Params) -> Res {
        let Params {
            posonly,
            args,
            vararg,
            kwonly,
            kwarg,
        } = params;
        let all = posonly
            .iter_mut()
            .chain(args.iter_mut())
            .chain(vararg.iter_mut())
            .chain(kwonly.iter_mut())
            .chain(kwarg.iter_mut());
        for p in all {
            self.opt(&mut p.annotation)?;
        }
        Ok(())
    }

    #[inline(never)]
    fn function_def(&mut self, f: &mut Rc<FunctionDef>, span: Span) -> Res {
        let f = unique(f, span)?;
        // CPython's symtable: name, defaults, annotations, decorators, body.
        self.v.name(f.name, Ctx::Store, &mut f.name_loc, span)?;
        self.defaults(&mut f.params)?;
        self.annotations(&mut f.params)?;
        self.opt(&mut f.returns)?;
        for d in f.decorators.iter_mut() {
            self.expr(d)?;
        }
        self.v.enter_function(f)?;
        self.scope_body(&mut f.body)?;
        self.v.exit_function(&mut f.scope, &mut f.qualname)
    }

    #[inline(never)]
    fn lambda(&mut self, f: &mut Rc<FunctionDef>, span: Span) -> Res {
        let f = unique(f, span)?;
        self.defaults(&mut f.params)?;
        self.v.enter_function(f)?;
        self.scope_body(&mut f.body)?;
        self.v.exit_function(&mut f.scope, &mut f.qualname)
    }

    #[inline(never)]
    fn class_def(&mut self, c: &mut Rc<ClassDef>, span: Span) -> Res {
        let c = unique(c, span)?;
        self.v.name(c.name, Ctx::Store, &mut c.name_loc, span)?;
        for b in c.bases.iter_mut() {
            self.expr(b)?;
        }
        for (_, k) in c.keywords.iter_mut() {
            self.expr(k)?;
        }
        for d in c.decorators.iter_mut() {
            self.expr(d)?;
        }
        self.v.enter_class(c)?;
        self.scope_body(&mut c.body)?;
        self.v.exit_class(&mut c.scope, &mut c.qualname)
    }

    #[inline(never)]
    fn comprehension(&mut self, c: &mut Rc<Comprehension>, span: Span) -> Res {
        let c = unique(c, span)?;
        let Some((first, rest)) = c.generators.split_first_mut() else {
            return Err(internal("comprehension without generators", span));
        };
        // The outermost iterable is evaluated in the enclosing scope.
        self.v.comp_iter(true);
        self.expr(&mut first.iter)?;
        self.v.comp_iter(false);
        self.v.enter_comp(c.kind, span)?;
        self.v.comp_target(true);
        self.target(&mut first.target, Ctx::Store)?;
        self.v.comp_target(false);
        for cond in first.ifs.iter_mut() {
            self.expr(cond)?;
        }
        for g in rest.iter_mut() {
            self.v.comp_target(true);
            self.target(&mut g.target, Ctx::Store)?;
            self.v.comp_target(false);
            self.v.comp_iter(true);
            self.expr(&mut g.iter)?;
            self.v.comp_iter(false);
            for cond in g.ifs.iter_mut() {
                self.expr(cond)?;
            }
        }
        self.expr(&mut c.elt)?;
        self.opt(&mut c.value)?;
        self.v.exit_comp(&mut c.scope, &mut c.qualname)
    }

    /// An assignment / deletion target.
    fn target(&mut self, e: &mut Expr, ctx: Ctx) -> Res {
        let span = e.span;
        match &mut e.kind {
            ExprKind::Name(sym, loc) => self.v.name(*sym, ctx, loc, span),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter_mut().try_for_each(|t| self.target(t, ctx))
            }
            ExprKind::Starred(inner) => self.target(inner, ctx),
            _ => self.expr(e),
        }
    }

    fn exprs(&mut self, es: &mut [Expr]) -> Res {
        es.iter_mut().try_for_each(|e| self.expr(e))
    }

    /// The frame repeated per nesting level: it binds nothing and only
    /// dispatches, so it stays small even in debug builds.
    pub fn expr(&mut self, e: &mut Expr) -> Res {
        match e.kind {
            ExprKind::Const(_)
            | ExprKind::GlobalName(..)
            | ExprKind::LocalIntOp(_)
            | ExprKind::LocalIntCompare(_) => Ok(()),
            ExprKind::Name(..)
            | ExprKind::BinOp(..)
            | ExprKind::Subscript(..)
            | ExprKind::UnaryOp(..)
            | ExprKind::Attribute(..)
            | ExprKind::Starred(..) => self.simple(e),
            _ => self.expr_rest(e),
        }
    }

    #[inline(never)]
    fn simple(&mut self, e: &mut Expr) -> Res {
        let span = e.span;
        match &mut e.kind {
            ExprKind::Name(sym, loc) => {
                self.v.name(*sym, Ctx::Load, loc, span)?;
                if *loc == NameLoc::Global {
                    e.kind = ExprKind::GlobalName(*sym, Box::default());
                }
                Ok(())
            }
            ExprKind::BinOp(l, op, r) => {
                self.expr(l)?;
                self.expr(r)?;
                if let Some(x) = local_int(l, *op, r) {
                    e.kind = ExprKind::LocalIntOp(x);
                }
                Ok(())
            }
            ExprKind::Subscript(l, r) => {
                self.expr(l)?;
                self.expr(r)
            }
            ExprKind::UnaryOp(_, x) | ExprKind::Attribute(x, ..) | ExprKind::Starred(x) => {
                self.expr(x)
            }
            _ => self.expr_rest(e),
        }
    }

    #[inline(never)]
    fn expr_rest(&mut self, e: &mut Expr) -> Res {
        let span = e.span;
        match &mut e.kind {
            ExprKind::JoinedStr(parts) => self.fstring(parts),
            ExprKind::BoolOp(_, xs)
            | ExprKind::Tuple(xs)
            | ExprKind::List(xs)
            | ExprKind::Set(xs) => self.exprs(xs),
            ExprKind::Compare(l, rest) => {
                self.compare(l, rest)?;
                if let [(op, r)] = rest.as_slice() {
                    let ordering =
                        !matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn);
                    if let Some(x) = local_int(l, *op, r).filter(|_| ordering) {
                        e.kind = ExprKind::LocalIntCompare(x);
                    }
                }
                Ok(())
            }
            ExprKind::IfExp { test, body, orelse } => self.if_exp(test, body, orelse),
            ExprKind::Call { func, args } => self.call(func, args),
            ExprKind::Slice(a, b, c) => self.slice(a, b, c),
            ExprKind::Dict(items) => self.dict(items),
            ExprKind::Comp(c) => self.comprehension(c, span),
            ExprKind::Lambda(f) => self.lambda(f, span),
            ExprKind::Yield(x) => self.yield_(x.as_deref_mut(), span),
            ExprKind::YieldFrom(x) => self.yield_(Some(x), span),
            ExprKind::NamedExpr(t, v) => self.walrus(t, v, span),
            ExprKind::Const(_)
            | ExprKind::GlobalName(..)
            | ExprKind::LocalIntOp(_)
            | ExprKind::LocalIntCompare(_) => Ok(()),
            ExprKind::Name(..)
            | ExprKind::BinOp(..)
            | ExprKind::Subscript(..)
            | ExprKind::UnaryOp(..)
            | ExprKind::Attribute(..)
            | ExprKind::Starred(..) => self.simple(e),
        }
    }

    #[inline(never)]
    fn if_exp(&mut self, test: &mut Expr, body: &mut Expr, orelse: &mut Expr) -> Res {
        self.expr(test)?;
        self.expr(body)?;
        self.expr(orelse)
    }

    #[inline(never)]
    fn yield_(&mut self, value: Option<&mut Expr>, span: Span) -> Res {
        self.v.yield_expr(span)?;
        match value {
            Some(x) => self.expr(x),
            None => Ok(()),
        }
    }

    #[inline(never)]
    fn compare(&mut self, l: &mut Expr, rest: &mut [(crate::syntax::ast::CmpOp, Expr)]) -> Res {
        self.expr(l)?;
        rest.iter_mut().try_for_each(|(_, x)| self.expr(x))
    }

    #[inline(never)]
    fn call(&mut self, func: &mut Expr, args: &mut [Arg]) -> Res {
        self.expr(func)?;
        args.iter_mut().try_for_each(|a| match a {
            Arg::Positional(x) | Arg::Starred(x) | Arg::Keyword(_, x) | Arg::DoubleStarred(x) => {
                self.expr(x)
            }
        })
    }

    #[inline(never)]
    fn slice(
        &mut self,
        a: &mut Option<Box<Expr>>,
        b: &mut Option<Box<Expr>>,
        c: &mut Option<Box<Expr>>,
    ) -> Res {
        for x in [a, b, c].into_iter().flatten() {
            self.expr(x)?;
        }
        Ok(())
    }

    #[inline(never)]
    fn dict(&mut self, items: &mut [(Option<Expr>, Expr)]) -> Res {
        for (k, v) in items.iter_mut() {
            self.opt(k)?;
            self.expr(v)?;
        }
        Ok(())
    }

    #[inline(never)]
    fn fstring(&mut self, parts: &mut [FStringPart]) -> Res {
        for p in parts.iter_mut() {
            if let FStringPart::Formatted { value, spec, .. } = p {
                self.expr(value)?;
                if let Some(spec) = spec {
                    self.fstring(spec)?;
                }
            }
        }
        Ok(())
    }

    #[inline(never)]
    fn walrus(&mut self, target: &mut Expr, value: &mut Expr, span: Span) -> Res {
        let tspan = target.span;
        let ExprKind::Name(sym, loc) = &mut target.kind else {
            return Err(serr(
                "cannot use assignment expressions with this target",
                tspan,
            ));
        };
        self.expr(value)?;
        self.v.walrus_target(*sym, loc, tspan, span)
    }
}

/// The operands of the resolver's `LocalIntOp` / `LocalIntCompare`
/// rewrites, when `l` is a fast local (after resolution) and `r` an int
/// constant.
fn local_int<Op>(l: &Expr, op: Op, r: &Expr) -> Option<LocalInt<Op>> {
    match (&l.kind, &r.kind) {
        (ExprKind::Name(name, NameLoc::Local(slot)), ExprKind::Const(Constant::Int(rhs))) => {
            Some(LocalInt {
                name: *name,
                slot: *slot,
                op,
                rhs: *rhs,
            })
        }
        _ => None,
    }
}
