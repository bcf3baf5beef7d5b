//! wisp: a Python-3 interpreter built around object lifetime.
pub mod sema;
pub mod syntax;
