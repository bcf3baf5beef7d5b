//! The resolver: decides, for every name in a parsed module, whether it is a
//! fast local, a cell, a free variable, a global or a namespace lookup, and
//! lays out each scope's frame (Python's symtable rules, CPython 3.11).
//!
//! Owns only the entry points and the order of the passes:
//! 1. `symtable` builds the scope tree and symbol flags (and raises the
//!    errors CPython's symtable raises);
//! 2. `scope::analyze` decides locations and frame layouts;
//! 3. `scope::Annotator` writes them into the AST (`NameLoc`, `ScopeInfo`,
//!    `qualname`).
//!
//! Passes 1 and 3 share `walk`, so they visit scopes in the same order. The
//! resolver never evaluates anything and never touches the runtime.

pub mod mangle;
mod match_check;
mod scope;
mod symtable;
mod walk;

#[cfg(test)]
mod test_ast;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_errors;

use crate::syntax::ast::{Expr, Module, NameLoc};
use crate::syntax::SyntaxError;

use walk::{Res, Visitor, Walker};

/// Resolve every name of `module` in place.
pub fn resolve_module(module: &mut Module) -> Result<(), SyntaxError> {
    resolve(Tree::Module(module), NameLoc::Global)
}

/// Resolve a lone expression (for `eval()`): module-level context.
pub fn resolve_expression(expr: &mut Expr) -> Result<(), SyntaxError> {
    resolve(Tree::Expr(expr), NameLoc::Global)
}

/// Resolve code for `exec`/`eval` with a locals mapping distinct from its
/// globals: top-level names are namespace lookups (`NameLoc::Name`).
pub fn resolve_module_in_namespace(module: &mut Module) -> Result<(), SyntaxError> {
    resolve(Tree::Module(module), NameLoc::Name)
}

/// `resolve_expression` for a distinct locals mapping.
pub fn resolve_expression_in_namespace(expr: &mut Expr) -> Result<(), SyntaxError> {
    resolve(Tree::Expr(expr), NameLoc::Name)
}

/// What is being resolved.
enum Tree<'a> {
    Module(&'a mut Module),
    Expr(&'a mut Expr),
}

impl Tree<'_> {
    fn walk<V: Visitor>(&mut self, v: &mut V) -> Res {
        let mut w = Walker::new(v);
        match self {
            Tree::Module(m) => w.stmts(&mut m.body),
            Tree::Expr(e) => w.expr(e),
        }
    }
}

/// Run the three passes (the walk twice over the same tree).
fn resolve(mut tree: Tree<'_>, top: NameLoc) -> Result<(), SyntaxError> {
    match &mut tree {
        Tree::Module(m) => mangle::module(&mut m.body),
        Tree::Expr(e) => mangle::expression(e),
    }
    let mut builder = symtable::Builder::new();
    tree.walk(&mut builder).map_err(|e| *e)?;
    let resolved = scope::analyze(&builder.scopes, top).map_err(|e| *e)?;
    if let Some(err) = builder.deferred.take() {
        return Err(err);
    }
    let mut annotator = scope::Annotator::new(&mut builder.scopes, resolved);
    tree.walk(&mut annotator).map_err(|e| *e)
}
