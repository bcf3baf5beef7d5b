//! Resolver pass 1: build the tree of scopes and each scope's symbol flags.
//!
//! Owns the per-scope facts gathered from the source (which names are bound,
//! used, declared `global`/`nonlocal`, parameters), qualified names, and the
//! errors CPython's `symtable.c` raises while building (`duplicate argument`,
//! `name 'x' is used prior to global declaration`, walrus-in-comprehension
//! rules, ...). Errors that CPython's compiler raises (`'return' outside
//! function`, `'break' outside loop`) are kept aside and reported only if the
//! symbol tables turn out fine, as CPython does. It decides no locations:
//! that is `scope`'s job.

use std::collections::HashMap;

use super::walk::{serr, Ctx, Decl, Res, Visitor};
use crate::syntax::ast::{ClassDef, CompKind, FunctionDef, NameLoc, ScopeInfo, Span, Symbol};
use crate::syntax::intern::intern;
use crate::syntax::SyntaxError;

// Symbol flags, as in CPython's `symtable.h`.
pub(super) const DEF_LOCAL: u16 = 1;
pub(super) const DEF_GLOBAL: u16 = 2;
pub(super) const DEF_NONLOCAL: u16 = 4;
pub(super) const DEF_PARAM: u16 = 8;
pub(super) const USE: u16 = 16;
pub(super) const DEF_ANNOT: u16 = 32;
pub(super) const DEF_COMP_ITER: u16 = 64;
pub(super) const DEF_BOUND: u16 = DEF_LOCAL | DEF_PARAM;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Module,
    /// A `def` or a lambda.
    Function,
    Class,
    Comp(CompKind),
}

impl Kind {
    /// CPython's `FunctionBlock` (comprehensions are functions in 3.11).
    pub fn is_function_like(self) -> bool {
        matches!(self, Kind::Function | Kind::Comp(_))
    }
}

/// One scope's symbol table.
pub(super) struct Scope {
    pub kind: Kind,
    pub parent: Option<usize>,
    /// Child scopes in source order.
    pub children: Vec<usize>,
    /// Every name seen in this scope, in order of first appearance.
    pub names: Vec<Symbol>,
    pub flags: HashMap<Symbol, u16>,
    /// Parameters in slot order (`.0` for comprehensions).
    pub params: Vec<Symbol>,
    /// Where each name was first declared `global`/`nonlocal` (error spans).
    pub directives: HashMap<Symbol, Span>,
    pub is_generator: bool,
    pub qualname: String,
    comp_iter_expr: u32,
    comp_iter_target: bool,
}

impl Scope {
    fn new(kind: Kind, parent: Option<usize>, qualname: String) -> Scope {
        Scope {
            kind,
            parent,
            children: Vec::new(),
            names: Vec::new(),
            flags: HashMap::new(),
            params: Vec::new(),
            directives: HashMap::new(),
            is_generator: matches!(kind, Kind::Comp(CompKind::Generator)),
            qualname,
            comp_iter_expr: 0,
            comp_iter_target: false,
        }
    }

    pub fn flags_of(&self, sym: Symbol) -> u16 {
        self.flags.get(&sym).copied().unwrap_or(0)
    }
}

/// The pass-1 visitor: scope ids are assigned in pre-order (module = 0).
pub(super) struct Builder {
    pub scopes: Vec<Scope>,
    stack: Vec<usize>,
    /// The first compiler-stage error seen.
    pub deferred: Option<SyntaxError>,
    class_sym: Symbol,
    super_sym: Symbol,
}

impl Builder {
    pub fn new() -> Builder {
        Builder {
            scopes: vec![Scope::new(Kind::Module, None, String::new())],
            stack: vec![0],
            deferred: None,
            class_sym: intern("__class__"),
            super_sym: intern("super"),
        }
    }

    fn cur_id(&self) -> usize {
        self.stack.last().copied().unwrap_or(0)
    }

    fn cur(&mut self) -> &mut Scope {
        let id = self.cur_id();
        &mut self.scopes[id]
    }

    /// CPython's `symtable_add_def_helper`.
    fn add_def_in(&mut self, id: usize, sym: Symbol, flag: u16, span: Span) -> Res {
        let scope = &mut self.scopes[id];
        let old = scope.flags.get(&sym).copied();
        let mut val = old.unwrap_or(0);
        if flag & DEF_PARAM != 0 && val & DEF_PARAM != 0 {
            return Err(serr(
                format!("duplicate argument '{sym}' in function definition"),
                span,
            ));
        }
        val |= flag;
        if scope.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(serr(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{sym}'"
                    ),
                    span,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        if old.is_none() {
            scope.names.push(sym);
        }
        if flag & DEF_PARAM != 0 {
            scope.params.push(sym);
        }
        scope.flags.insert(sym, val);
        Ok(())
    }

    fn add_def(&mut self, sym: Symbol, flag: u16, span: Span) -> Res {
        let id = self.cur_id();
        self.add_def_in(id, sym, flag, span)
    }

    fn record_directive(&mut self, sym: Symbol, span: Span) {
        self.cur().directives.entry(sym).or_insert(span);
    }

    /// CPython's `compiler_set_qualname`; `def_name` is the name a `def` or
    /// `class` binds (a function declared `global` keeps a bare qualname).
    fn qualname(&self, name: &str, def_name: Option<Symbol>) -> String {
        let parent = &self.scopes[self.cur_id()];
        if parent.kind == Kind::Module {
            return name.to_owned();
        }
        if let Some(sym) = def_name {
            if parent.flags_of(sym) & DEF_GLOBAL != 0 {
                return name.to_owned();
            }
        }
        match parent.kind {
            Kind::Function => format!("{}.<locals>.{}", parent.qualname, name),
            _ => format!("{}.{}", parent.qualname, name),
        }
    }

    fn push_scope(&mut self, kind: Kind, qualname: String) -> usize {
        let parent = self.cur_id();
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, Some(parent), qualname));
        self.scopes[parent].children.push(id);
        self.stack.push(id);
        id
    }

    fn pop_scope(&mut self) {
        if self.stack.len() > 1 {
            self.stack.pop();
        }
    }

    fn defer(&mut self, err: SyntaxError) {
        if self.deferred.is_none() {
            self.deferred = Some(err);
        }
    }

    /// PEP 572: a walrus inside a comprehension binds in the nearest
    /// enclosing non-comprehension scope (`symtable_extend_namedexpr_scope`).
    fn extend_namedexpr_scope(&mut self, sym: Symbol, span: Span) -> Res {
        for &id in self.stack.iter().rev() {
            let scope = &self.scopes[id];
            match scope.kind {
                Kind::Comp(_) => {
                    if scope.flags_of(sym) & DEF_COMP_ITER != 0 {
                        return Err(serr(
                            format!(
                                "assignment expression cannot rebind comprehension iteration variable '{sym}'"
                            ),
                            span,
                        ));
                    }
                }
                Kind::Function => {
                    let flag = if scope.flags_of(sym) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(sym, flag, span)?;
                    self.record_directive(sym, span);
                    return self.add_def_in(id, sym, DEF_LOCAL, span);
                }
                Kind::Module => {
                    self.add_def(sym, DEF_GLOBAL, span)?;
                    self.record_directive(sym, span);
                    return self.add_def_in(id, sym, DEF_GLOBAL, span);
                }
                Kind::Class => {
                    return Err(serr(
                        "assignment expression within a comprehension cannot be used in a class body",
                        span,
                    ));
                }
            }
        }
        Err(super::walk::internal(
            "no scope for assignment expression",
            span,
        ))
    }
}

fn declaration_error(decl: Decl, flags: u16, sym: Symbol) -> Option<String> {
    let word = match decl {
        Decl::Global => "global",
        Decl::Nonlocal => "nonlocal",
    };
    let msg = if flags & DEF_PARAM != 0 {
        format!("name '{sym}' is parameter and {word}")
    } else if flags & USE != 0 {
        format!("name '{sym}' is used prior to {word} declaration")
    } else if flags & DEF_ANNOT != 0 {
        format!("annotated name '{sym}' can't be {word}")
    } else if flags & DEF_LOCAL != 0 {
        format!("name '{sym}' is assigned to before {word} declaration")
    } else {
        return None;
    };
    Some(msg)
}

impl Visitor for Builder {
    fn name(&mut self, sym: Symbol, ctx: Ctx, _loc: &mut NameLoc, span: Span) -> Res {
        match ctx {
            Ctx::Load => {
                self.add_def(sym, USE, span)?;
                // `super` counts as a use of `__class__` (symtable.c, Name_kind).
                if sym == self.super_sym && self.cur().kind.is_function_like() {
                    let class_sym = self.class_sym;
                    self.add_def(class_sym, USE, span)?;
                }
                Ok(())
            }
            Ctx::Store | Ctx::Del => self.add_def(sym, DEF_LOCAL, span),
        }
    }

    fn walrus_target(
        &mut self,
        sym: Symbol,
        _loc: &mut NameLoc,
        span: Span,
        expr_span: Span,
    ) -> Res {
        if self.cur().comp_iter_expr > 0 {
            return Err(serr(
                "assignment expression cannot be used in a comprehension iterable expression",
                expr_span,
            ));
        }
        if matches!(self.cur().kind, Kind::Comp(_)) {
            self.extend_namedexpr_scope(sym, span)?;
        }
        self.add_def(sym, DEF_LOCAL, span)
    }

    fn annotated_target(
        &mut self,
        sym: Symbol,
        _has_value: bool,
        _loc: &mut NameLoc,
        stmt_span: Span,
    ) -> Res {
        let scope = self.cur();
        let flags = scope.flags_of(sym);
        if flags & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && scope.kind != Kind::Module {
            let word = if flags & DEF_GLOBAL != 0 {
                "global"
            } else {
                "nonlocal"
            };
            return Err(serr(
                format!("annotated name '{sym}' can't be {word}"),
                stmt_span,
            ));
        }
        self.add_def(sym, DEF_ANNOT | DEF_LOCAL, stmt_span)
    }

    fn declare(&mut self, decl: Decl, names: &[Symbol], span: Span) -> Res {
        for &sym in names {
            if let Some(msg) = declaration_error(decl, self.cur().flags_of(sym), sym) {
                return Err(serr(msg, span));
            }
            let flag = match decl {
                Decl::Global => DEF_GLOBAL,
                Decl::Nonlocal => DEF_NONLOCAL,
            };
            self.add_def(sym, flag, span)?;
            self.record_directive(sym, span);
        }
        Ok(())
    }

    fn import_star(&mut self, span: Span) -> Res {
        if self.cur().kind != Kind::Module {
            return Err(serr("import * only allowed at module level", span));
        }
        Ok(())
    }

    fn yield_expr(&mut self, span: Span) -> Res {
        let scope = self.cur();
        match scope.kind {
            Kind::Function => {
                scope.is_generator = true;
                Ok(())
            }
            Kind::Comp(kind) => {
                let what = match kind {
                    CompKind::List => "list comprehension",
                    CompKind::Set => "set comprehension",
                    CompKind::Dict => "dict comprehension",
                    CompKind::Generator => "generator expression",
                };
                Err(serr(format!("'yield' inside {what}"), span))
            }
            Kind::Module | Kind::Class => {
                self.defer(SyntaxError::new("'yield' outside function", span));
                Ok(())
            }
        }
    }

    fn return_stmt(&mut self, span: Span) -> Res {
        if self.cur().kind != Kind::Function {
            self.defer(SyntaxError::new("'return' outside function", span));
        }
        Ok(())
    }

    fn deferred(&mut self, err: SyntaxError) {
        self.defer(err);
    }

    fn enter_function(&mut self, f: &FunctionDef) -> Res {
        let def_name = if f.is_lambda { None } else { Some(f.name) };
        let qualname = self.qualname(f.name.as_str(), def_name);
        self.push_scope(Kind::Function, qualname);
        let p = &f.params;
        let all = p
            .posonly
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonly.iter())
            .chain(p.vararg.iter())
            .chain(p.kwarg.iter());
        for param in all {
            self.add_def(param.name, DEF_PARAM, param.span)?;
        }
        Ok(())
    }

    fn exit_function(&mut self, _scope: &mut ScopeInfo, _qualname: &mut String) -> Res {
        self.pop_scope();
        Ok(())
    }

    fn enter_class(&mut self, c: &ClassDef) -> Res {
        let qualname = self.qualname(c.name.as_str(), Some(c.name));
        self.push_scope(Kind::Class, qualname);
        Ok(())
    }

    fn exit_class(&mut self, _scope: &mut ScopeInfo, _qualname: &mut String) -> Res {
        self.pop_scope();
        Ok(())
    }

    fn enter_comp(&mut self, kind: CompKind, span: Span) -> Res {
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        };
        let qualname = self.qualname(name, None);
        self.push_scope(Kind::Comp(kind), qualname);
        // The outermost iterator is received as an argument.
        self.add_def(intern(".0"), DEF_PARAM, span)
    }

    fn exit_comp(&mut self, _scope: &mut ScopeInfo, _qualname: &mut String) -> Res {
        self.pop_scope();
        Ok(())
    }

    fn comp_iter(&mut self, on: bool) {
        let scope = self.cur();
        if on {
            scope.comp_iter_expr += 1;
        } else {
            scope.comp_iter_expr = scope.comp_iter_expr.saturating_sub(1);
        }
    }

    fn comp_target(&mut self, on: bool) {
        self.cur().comp_iter_target = on;
    }
}
