//! Resolver passes 2 and 3: decide where every name lives, then write it
//! into the AST.
//!
//! Owns Python's scoping rules proper (CPython's `analyze_block` /
//! `analyze_name` / `update_symbols`): local vs cell vs free vs global,
//! free-variable pass-through, class scopes not forming closures, the implicit
//! `__class__` cell, and the frame layout (`ScopeInfo`: slots, cellvars,
//! freevars, `free_from_parent`). Pass 3 ([`Annotator`]) replays the shared
//! walk and stores the decisions in `NameLoc`s, `ScopeInfo`s and qualnames.

use std::collections::{HashMap, HashSet};

use super::symtable::{Kind, Scope, DEF_BOUND, DEF_GLOBAL, DEF_NONLOCAL, DEF_PARAM};
use super::walk::{internal, serr, Ctx, Decl, Res, Visitor};
use crate::syntax::ast::{ClassDef, CompKind, FunctionDef, NameLoc, ScopeInfo, Span, Symbol};
use crate::syntax::intern::intern;
use crate::syntax::SyntaxError;

/// CPython's symbol scopes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sc {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

/// A set that remembers insertion order (free variables are listed in it).
#[derive(Default, Clone)]
struct OrderedSet {
    order: Vec<Symbol>,
    members: HashSet<Symbol>,
}

impl OrderedSet {
    fn insert(&mut self, s: Symbol) {
        if self.members.insert(s) {
            self.order.push(s);
        }
    }
    fn remove(&mut self, s: Symbol) -> bool {
        if self.members.remove(&s) {
            self.order.retain(|&x| x != s);
            true
        } else {
            false
        }
    }
    fn extend(&mut self, other: OrderedSet) {
        for s in other.order {
            self.insert(s);
        }
    }
}

/// The analysis result for one scope.
#[derive(Default)]
struct Analyzed {
    sc: HashMap<Symbol, Sc>,
    /// Free names added only because a child needs them (pass-through).
    extra: Vec<Symbol>,
    /// Class scopes: names bound (or global) in the class that children
    /// take from the enclosing function (CPython's `DEF_FREE_CLASS`).
    free_class: HashSet<Symbol>,
    /// Class scopes: a method uses `super`/`__class__`.
    needs_class_closure: bool,
}

/// Where each name of one scope lives, and the scope's frame layout.
#[derive(Default)]
pub(super) struct Resolved {
    pub locs: HashMap<Symbol, NameLoc>,
    pub info: ScopeInfo,
}

struct Analyzer<'a> {
    scopes: &'a [Scope],
    out: Vec<Analyzed>,
    class_sym: Symbol,
}

fn directive_span(scope: &Scope, sym: Symbol) -> Span {
    scope.directives.get(&sym).copied().unwrap_or_default()
}

impl Analyzer<'_> {
    /// CPython's `analyze_name`.
    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &self,
        scope: &Scope,
        a: &mut Analyzed,
        sym: Symbol,
        bound: &mut Option<HashSet<Symbol>>,
        local: &mut HashSet<Symbol>,
        free: &mut OrderedSet,
        global: &mut HashSet<Symbol>,
    ) -> Res {
        let flags = scope.flags_of(sym);
        let sc = if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(serr(
                    format!("name '{sym}' is nonlocal and global"),
                    directive_span(scope, sym),
                ));
            }
            global.insert(sym);
            if let Some(b) = bound {
                b.remove(&sym);
            }
            Sc::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            match bound {
                None => {
                    return Err(serr(
                        "nonlocal declaration not allowed at module level",
                        directive_span(scope, sym),
                    ))
                }
                Some(b) if !b.contains(&sym) => {
                    return Err(serr(
                        format!("no binding for nonlocal '{sym}' found"),
                        directive_span(scope, sym),
                    ))
                }
                Some(_) => {}
            }
            free.insert(sym);
            Sc::Free
        } else if flags & DEF_BOUND != 0 {
            local.insert(sym);
            global.remove(&sym);
            Sc::Local
        } else if bound.as_ref().is_some_and(|b| b.contains(&sym)) {
            free.insert(sym);
            Sc::Free
        } else {
            Sc::GlobalImplicit
        };
        a.sc.insert(sym, sc);
        Ok(())
    }

    /// CPython's `analyze_block`: returns the scope's free variables that its
    /// parent must provide.
    fn analyze_block(
        &mut self,
        id: usize,
        mut bound: Option<HashSet<Symbol>>,
        mut global: HashSet<Symbol>,
    ) -> Result<OrderedSet, Box<SyntaxError>> {
        let scopes = self.scopes;
        let scope = &scopes[id];
        let is_class = scope.kind == Kind::Class;
        let mut a = Analyzed::default();
        let mut local = HashSet::new();
        let mut free = OrderedSet::default();
        let mut newbound = HashSet::new();
        let mut newglobal = HashSet::new();
        // Class namespaces are invisible to nested functions.
        if is_class {
            newglobal.clone_from(&global);
            if let Some(b) = &bound {
                newbound.clone_from(b);
            }
        }
        for &sym in &scope.names {
            self.analyze_name(
                scope,
                &mut a,
                sym,
                &mut bound,
                &mut local,
                &mut free,
                &mut global,
            )?;
        }
        if !is_class {
            if scope.kind.is_function_like() {
                newbound.extend(local.iter().copied());
            }
            if let Some(b) = &bound {
                newbound.extend(b.iter().copied());
            }
            newglobal.extend(global.iter().copied());
        } else {
            newbound.insert(self.class_sym);
        }

        let mut newfree = OrderedSet::default();
        for &child in &scope.children {
            let child_free =
                self.analyze_block(child, Some(newbound.clone()), newglobal.clone())?;
            newfree.extend(child_free);
        }

        if scope.kind.is_function_like() {
            // analyze_cells: locals captured by children become cells.
            for (sym, sc) in a.sc.iter_mut() {
                if *sc == Sc::Local && newfree.remove(*sym) {
                    *sc = Sc::Cell;
                }
            }
        } else if is_class && newfree.remove(self.class_sym) {
            a.needs_class_closure = true;
        }

        // update_symbols: record free variables children need.
        for &sym in &newfree.order {
            if a.sc.contains_key(&sym) {
                if is_class && scope.flags_of(sym) & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    a.free_class.insert(sym);
                }
                continue;
            }
            if bound.as_ref().is_some_and(|b| !b.contains(&sym)) {
                continue; // a global
            }
            a.sc.insert(sym, Sc::Free);
            a.extra.push(sym);
        }
        free.extend(newfree);
        self.out[id] = a;
        Ok(free)
    }
}

/// Decide every name's location and every scope's layout. `scopes[0]` is the
/// module; a parent's id is always smaller than its children's.
pub(super) fn analyze(scopes: &[Scope], top: NameLoc) -> Result<Vec<Resolved>, Box<SyntaxError>> {
    let mut an = Analyzer {
        scopes,
        out: scopes.iter().map(|_| Analyzed::default()).collect(),
        class_sym: intern("__class__"),
    };
    an.analyze_block(0, None, HashSet::new())?;
    let mut resolved: Vec<Resolved> = Vec::with_capacity(scopes.len());
    for (id, scope) in scopes.iter().enumerate() {
        let a = &an.out[id];
        let mut r = match scope.kind {
            Kind::Module => module_layout(scope, top),
            Kind::Class => class_layout(scope, a, an.class_sym),
            Kind::Function | Kind::Comp(_) => function_layout(scope, a),
        };
        if let Some(parent) = scope.parent {
            let p = resolved
                .get(parent)
                .ok_or_else(|| internal("scope order", Span::default()))?;
            r.info.free_from_parent = free_from_parent(&r.info, &p.info)?;
        }
        r.info.is_generator = scope.is_generator;
        resolved.push(r);
    }
    Ok(resolved)
}

fn module_layout(scope: &Scope, top: NameLoc) -> Resolved {
    let locs = scope.names.iter().map(|&s| (s, top)).collect();
    Resolved {
        locs,
        info: ScopeInfo::default(),
    }
}

/// All names of a scope in order: its own, then pass-through free variables.
fn all_names<'a>(scope: &'a Scope, a: &'a Analyzed) -> impl Iterator<Item = Symbol> + 'a {
    scope.names.iter().chain(a.extra.iter()).copied()
}

fn class_layout(scope: &Scope, a: &Analyzed, class_sym: Symbol) -> Resolved {
    let mut info = ScopeInfo::default();
    if a.needs_class_closure {
        info.cellvars.push(class_sym);
    }
    info.freevars = all_names(scope, a)
        .filter(|s| a.sc.get(s) == Some(&Sc::Free) || a.free_class.contains(s))
        .collect();
    let ncells = info.cellvars.len() as u32;
    let mut locs = HashMap::new();
    for sym in all_names(scope, a) {
        let loc = match a.sc.get(&sym) {
            Some(Sc::GlobalExplicit) => NameLoc::Global,
            Some(Sc::Free) => free_loc(&info.freevars, sym, ncells),
            _ => NameLoc::Name,
        };
        locs.insert(sym, loc);
    }
    Resolved { locs, info }
}

fn free_loc(freevars: &[Symbol], sym: Symbol, ncells: u32) -> NameLoc {
    match freevars.iter().position(|&f| f == sym) {
        Some(k) => NameLoc::Deref(ncells + k as u32),
        None => NameLoc::Global,
    }
}

fn function_layout(scope: &Scope, a: &Analyzed) -> Resolved {
    let mut info = ScopeInfo::default();
    let mut locs = HashMap::new();
    for sym in all_names(scope, a) {
        match a.sc.get(&sym) {
            Some(Sc::Cell) => info.cellvars.push(sym),
            Some(Sc::Free) => info.freevars.push(sym),
            _ => {}
        }
    }
    let ncells = info.cellvars.len() as u32;
    // Parameters take the first slots, captured or not.
    for &p in &scope.params {
        let slot = info.local_names.len() as u32;
        info.local_names.push(p);
        let loc = match info.cellvars.iter().position(|&c| c == p) {
            Some(cell) => {
                info.cell_params.push((slot, cell as u32));
                NameLoc::Deref(cell as u32)
            }
            None => NameLoc::Local(slot),
        };
        locs.insert(p, loc);
    }
    for sym in all_names(scope, a) {
        if scope.flags_of(sym) & DEF_PARAM != 0 {
            continue;
        }
        let loc = match a.sc.get(&sym) {
            Some(Sc::Local) => {
                let slot = info.local_names.len() as u32;
                info.local_names.push(sym);
                NameLoc::Local(slot)
            }
            Some(Sc::Cell) => match info.cellvars.iter().position(|&c| c == sym) {
                Some(cell) => NameLoc::Deref(cell as u32),
                None => NameLoc::Global,
            },
            Some(Sc::Free) => free_loc(&info.freevars, sym, ncells),
            _ => NameLoc::Global,
        };
        locs.insert(sym, loc);
    }
    info.n_locals = info.local_names.len() as u32;
    Resolved { locs, info }
}

/// For each free variable, its cell index in the enclosing scope's frame.
fn free_from_parent(child: &ScopeInfo, parent: &ScopeInfo) -> Result<Vec<u32>, Box<SyntaxError>> {
    let ncells = parent.cellvars.len();
    child
        .freevars
        .iter()
        .map(|&f| {
            if let Some(i) = parent.cellvars.iter().position(|&c| c == f) {
                Ok(i as u32)
            } else if let Some(i) = parent.freevars.iter().position(|&c| c == f) {
                Ok((ncells + i) as u32)
            } else {
                Err(internal(
                    &format!("free variable '{f}' not provided by the enclosing scope"),
                    Span::default(),
                ))
            }
        })
        .collect()
}

/// The pass-3 visitor: writes the decisions into the AST.
pub(super) struct Annotator<'a> {
    pub scopes: &'a mut [Scope],
    pub resolved: Vec<Resolved>,
    stack: Vec<usize>,
    next: usize,
}

impl<'a> Annotator<'a> {
    pub fn new(scopes: &'a mut [Scope], resolved: Vec<Resolved>) -> Self {
        Annotator {
            scopes,
            resolved,
            stack: vec![0],
            next: 1,
        }
    }

    fn lookup(&self, sym: Symbol, span: Span) -> Result<NameLoc, Box<SyntaxError>> {
        let id = self.stack.last().copied().unwrap_or(0);
        self.resolved
            .get(id)
            .and_then(|r| r.locs.get(&sym))
            .copied()
            .ok_or_else(|| internal(&format!("unresolved name '{sym}'"), span))
    }

    fn enter(&mut self) -> Res {
        if self.next >= self.resolved.len() {
            return Err(internal("scope count mismatch", Span::default()));
        }
        self.stack.push(self.next);
        self.next += 1;
        Ok(())
    }

    fn exit(&mut self, scope: &mut ScopeInfo, qualname: &mut String) -> Res {
        let id = match self.stack.pop() {
            Some(id) if id != 0 => id,
            _ => return Err(internal("scope stack underflow", Span::default())),
        };
        if let (Some(r), Some(s)) = (self.resolved.get_mut(id), self.scopes.get_mut(id)) {
            *scope = std::mem::take(&mut r.info);
            *qualname = std::mem::take(&mut s.qualname);
        }
        Ok(())
    }
}

impl Visitor for Annotator<'_> {
    fn name(&mut self, sym: Symbol, _ctx: Ctx, loc: &mut NameLoc, span: Span) -> Res {
        *loc = self.lookup(sym, span)?;
        Ok(())
    }
    fn walrus_target(&mut self, sym: Symbol, loc: &mut NameLoc, span: Span, _: Span) -> Res {
        *loc = self.lookup(sym, span)?;
        Ok(())
    }
    fn annotated_target(&mut self, sym: Symbol, _: bool, loc: &mut NameLoc, span: Span) -> Res {
        *loc = self.lookup(sym, span)?;
        Ok(())
    }
    fn declare(&mut self, _: Decl, _: &[Symbol], _: Span) -> Res {
        Ok(())
    }
    fn import_star(&mut self, _: Span) -> Res {
        Ok(())
    }
    fn yield_expr(&mut self, _: Span) -> Res {
        Ok(())
    }
    fn return_stmt(&mut self, _: Span) -> Res {
        Ok(())
    }
    fn deferred(&mut self, _: SyntaxError) {}
    fn enter_function(&mut self, _: &FunctionDef) -> Res {
        self.enter()
    }
    fn exit_function(&mut self, scope: &mut ScopeInfo, qualname: &mut String) -> Res {
        self.exit(scope, qualname)
    }
    fn enter_class(&mut self, _: &ClassDef) -> Res {
        self.enter()
    }
    fn exit_class(&mut self, scope: &mut ScopeInfo, qualname: &mut String) -> Res {
        self.exit(scope, qualname)
    }
    fn enter_comp(&mut self, _: CompKind, _: Span) -> Res {
        self.enter()
    }
    fn exit_comp(&mut self, scope: &mut ScopeInfo, qualname: &mut String) -> Res {
        self.exit(scope, qualname)
    }
    fn comp_iter(&mut self, _: bool) {}
    fn comp_target(&mut self, _: bool) {}
}
