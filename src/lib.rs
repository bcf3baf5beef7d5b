//! wisp: a Python-3 interpreter built around object lifetime.
pub mod syntax;
