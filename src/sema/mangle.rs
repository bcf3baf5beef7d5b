//! Private name mangling (CPython's `_Py_Mangle`): inside a class body, and
//! in every function nested in it, an identifier `__x` that does not end in
//! `__` and is not dotted is rewritten `_Class__x` (the class name without
//! leading underscores; no mangling when that leaves nothing).
//!
//! Runs once over the AST before the symbol-table pass. Names, attribute
//! names, parameters, `def`/`class` bindings, `global`/`nonlocal`, `except
//! ... as` and import bindings are mangled; keyword-argument names in calls
//! are not (as in CPython). The `__name__` of a mangled `def`/`class` is
//! restored by the evaluator (`eval::call::display_name`).

use std::rc::Rc;

use crate::syntax::ast::*;
use crate::syntax::intern::intern;

/// Mangle `name` for a class whose name (leading underscores stripped) is `cls`.
pub fn mangle(cls: &str, name: Symbol) -> Symbol {
    let s = name.as_str();
    if cls.is_empty() || !s.starts_with("__") || s.ends_with("__") || s.contains('.') {
        return name;
    }
    intern(&format!("_{}{}", cls, s))
}

pub fn module(body: &mut [Stmt]) {
    let mut m = Mangler { cls: None };
    m.stmts(body);
}

pub fn expression(e: &mut Expr) {
    Mangler { cls: None }.expr(e);
}

struct Mangler {
    /// The enclosing class name, leading underscores stripped.
    cls: Option<String>,
}

impl Mangler {
    fn sym(&self, s: &mut Symbol) {
        if let Some(c) = &self.cls {
            *s = mangle(c, *s);
        }
    }

    fn stmts(&mut self, body: &mut [Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        match &mut s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                targets.iter_mut().for_each(|t| self.expr(t));
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                self.expr(target);
                self.expr(annotation);
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(target);
                self.expr(iter);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::Return(Some(e)) => self.expr(e),
            StmtKind::FunctionDef(def) => {
                if let Some(d) = Rc::get_mut(def) {
                    self.function(d);
                }
            }
            StmtKind::ClassDef(def) => {
                if let Some(c) = Rc::get_mut(def) {
                    self.class(c);
                }
            }
            StmtKind::Delete(ts) => ts.iter_mut().for_each(|t| self.expr(t)),
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                names.iter_mut().for_each(|n| self.sym(n))
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body);
                for h in handlers {
                    if let Some(t) = &mut h.typ {
                        self.expr(t);
                    }
                    if let Some((n, _)) = &mut h.name {
                        self.sym(n);
                    }
                    self.stmts(&mut h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::Raise { exc, cause } => {
                for e in [exc, cause].into_iter().flatten() {
                    self.expr(e);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
                aliases.iter_mut().for_each(|a| self.sym(&mut a.target));
            }
            StmtKind::With { items, body } => {
                for it in items {
                    self.expr(&mut it.context);
                    if let Some(t) = &mut it.target {
                        self.expr(t);
                    }
                }
                self.stmts(body);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for case in cases {
                    self.pattern(&mut case.pattern);
                    if let Some(g) = &mut case.guard {
                        self.expr(g);
                    }
                    self.stmts(&mut case.body);
                }
            }
            StmtKind::Return(None) | StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
        }
    }

    fn pattern(&mut self, p: &mut Pattern) {
        let capture = |m: &Self, c: &mut Option<Capture>| {
            if let Some(c) = c {
                m.sym(&mut c.name);
            }
        };
        match &mut p.kind {
            PatternKind::Value(e) => self.expr(e),
            PatternKind::Singleton(_) => {}
            PatternKind::Sequence(ps) | PatternKind::Or(ps) => {
                ps.iter_mut().for_each(|p| self.pattern(p))
            }
            PatternKind::Star(c) => capture(self, c),
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                keys.iter_mut().for_each(|k| self.expr(k));
                patterns.iter_mut().for_each(|p| self.pattern(p));
                capture(self, rest);
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls);
                patterns.iter_mut().for_each(|p| self.pattern(p));
                kwd_patterns.iter_mut().for_each(|p| self.pattern(p));
            }
            PatternKind::As { pattern, name } => {
                if let Some(p) = pattern {
                    self.pattern(p);
                }
                capture(self, name);
            }
        }
    }

    fn params(&mut self, p: &mut Params) {
        let all = p
            .posonly
            .iter_mut()
            .chain(p.args.iter_mut())
            .chain(p.kwonly.iter_mut())
            .chain(p.vararg.iter_mut())
            .chain(p.kwarg.iter_mut());
        for param in all {
            if let Some(c) = &self.cls {
                param.name = mangle(c, param.name);
            }
            if let Some(d) = &mut param.default {
                self.expr(d);
            }
            if let Some(a) = &mut param.annotation {
                self.expr(a);
            }
        }
    }

    fn function(&mut self, d: &mut FunctionDef) {
        d.decorators.iter_mut().for_each(|e| self.expr(e));
        if let Some(r) = &mut d.returns {
            self.expr(r);
        }
        if !d.is_lambda {
            self.sym(&mut d.name);
        }
        self.params(&mut d.params);
        self.stmts(&mut d.body);
    }

    fn class(&mut self, c: &mut ClassDef) {
        c.decorators.iter_mut().for_each(|e| self.expr(e));
        c.bases.iter_mut().for_each(|e| self.expr(e));
        c.keywords.iter_mut().for_each(|(_, e)| self.expr(e));
        let original = c.name.as_str();
        self.sym(&mut c.name);
        let inner = original.trim_start_matches('_').to_owned();
        let saved = std::mem::replace(
            &mut self.cls,
            if inner.is_empty() { None } else { Some(inner) },
        );
        self.stmts(&mut c.body);
        self.cls = saved;
    }

    fn expr(&mut self, e: &mut Expr) {
        match &mut e.kind {
            ExprKind::Name(s, _) | ExprKind::GlobalName(s, _) => self.sym(s),
            ExprKind::LocalIntOp(x) => self.sym(&mut x.name),
            ExprKind::LocalIntCompare(x) => self.sym(&mut x.name),
            ExprKind::Const(_) => {}
            ExprKind::JoinedStr(parts) => self.fstring(parts),
            ExprKind::BinOp(a, _, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::UnaryOp(_, a) | ExprKind::Starred(a) | ExprKind::YieldFrom(a) => self.expr(a),
            ExprKind::BoolOp(_, xs)
            | ExprKind::Tuple(xs)
            | ExprKind::List(xs)
            | ExprKind::Set(xs) => xs.iter_mut().for_each(|x| self.expr(x)),
            ExprKind::Compare(a, rest) => {
                self.expr(a);
                rest.iter_mut().for_each(|(_, x)| self.expr(x));
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Call { func, args } => {
                self.expr(func);
                for a in args {
                    match a {
                        Arg::Positional(x)
                        | Arg::Starred(x)
                        | Arg::Keyword(_, x)
                        | Arg::DoubleStarred(x) => self.expr(x),
                    }
                }
            }
            ExprKind::Attribute(obj, name, _) => {
                self.expr(obj);
                self.sym(name);
            }
            ExprKind::Subscript(a, b) | ExprKind::NamedExpr(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Slice(a, b, c) => {
                for x in [a, b, c].into_iter().flatten() {
                    self.expr(x);
                }
            }
            ExprKind::Dict(pairs) => {
                for (k, v) in pairs {
                    if let Some(k) = k {
                        self.expr(k);
                    }
                    self.expr(v);
                }
            }
            ExprKind::Comp(c) => {
                if let Some(c) = Rc::get_mut(c) {
                    self.expr(&mut c.elt);
                    if let Some(v) = &mut c.value {
                        self.expr(v);
                    }
                    for g in &mut c.generators {
                        self.expr(&mut g.target);
                        self.expr(&mut g.iter);
                        g.ifs.iter_mut().for_each(|x| self.expr(x));
                    }
                }
            }
            ExprKind::Lambda(def) => {
                if let Some(d) = Rc::get_mut(def) {
                    self.function(d);
                }
            }
            ExprKind::Yield(x) => {
                if let Some(x) = x {
                    self.expr(x);
                }
            }
        }
    }

    fn fstring(&mut self, parts: &mut [FStringPart]) {
        for p in parts {
            if let FStringPart::Formatted { value, spec, .. } = p {
                self.expr(value);
                if let Some(s) = spec {
                    self.fstring(s);
                }
            }
        }
    }
}

/// The `__name__`/`__qualname__` CPython shows for a `def`/`class` whose
/// binding was mangled: `("__f", "A.__f")` for name `_A__f`, qualname
/// `A._A__f`. `None` when the name was not mangled.
pub fn demangle(qualname: &str, name: &str) -> Option<(String, String)> {
    let mut parts = qualname.rsplit('.');
    parts.next()?;
    for comp in parts {
        let cls = comp.trim_start_matches('_');
        if cls.is_empty() || comp.starts_with('<') {
            continue;
        }
        let rest = name.strip_prefix('_').and_then(|r| r.strip_prefix(cls))?;
        if rest.starts_with("__") {
            let prefix = &qualname[..qualname.len() - name.len()];
            return Some((rest.to_owned(), format!("{}{}", prefix, rest)));
        }
        return None;
    }
    None
}
